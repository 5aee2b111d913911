/**
 * The inbox: the requests this person may see, filtered from the URL (a GET form, so it works
 * without JavaScript and every view is a link that can be shared or bookmarked).
 */
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FilterSelect } from "~/components/forms";
import {
  AGE_FILTERS,
  ageInDays,
  DEFAULT_INBOX_QUERY,
  formatAge,
  INBOX_SORT_LABELS,
  INBOX_SORTS,
  hasFilters,
  inboxHref,
  parseInboxQuery,
  STATUS_FILTER_LABELS,
  STATUS_FILTERS,
  type StatusFilter,
  statusesFor,
} from "~/domain/inbox-query";
import { REQUEST_KINDS, REQUEST_STATUS_LABELS, REQUEST_STATUSES } from "~/domain/request-status";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { sectorLabel, SECTORS } from "~/domain/sectors";
import { database } from "~/lib/db.server";
import { requireStaff } from "~/http/staff-session.server";
import { inboxOverview } from "~/models/inbox.server";
import inboxStyles from "~/styles/backoffice-inbox.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: inboxStyles }];

export const meta: MetaFunction = () => [{ title: "Aanvragen – Opstap backoffice" }];

const INBOX = "/backoffice";

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function statusFilterLabel(filter: StatusFilter): string {
  return filter === "open" || filter === "alle" ? STATUS_FILTER_LABELS[filter] : REQUEST_STATUS_LABELS[filter];
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const query = parseInboxQuery(new URL(request.url).searchParams);
  const now = new Date();
  const { page, counts, municipalities, owners } = await inboxOverview(database(), staff, query, now);

  const countFor = (filter: StatusFilter) => (statusesFor(filter) ?? REQUEST_STATUSES).reduce((n, status) => n + counts[status], 0);

  // A person or municipality in the URL that the lists do not hold still shows as chosen.
  const ownerChoices = owners.map((o) => ({ value: o.id, label: o.name }));
  if (query.owner && query.owner !== "mij" && query.owner !== "geen" && !owners.some((o) => o.id === query.owner)) {
    ownerChoices.push({ value: query.owner, label: "Een andere medewerker" });
  }
  const municipalityChoices = municipalities.map((m) => ({ value: m.code, label: m.name }));
  if (query.municipality && !municipalities.some((m) => m.code === query.municipality)) {
    municipalityChoices.push({ value: query.municipality, label: query.municipality });
  }

  return {
    isAdmin: staff.role === "admin",
    filters: {
      status: query.status,
      kind: query.kind ?? "",
      sector: query.sector ?? "",
      municipality: query.municipality ?? "",
      owner: query.owner ?? "",
      olderThanDays: query.olderThanDays ? String(query.olderThanDays) : "",
      search: query.search,
      sort: query.sort,
    },
    formKey: inboxHref(INBOX, query),
    filtered: hasFilters(query),
    // The extra filters stay folded away on a first visit, open once one of them is in use.
    // (The status is chosen with the links above the list, so it does not count.)
    moreFiltersInUse:
      hasFilters({ ...query, search: DEFAULT_INBOX_QUERY.search, status: DEFAULT_INBOX_QUERY.status }) ||
      query.sort !== DEFAULT_INBOX_QUERY.sort,
    onLaterPage: query.cursor !== null,
    total: countFor(query.status),
    statusLinks: STATUS_FILTERS.map((filter) => ({
      filter,
      label: statusFilterLabel(filter),
      count: countFor(filter),
      href: inboxHref(INBOX, query, { status: filter }),
      current: filter === query.status,
    })),
    ownerChoices,
    municipalityChoices,
    sortLabel: INBOX_SORT_LABELS[query.sort],
    rows: page.rows.map((row) => ({
      reference: row.reference,
      companyName: row.companyName,
      kind: capitalise(REQUEST_KIND_LABELS[row.kind]),
      sector: row.sector ? sectorLabel(row.sector) : null,
      municipality: row.municipalityName ?? "Geen plaats",
      status: REQUEST_STATUS_LABELS[row.status],
      handler: row.handlerName,
      owner: row.ownerName,
      createdAt: row.createdAt.toISOString(),
      age: formatAge(ageInDays(row.createdAt, now)),
    })),
    previousHref: page.previous ? inboxHref(INBOX, query, { cursor: page.previous }) : null,
    nextHref: page.next ? inboxHref(INBOX, query, { cursor: page.next }) : null,
    firstHref: inboxHref(INBOX, query),
    exportHref: inboxHref(`${INBOX}/export`, query),
    myRequestsHref: inboxHref(INBOX, DEFAULT_INBOX_QUERY, { owner: "mij" }),
    onMyRequests: query.owner === "mij",
    allHref: inboxHref(INBOX, DEFAULT_INBOX_QUERY, { status: "alle" }),
  };
}

