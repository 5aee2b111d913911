/** The audit log: who viewed or changed which request, and every change in the administration. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { FilterSelect } from "~/components/forms";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/domain/dates";
import { database } from "~/lib/db.server";
import { requireAdmin } from "~/http/staff-session.server";
import { auditLogPage, staffChoices } from "~/models/audit-log.server";
import { AUDIT_ACTIONS, type AuditAction } from "~/models/audit-log.server";
import adminStyles from "~/styles/backoffice-admin.css";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Logboek – Beheer – Opstap" }];

const PATH = "/backoffice/beheer/logboek";

const ACTION_LABELS: Record<AuditAction, string> = {
  bekeken: "Bekeken",
  gewijzigd: "Gewijzigd",
  geexporteerd: "Geëxporteerd",
  beheer: "Beheer",
  privacy: "Privacy",
};

function actionLabel(action: string): string {
  return (AUDIT_ACTIONS as readonly string[]).includes(action) ? ACTION_LABELS[action as AuditAction] : action;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAdmin(request, context);
  const db = database();
  const url = new URL(request.url);
  const person = url.searchParams.get("persoon") ?? "";
  const reference = (url.searchParams.get("aanvraag") ?? "").trim();
  const voor = url.searchParams.get("voor");
  const before = voor && /^\d{1,15}$/.test(voor) ? Number(voor) : null;
  const [people, page] = await Promise.all([
    staffChoices(db),
    auditLogPage(db, { staffMemberId: person || null, reference: reference || null, before }),
  ]);
  const older = new URLSearchParams();
  if (person) older.set("persoon", person);
  if (reference) older.set("aanvraag", reference);
  const newest = older.toString() ? `${PATH}?${older}` : PATH;
  if (page.nextBefore !== null) older.set("voor", String(page.nextBefore));
  return {
    filter: { person, reference },
    people: people.map((p) => ({ id: p.id, label: `${p.name} (${p.email})` })),
    entries: page.entries.map((e) => ({
      id: e.id,
      at: formatDateTime(e.createdAt),
      person: e.staffName ?? "Verwijderd account",
      action: actionLabel(e.action),
      summary: e.summary,
      reference: e.reference,
    })),
    olderHref: page.nextBefore !== null ? `${PATH}?${older}` : null,
    newestHref: before !== null ? newest : null,
  };
}

export default function Logboek() {
  const { filter, people, entries, olderHref, newestHref } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <p className="eyebrow">
        <Link to="/backoffice/beheer">Beheer</Link>
      </p>
      <h1>Logboek</h1>
      <p className="lead">Wie welke aanvraag heeft bekeken of gewijzigd, en wat er in het beheer is veranderd. Nieuwste eerst.</p>

      <Form method="get" className="admin-filter" aria-label="Logboek filteren">
        <FilterSelect
          id="filter-persoon"
          name="persoon"
          label="Persoon"
          value={filter.person}
          options={[{ value: "", label: "Iedereen" }, ...people.map((p) => ({ value: p.id, label: p.label }))]}
        />
        <div className="field">
          <label className="field__label" htmlFor="filter-aanvraag">
            Referentie van de aanvraag
          </label>
          <input
            id="filter-aanvraag"
            name="aanvraag"
            className="input"
            defaultValue={filter.reference}
            placeholder="OP-2026-000123"
            autoComplete="off"
          />
        </div>
        <div className="admin-filter__actions">
          <button type="submit" className="button">
            Filteren
          </button>
        </div>
      </Form>

      <h2>{newestHref ? "Oudere regels" : "Laatste regels"}</h2>
      {entries.length === 0 ? (
        <p>Er zijn geen regels die bij dit filter passen.</p>
      ) : (
        <div className="table-scroll admin-scroll" role="region" aria-label="Tabel met logboekregels" tabIndex={0}>
          <table className="table table--stack admin-table">
            <caption className="visually-hidden">Logboek, nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Tijd</th>
                <th scope="col">Persoon</th>
                <th scope="col">Actie</th>
                <th scope="col">Omschrijving</th>
                <th scope="col">Aanvraag</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td data-label="Tijd" className="nowrap">
                    {e.at}
                  </td>
                  <td data-label="Persoon">{e.person}</td>
                  <td data-label="Actie">{e.action}</td>
                  <td data-label="Omschrijving" className="break-words">
                    {e.summary}
                  </td>
                  <td data-label="Aanvraag" className="nowrap">
                    {e.reference ? <Link to={`/backoffice/aanvragen/${e.reference}`}>{e.reference}</Link> : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {olderHref || newestHref ? (
        <nav className="admin-pagination" aria-label="Bladeren door het logboek">
          {newestHref ? <Link to={newestHref}>Naar de nieuwste regels</Link> : null}
          {olderHref ? <Link to={olderHref}>Oudere regels</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
