/**
 * The employer register of the person's region: every employer that sent a request or that a
 * school or the WSP added, with who is in contact since when, so a school checks before it calls.
 * Search, filters and the lists that make staff act are in the address; the CSV has the same list.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FilterSelect } from "~/components/forms";
import { formatDate } from "~/domain/dates";
import { offerLabel, REGISTER_OFFERS, REGISTER_STATUSES, statusLabel } from "~/domain/register";
import { parseRegisterQuery, REGISTER_LISTS, REGISTER_PAGE_SIZE, registerQueryParams, sinceLabel } from "~/domain/register-query";
import { amsterdamDate } from "~/domain/dates";
import { database } from "~/lib/db.server";
import { requireStaff } from "~/http/staff-session.server";
import { registerPage } from "~/models/register.server";
import { checkInSettingsFor } from "~/models/register-check-ins.server";
import { mayWorkRegister } from "~/models/register-scope.server";
import registerStyles from "~/styles/backoffice-register.css";

export const links = () => [{ rel: "stylesheet", href: registerStyles }];

export const meta: MetaFunction = () => [{ title: "Werkgevers – Opstap backoffice" }];

const PATH = "/backoffice/werkgevers";

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const query = parseRegisterQuery(new URL(request.url).searchParams);
  const db = database();
  const { rows, total } = await registerPage(db, staff, query);
  // The months after which an employer counts as dormant are the region's own setting.
  const dormantMonths = query.list === "slapend" && staff.organisation ? (await checkInSettingsFor(db, staff.organisation.regionSlug)).quietMonths : null;
  const href = (params: URLSearchParams) => (params.size > 0 ? `${PATH}?${params.toString()}` : PATH);
  return {
    query: { search: query.search, status: query.status ?? "", offer: query.offer ?? "", list: query.list ?? "" },
    formKey: registerQueryParams(query).toString(),
    total,
    mayAdd: mayWorkRegister(staff),
    isAdmin: staff.role === "admin",
    regionWide: staff.role !== "admin",
    lists: [
      { label: "Alle werkgevers", href: href(registerQueryParams({ ...query, list: null, page: 1 })), current: query.list === null },
      ...REGISTER_LISTS.map((l) => ({
        label: l.label,
        href: href(registerQueryParams({ ...query, list: l.value, page: 1 })),
        current: query.list === l.value,
      })),
    ],
    dormantMonths,
    exportHref: `${PATH}/export?${registerQueryParams({ ...query, page: 1 }).toString()}`,
    previousHref: query.page > 1 ? href(registerQueryParams(query, { page: query.page - 1 })) : null,
    nextHref: query.page * REGISTER_PAGE_SIZE < total ? href(registerQueryParams(query, { page: query.page + 1 })) : null,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE)),
    rows: rows.map((r) => ({
      id: r.id,
      companyName: r.companyName,
      kvkNumber: r.kvkNumber,
      status: statusLabel(r.status),
      optedOut: r.optedOut,
      places: r.places.join(", "),
      offers: r.offers.map(offerLabel).join(", "),
      capacity: r.capacityThisYear,
      lastContact: r.lastContactAt ? formatDate(amsterdamDate(r.lastContactAt)) : null,
      inContact: r.inContact.map((c) => `${c.name} heeft ${sinceLabel(c.since)} contact`),
    })),
  };
}

export default function Werkgevers() {
  const data = useLoaderData<typeof loader>();
  const countText = data.total === 1 ? "1 werkgever" : `${data.total} werkgevers`;
  return (
    <div className="wrap page">
      <div className="register-head">
        <h1>Werkgevers</h1>
        <p className="register-head__links">
          {data.mayAdd ? (
            <>
              <Link to={`${PATH}/nieuw`} className="button button--small">
                Werkgever toevoegen
              </Link>
              <Link to={`${PATH}/import`}>Uw contacten importeren</Link>
            </>
          ) : null}
          <Link to={`${PATH}/dubbel`}>Mogelijk dubbel</Link>
          <Link to={`${PATH}/cijfers`}>Cijfers</Link>
          {data.regionWide ? <Link to={`${PATH}/instellingen`}>Check-ins</Link> : null}
          {data.isAdmin ? <Link to="/backoffice/beheer/werkgevers">Werkgevers en privacy (beheer)</Link> : null}
        </p>
      </div>
      <p className="lead">
        {data.regionWide
          ? "Alle werkgevers in uw regio. Kijk hier wie al contact heeft voordat u een werkgever belt."
          : "Alle werkgevers in alle regio's."}
      </p>

      <nav aria-label="Lijsten" className="register-lists">
        <ul>
          {data.lists.map((l) => (
            <li key={l.label}>
              <Link to={l.href} aria-current={l.current ? "true" : undefined}>
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {data.dormantMonths !== null ? (
        <p>
          Slapend: niemand had de laatste {data.dormantMonths} maanden contact met deze werkgevers. Het werkgeversservicepunt van uw regio
          stelt dat aantal maanden in bij <Link to={`${PATH}/instellingen`}>Check-ins</Link>.
        </p>
      ) : null}

      <section aria-labelledby="zoeken-titel">
        <h2 id="zoeken-titel" className="visually-hidden">
          Zoeken en filteren
        </h2>
        <Form method="get" action={PATH} key={data.formKey}>
          {data.query.list ? <input type="hidden" name="lijst" value={data.query.list} /> : null}
          <label className="field__label" htmlFor="register-zoek">
            Zoek op naam, KvK-nummer, plaats of contactpersoon
          </label>
          <div className="register-search">
            <input id="register-zoek" name="zoek" type="search" className="input" defaultValue={data.query.search} maxLength={100} />
            <button type="submit" className="button button--primary">
              Zoeken
            </button>
          </div>
          <div className="register-filters">
            <FilterSelect
              id="register-status"
              name="status"
              label="Status"
              value={data.query.status}
              options={[{ value: "", label: "Alle" }, ...REGISTER_STATUSES]}
            />
            <FilterSelect
              id="register-aanbod"
              name="aanbod"
              label="Biedt"
              value={data.query.offer}
              options={[{ value: "", label: "Alles" }, ...REGISTER_OFFERS]}
            />
            <div className="field">
              <button type="submit" className="button">
                Filters toepassen
              </button>
            </div>
          </div>
        </Form>
      </section>

      <section aria-labelledby="resultaat-titel">
        <div className="register-head">
          <h2 id="resultaat-titel">{countText}</h2>
          {data.total > 0 ? (
            <p>
              <a href={data.exportHref}>Download deze lijst voor Excel (CSV)</a>
            </p>
          ) : null}
        </div>
        {data.rows.length === 0 ? <p>Geen werkgevers gevonden.</p> : null}
        <ul className="register-list">
          {data.rows.map((row) => (
            <li key={row.id} className="register-card">
              <h3>
                <Link to={`${PATH}/${row.id}`}>{row.companyName}</Link>
              </h3>
              <p>
                <span className="register-status">{row.status}</span>
                {row.optedOut ? " · wil geen e-mails" : null}
                {row.places ? ` · ${row.places}` : null}
              </p>
              {row.offers ? <p>Biedt: {row.offers}</p> : null}
              {row.capacity > 0 ? <p>Dit schooljaar {row.capacity === 1 ? "1 plek" : `${row.capacity} plekken`}</p> : null}
              {row.inContact.length > 0 ? (
                row.inContact.map((line) => (
                  <p key={line} className="register-contact">
                    {line}
                  </p>
                ))
              ) : (
                <p>Nog niemand in contact.</p>
              )}
              {row.lastContact ? <p>Laatste contact: {row.lastContact}</p> : null}
            </li>
          ))}
        </ul>
        {data.previousHref || data.nextHref ? (
          <nav aria-label="Pagina's" className="register-pages">
            {data.previousHref ? (
              <Link to={data.previousHref} rel="prev">
                Vorige pagina
              </Link>
            ) : null}
            <span>
              Pagina {data.page} van {data.pages}
            </span>
            {data.nextHref ? (
              <Link to={data.nextHref} rel="next">
                Volgende pagina
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