export default function Inbox() {
  const data = useLoaderData<typeof loader>();
  const { filters } = data;
  const countText = data.total === 1 ? "1 aanvraag" : `${data.total} aanvragen`;

  return (
    <div className="wrap page">
      <div className="inbox-head">
        <h1>Aanvragen</h1>
        <p className="inbox-head__links">
          <Link to={data.myRequestsHref} className="button button--small" aria-current={data.onMyRequests ? "true" : undefined}>
            Mijn aanvragen
          </Link>
        </p>
      </div>

      <nav aria-label="Aanvragen per status" className="inbox-statuses">
        <ul>
          {data.statusLinks.map((link) => (
            <li key={link.filter}>
              <Link to={link.href} aria-current={link.current ? "true" : undefined}>
                {link.label} ({link.count})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section className="inbox-filters" aria-labelledby="inbox-filters-title">
        <h2 id="inbox-filters-title" className="visually-hidden">
          Zoeken en filteren
        </h2>
        {/* The key makes the fields show the URL's values again after a link changes them. */}
        <Form method="get" action="/backoffice" key={data.formKey}>
          {/* The status is chosen with the links above; a search keeps it. */}
          <input type="hidden" name="status" value={filters.status} />
          {/* One line: the list must start in the first screen, also on a phone. */}
          <div className="inbox-filters__bar">
            <label className="field__label inbox-filters__label" htmlFor="inbox-zoek">
              Zoek op referentie of bedrijfsnaam
            </label>
            <div className="inbox-filters__search">
              <input
                id="inbox-zoek"
                name="zoek"
                type="search"
                className="input"
                defaultValue={filters.search}
                maxLength={100}
                placeholder="OP-2026-000123 of Bakkerij"
              />
              <button type="submit" className="button button--primary">
                Zoeken
              </button>
            </div>
          </div>
          <details className="inbox-filters__more" open={data.moreFiltersInUse}>
            <summary>{data.moreFiltersInUse ? "Meer filters (in gebruik)" : "Meer filters"}</summary>
            <div className="inbox-filters__grid">
              <FilterSelect
                id="inbox-soort"
                name="soort"
                label="Soort aanvraag"
                value={filters.kind}
                options={[{ value: "", label: "Alle soorten" }, ...REQUEST_KINDS.map((k) => ({ value: k, label: capitalise(REQUEST_KIND_LABELS[k]) }))]}
              />
              <FilterSelect
                id="inbox-sector"
                name="sector"
                label="Sector"
                value={filters.sector}
                options={[{ value: "", label: "Alle sectoren" }, ...SECTORS]}
              />
              <FilterSelect
                id="inbox-gemeente"
                name="gemeente"
                label="Gemeente"
                value={filters.municipality}
                options={[{ value: "", label: "Alle gemeenten" }, ...data.municipalityChoices]}
              />
              <FilterSelect
                id="inbox-eigenaar"
                name="eigenaar"
                label="Eigenaar"
                value={filters.owner}
                options={[
                  { value: "", label: "Iedereen" },
                  { value: "mij", label: "Mijn aanvragen" },
                  { value: "geen", label: "Zonder eigenaar" },
                  ...data.ownerChoices,
                ]}
              />
              <FilterSelect
                id="inbox-ouder"
                name="ouder"
                label="Hoe lang al binnen?"
                value={filters.olderThanDays}
                options={[{ value: "", label: "Maakt niet uit" }, ...AGE_FILTERS.map((d) => ({ value: String(d), label: `Langer dan ${d} dagen` }))]}
              />
              <FilterSelect
                id="inbox-volgorde"
                name="volgorde"
                label="Volgorde"
                value={filters.sort}
                options={INBOX_SORTS.map((s) => ({ value: s, label: INBOX_SORT_LABELS[s] }))}
              />
            </div>
            <div className="inbox-filters__actions">
              <button type="submit" className="button">
                Filters toepassen
              </button>
              <Link to="/backoffice">Filters wissen</Link>
            </div>
          </details>
        </Form>
      </section>

      <section aria-labelledby="inbox-results-title">
        <div className="inbox-results__head">
          <h2 id="inbox-results-title">{countText}</h2>
          {data.total > 0 ? (
            <p>
              {/* A plain link: the export is a file download, not a page. */}
              <a href={data.exportHref}>Download deze lijst voor Excel (CSV)</a>
            </p>
          ) : null}
        </div>

        {data.rows.length > 0 ? (
          // A safety net: should the table not fit, it scrolls in its own box, not the whole page.
          <div className="table-scroll" role="region" aria-label="Tabel met aanvragen" tabIndex={0}>
            <table className="table table--stack inbox-table">
              <caption className="visually-hidden">
                {countText}, {data.sortLabel.toLowerCase()}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Aanvraag</th>
                  <th scope="col">Bedrijf</th>
                  <th scope="col" className="inbox-col--sector">
                    Sector
                  </th>
                  <th scope="col" className="inbox-col--municipality">
                    Gemeente
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">Ligt nu bij</th>
                  <th scope="col">Eigenaar</th>
                  <th scope="col">Ontvangen</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.reference}>
                    <th scope="row">
                      <Link to={`/backoffice/aanvragen/${row.reference}`} className="nowrap">
                        {row.reference}
                      </Link>
                      {/* The kind under the reference: one column less, so the table fits a laptop. */}
                      <span className="inbox-kind">{row.kind}</span>
                    </th>
                    <td data-label="Bedrijf" className="break-words">
                      {row.companyName}
                    </td>
                    <td data-label="Sector" className="inbox-col--sector">
                      {row.sector ?? <span className="inbox-muted">Niet opgegeven</span>}
                    </td>
                    <td data-label="Gemeente" className="inbox-col--municipality">
                      {row.municipality}
                    </td>
                    <td data-label="Status">{row.status}</td>
                    <td data-label="Ligt nu bij" className="break-words inbox-col--handler">
                      {row.handler ?? <span className="inbox-muted">Nog niemand</span>}
                    </td>
                    <td data-label="Eigenaar" className="break-words">
                      {row.owner ?? <span className="inbox-muted">Nog niemand</span>}
                    </td>
                    <td data-label="Ontvangen">
                      <time dateTime={row.createdAt}>{row.age}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <div className="inbox-empty">
            {data.onLaterPage ? (
              <>
                <p>Op deze pagina staan geen aanvragen meer.</p>
                <p>
                  <Link to={data.firstHref}>Ga naar de eerste pagina</Link>
                </p>
              </>
            ) : data.filtered ? (
              <>
                <p>Er zijn geen aanvragen die passen bij deze filters.</p>
                <p>
                  Pas de filters aan, of <Link to={data.allHref}>bekijk alle aanvragen</Link>.
                </p>
              </>
            ) : (
              <>
                <p>Er zijn nu geen open aanvragen voor u.</p>
                <p>
                  <Link to={data.allHref}>Bekijk ook de afgesloten aanvragen</Link>
                </p>
              </>
            )}
          </div>
        )}

        {data.previousHref || data.nextHref ? (
          <nav aria-label="Pagina's" className="inbox-pages">
            <ul>
              {data.previousHref ? (
                <li>
                  <Link to={data.previousHref} rel="prev">
                    Vorige pagina
                  </Link>
                </li>
              ) : null}
              {data.nextHref ? (
                <li>
                  <Link to={data.nextHref} rel="next">
                    Volgende pagina
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </section>
    </div>
  );
}
