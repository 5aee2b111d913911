/** All organisations that handle requests, filtered by region and kind. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { DoneMessage, FilterSelect } from "~/components/forms";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ORGANISATION_KINDS, type OrganisationKind } from "~/domain/organisations";
import { doneMessage } from "~/http/done-message.server";
import { database } from "~/lib/db.server";
import { requireAdmin } from "~/http/staff-session.server";
import { listOrganisations, regionChoices } from "~/models/admin-organisations.server";
import adminStyles from "~/styles/backoffice-admin.css";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Organisaties – Beheer – Opstap" }];

// A soft hyphen (\u00AD): in a narrow card the long word breaks as "Werkgevers-servicepunt".
const KIND_LABELS: Record<OrganisationKind, string> = { wsp: "Werkgevers\u00ADservicepunt", school: "School" };

/** The new and edit pages redirect here with these keys. */
const DONE_MESSAGES = {
  aangemaakt: "De organisatie is toegevoegd.",
  gewijzigd: "De wijzigingen zijn opgeslagen.",
} as const satisfies Record<string, string>;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireAdmin(request, context);
  const url = new URL(request.url);
  const db = database();
  const regions = await regionChoices(db);
  const regio = url.searchParams.get("regio") ?? "";
  const soort = url.searchParams.get("soort") ?? "";
  const filter = {
    regionSlug: regions.some((r) => r.slug === regio) ? regio : null,
    kind: (ORGANISATION_KINDS as readonly string[]).includes(soort) ? (soort as OrganisationKind) : null,
  };
  const organisations = await listOrganisations(db, staff, filter);
  return { regions, filter, organisations, done: doneMessage(request, DONE_MESSAGES) };
}

export default function Organisaties() {
  const { regions, filter, organisations, done } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <p className="eyebrow">
        <Link to="/backoffice/beheer">Beheer</Link>
      </p>
      <h1>Organisaties</h1>
      <DoneMessage message={done} />
      <p>
        <Link to="/backoffice/beheer/organisaties/nieuw" className="button button--primary">
          Nieuwe organisatie
        </Link>
      </p>

      <Form method="get" className="admin-filter" aria-label="Organisaties filteren">
        <FilterSelect
          id="filter-regio"
          name="regio"
          label="Arbeidsmarktregio"
          value={filter.regionSlug ?? ""}
          options={[{ value: "", label: "Alle regio’s" }, ...regions.map((r) => ({ value: r.slug, label: r.name }))]}
        />
        <FilterSelect
          id="filter-soort"
          name="soort"
          label="Soort"
          value={filter.kind ?? ""}
          options={[
            { value: "", label: "Alle soorten" },
            { value: "school", label: "Scholen" },
            { value: "wsp", label: "Werkgeversservicepunten" },
          ]}
        />
        <div className="admin-filter__actions">
          <button type="submit" className="button">
            Filteren
          </button>
        </div>
      </Form>

      <h2>
        {organisations.length} {organisations.length === 1 ? "organisatie" : "organisaties"}
      </h2>
      {organisations.length === 0 ? (
        <p>Er zijn geen organisaties die bij dit filter passen.</p>
      ) : (
        <div className="table-scroll admin-scroll" role="region" aria-label="Tabel met organisaties" tabIndex={0}>
          <table className="table table--stack admin-table">
            <caption className="visually-hidden">Organisaties per regio</caption>
            <thead>
              <tr>
                <th scope="col">Naam</th>
                <th scope="col">Soort</th>
                <th scope="col">Regio</th>
                <th scope="col">Status</th>
                <th scope="col">Leerlingen per schooljaar</th>
                <th scope="col">Open aanvragen</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className="break-words">
                    <Link to={`/backoffice/beheer/organisaties/${o.id}`}>{o.name}</Link>
                  </th>
                  <td data-label="Soort" className="break-words">
                    {KIND_LABELS[o.kind]}
                    {o.schoolType ? ` (${o.schoolType})` : ""}
                  </td>
                  <td data-label="Regio">{o.regionName}</td>
                  <td data-label="Status">
                    {o.active ? "Actief" : <span className="badge badge--paused">Gepauzeerd</span>}
                  </td>
                  <td data-label="Leerlingen per schooljaar">
                    {o.kind === "wsp" ? "—" : (o.capacityPerSchoolYear ?? "Geen grens")}
                  </td>
                  <td data-label="Open aanvragen">{o.openRequests}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="field__hint">
        Open aanvragen: bij een school de aanvragen die bij de school liggen of die de school oppakt. Bij een
        werkgeversservicepunt alle open aanvragen van de regio.
      </p>
    </div>
  );
}
