/**
 * The back-office inbox and its CSV export: the requests a person may see (always selected from
 * `visibleRequests`), filtered, searched, sorted and paged by keyset on (created_at, id), so a page
 * never repeats or skips a request when new ones arrive in between.
 */
import { and, asc, desc, eq, ilike, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import {
  containsPattern,
  EXPORT_ROW_LIMIT,
  formatExportDateTime,
  INBOX_PAGE_SIZE,
  type InboxCursor,
  type InboxQuery,
  statusesFor,
} from "~/domain/inbox-query";
import { REQUEST_STATUS_LABELS, REQUEST_STATUSES, type RequestStatus } from "~/domain/request-status";
import { referencesFor } from "~/domain/reference";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { sectorLabel } from "~/domain/sectors";
import { type Database, type Queryable, queryRows, schema } from "~/lib/db.server";
import { type AuditAction, logAudit } from "./audit-log.server";
import { requestColumns, type StaffMember, visibleRequests } from "./staff-scope.server";

/** Columns only: rows come from `visibleRequests(staff)`. */
const requests = requestColumns;
const assignments = schema.requestAssignments;
const organisations = schema.organisations;
const municipalities = schema.municipalities;
const staffMembers = schema.staffMembers;

type Viewer = Pick<StaffMember, "id" | "role" | "organisation">;

/**
 * Every condition of the query except the cursor; `status: false` leaves the status out (counts).
 * Who may see what is not among them: every read selects from `visibleRequests(staff)`.
 */
function filterConditions(staff: Viewer, query: InboxQuery, now: Date, options: { status: boolean } = { status: true }): SQL[] {
  const conditions: SQL[] = [];
  const statuses = options.status ? statusesFor(query.status) : null;
  if (statuses) conditions.push(inArray(requests.status, [...statuses]));
  if (query.kind) conditions.push(eq(requests.kind, query.kind));
  if (query.sector) conditions.push(eq(requests.sector, query.sector));
  if (query.municipality) conditions.push(eq(requests.municipalityCode, query.municipality));
  if (query.owner === "mij") conditions.push(eq(requests.ownerId, staff.id));
  else if (query.owner === "geen") conditions.push(isNull(requests.ownerId));
  else if (query.owner) conditions.push(eq(requests.ownerId, query.owner));
  if (query.olderThanDays) conditions.push(lt(requests.createdAt, new Date(now.getTime() - query.olderThanDays * 86_400_000)));
  if (query.search) {
    const company = ilike(sql`${requests.details}->>'companyName'`, containsPattern(query.search));
    // A reference is matched whole, on its unique index (decision 033: no trigram index on it).
    const references = referencesFor(query.search, now.getUTCFullYear());
    conditions.push(references.length > 0 ? or(inArray(requests.reference, references), company)! : company);
  }
  return conditions;
}

/** Rows after (or before) a position in the list, in the direction the list is read. */
function beyond(cursor: Pick<InboxCursor, "createdAt" | "id">, side: "later" | "earlier"): SQL {
  const position = sql`(${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`;
  return side === "later" ? sql`(${requests.createdAt}, ${requests.id}) > ${position}` : sql`(${requests.createdAt}, ${requests.id}) < ${position}`;
}

/** The side of a row that comes next in the list: newest first reads towards earlier rows. */
function nextSide(query: InboxQuery, direction: "na" | "voor"): "later" | "earlier" {
  const forward = query.sort === "nieuwste" ? "earlier" : "later";
  if (direction === "na") return forward;
  return forward === "earlier" ? "later" : "earlier";
}

const listFields = {
  id: requests.id,
  reference: requests.reference,
  kind: requests.kind,
  status: requests.status,
  sector: requests.sector,
  createdAt: requests.createdAt,
  /** The exact created_at (microseconds) for the cursor; a JS Date keeps only milliseconds. */
  position: sql<string>`to_char(${requests.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  companyName: sql<string>`coalesce(${requests.details}->>'companyName', '')`,
  municipalityName: municipalities.name,
  // Who has it now: the organisation whose assignment is open or accepted, else the region's WSP.
  handlerName: sql<string | null>`coalesce((
    select ${organisations.name} from ${assignments} join ${organisations} on ${organisations.id} = ${assignments.organisationId}
    where ${assignments.requestId} = ${requests.id} and ${assignments.status} in ('open', 'accepted')
    order by ${assignments.createdAt} desc limit 1
  ), ${requests.routing}->'wsp'->>'name', case when ${requests.routing}->>'handler' = 'opstap' then 'Team van Opstap' end)`,
  ownerId: requests.ownerId,
  ownerName: staffMembers.name,
};

const exportFields = {
  ...listFields,
  contactName: sql<string>`coalesce(${requests.details}->>'contactName', '')`,
  email: sql<string>`coalesce(${requests.details}->>'email', '')`,
  phone: sql<string>`coalesce(${requests.details}->>'phone', '')`,
  postcode: requests.postcode,
  outcome: requests.outcome,
  outcomeReason: requests.outcomeReason,
};

/**
 * A school sees who has a request and who follows it only while the school has it itself: once
 * it let go, where the request went is another organisation's business.
 */
function forViewer<T extends typeof listFields>(staff: Viewer, fields: T): T {
  if (staff.role !== "school" || !staff.organisation) return fields;
  const own = staff.organisation;
  const holds = sql`exists (select 1 from ${assignments} where ${assignments.requestId} = ${requests.id} and ${assignments.organisationId} = ${own.id} and ${assignments.status} in ('open', 'accepted'))`;
  return {
    ...fields,
    handlerName: sql<string | null>`case when ${holds} then ${own.name} else 'Niet meer bij uw school' end`,
    ownerName: sql<string | null>`case when ${holds} then ${staffMembers.name} else null end`,
  };
}

function selectList(q: Queryable, staff: Viewer) {
  return q
    .select(forViewer(staff, listFields))
    .from(visibleRequests(staff))
    // Left: a question without a place has no municipality (decision 032).
    .leftJoin(municipalities, eq(municipalities.code, requests.municipalityCode))
    .leftJoin(staffMembers, eq(staffMembers.id, requests.ownerId));
}

function selectExport(q: Queryable, staff: Viewer) {
  return q
    .select(forViewer(staff, exportFields))
    .from(visibleRequests(staff))
    // Left: a question without a place has no municipality (decision 032).
    .leftJoin(municipalities, eq(municipalities.code, requests.municipalityCode))
    .leftJoin(staffMembers, eq(staffMembers.id, requests.ownerId));
}

function ordered(query: InboxQuery, reversed: boolean) {
  const newestFirst = (query.sort === "nieuwste") !== reversed;
  return newestFirst ? [desc(requests.createdAt), desc(requests.id)] : [asc(requests.createdAt), asc(requests.id)];
}

export type InboxRow = Awaited<ReturnType<typeof fetchPage>>[number];

async function fetchPage(q: Queryable, staff: Viewer, query: InboxQuery, now: Date, cursor: InboxCursor | null) {
  const conditions = filterConditions(staff, query, now);
  if (cursor) conditions.push(beyond(cursor, nextSide(query, cursor.direction)));
  // A previous page is fetched backwards from the cursor, then turned round.
  return selectList(q, staff)
    .where(and(...conditions))
    .orderBy(...ordered(query, cursor?.direction === "voor"))
    .limit(INBOX_PAGE_SIZE + 1);
}

/**
 * The nearest row at the cursor or on the side of it the page was not fetched from: "is there a
 * page before" after going forward, "is there a page after" after going back. The row at the
 * cursor counts: it was on the page the visitor came from. In index order, so PostgreSQL reads
 * one entry; without an order it may scan the whole table hoping to meet one early.
 */
function behindCursor(q: Queryable, staff: Viewer, query: InboxQuery, now: Date, cursor: InboxCursor) {
  const position = sql`(${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`;
  const fetchedLater = nextSide(query, cursor.direction) === "later";
  return q
    .select({ id: requests.id })
    .from(visibleRequests(staff))
    .where(
      and(
        ...filterConditions(staff, query, now),
        fetchedLater ? sql`(${requests.createdAt}, ${requests.id}) <= ${position}` : sql`(${requests.createdAt}, ${requests.id}) >= ${position}`,
      ),
    )
    .orderBy(...(fetchedLater ? [desc(requests.createdAt), desc(requests.id)] : [asc(requests.createdAt), asc(requests.id)]))
    .limit(1);
}

export interface InboxPage {
  rows: InboxRow[];
  /** Cursors for "Vorige pagina" and "Volgende pagina"; null when there is no such page. */
  previous: InboxCursor | null;
  next: InboxCursor | null;
}

/**
 * The page from the rows fetched at the query's cursor and whether anything lies behind the
 * cursor (`behindCursor`); both are asked at the same time, so a page costs no third round trip.
 */
async function assemblePage(
  q: Queryable,
  staff: Viewer,
  query: InboxQuery,
  now: Date,
  fetchedAtCursor: InboxRow[],
  behind: boolean,
): Promise<InboxPage> {
  let cursor = query.cursor;
  let fetched = fetchedAtCursor;
  // Going back past the start gives a short page: show the real first page instead.
  if (cursor?.direction === "voor" && fetched.length <= INBOX_PAGE_SIZE) {
    cursor = null;
    fetched = await fetchPage(q, staff, query, now, null);
  }
  const more = fetched.length > INBOX_PAGE_SIZE;
  const rows = fetched.slice(0, INBOX_PAGE_SIZE);
  if (cursor?.direction === "voor") rows.reverse();

  const first = rows[0];
  const last = rows[rows.length - 1];
  const at = (row: InboxRow, direction: InboxCursor["direction"]): InboxCursor => ({ direction, createdAt: row.position, id: row.id });
  // The first page has nothing before it; an empty page beyond the end offers no way on.
  const hasPrevious = cursor?.direction === "voor" ? more : Boolean(cursor && first && behind);
  const hasNext = cursor?.direction === "voor" ? Boolean(last && behind) : more;
  return {
    rows,
    previous: hasPrevious && first ? at(first, "voor") : null,
    next: hasNext && last ? at(last, "na") : null,
  };
}

/** One page of the inbox, INBOX_PAGE_SIZE rows, at the query's cursor. */
export async function inboxPage(q: Queryable, staff: Viewer, query: InboxQuery, now: Date = new Date()): Promise<InboxPage> {
  const cursor = query.cursor;
  const [fetched, behind] = await Promise.all([
    fetchPage(q, staff, query, now, cursor),
    cursor ? behindCursor(q, staff, query, now, cursor).then((found) => found.length > 0) : false,
  ]);
  return assemblePage(q, staff, query, now, fetched, behind);
}

function statusCountsQuery(q: Queryable, staff: Viewer, query: InboxQuery, now: Date) {
  return q
    .select({ status: requests.status, count: sql<number>`count(*)::int`.as("count") })
    .from(visibleRequests(staff))
    .where(and(...filterConditions(staff, query, now, { status: false })))
    .groupBy(requests.status);
}

function countsPerStatus(rows: ReadonlyArray<{ status: RequestStatus; count: number }>): Record<RequestStatus, number> {
  const counts = Object.fromEntries(REQUEST_STATUSES.map((status) => [status, 0])) as Record<RequestStatus, number>;
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

function municipalitiesQuery(q: Queryable, staff: Viewer) {
  return q
    .selectDistinct({ code: municipalities.code, name: municipalities.name })
    .from(visibleRequests(staff))
    .innerJoin(municipalities, eq(municipalities.code, requests.municipalityCode))
    .orderBy(asc(municipalities.name), asc(municipalities.code));
}

function ownersQuery(q: Queryable, staff: Viewer) {
  const colleagues = staff.role === "admin" ? undefined : staff.organisation ? eq(staffMembers.organisationId, staff.organisation.id) : sql`false`;
  return q
    .select({ id: staffMembers.id, name: staffMembers.name })
    .from(staffMembers)
    .where(and(eq(staffMembers.active, true), colleagues))
    .orderBy(asc(staffMembers.name), asc(staffMembers.id));
}

/** How many requests each status has, within the other filters; every status is present. */
export async function inboxStatusCounts(
  q: Queryable,
  staff: Viewer,
  query: InboxQuery,
  now: Date = new Date(),
): Promise<Record<RequestStatus, number>> {
  return countsPerStatus(await statusCountsQuery(q, staff, query, now));
}

/** The municipalities that occur in the requests this person may see, for the filter. */
export async function inboxMunicipalities(q: Queryable, staff: Viewer) {
  return municipalitiesQuery(q, staff);
}

/** The people the owner filter offers: colleagues of one's own organisation (admins: everyone). */
export async function inboxOwnerChoices(q: Queryable, staff: Viewer) {
  return ownersQuery(q, staff);
}

/**
 * Everything the inbox page shows, in two statements sent at the same time: the page, and one
 * with the counts per status, the filter lists and "is there a page behind the cursor" (each of
 * them the query the functions above send, as a subquery; docs/performance.md). Every statement a
 * round trip, a socket write and a parse: at volume that cost more than the queries themselves.
 */
export async function inboxOverview(q: Queryable, staff: Viewer, query: InboxQuery, now: Date = new Date()) {
  const cursor = query.cursor;
  // json_agg keeps the rows' order only when told (its own ORDER BY), not from the subquery's.
  // "Behind" is a scalar subquery, not EXISTS: PostgreSQL drops the ORDER BY inside EXISTS and
  // may then scan the whole table for a row that is not there (query-plans.test.ts).
  const rest = queryRows<{
    counts: Array<{ status: RequestStatus; count: number }>;
    municipalities: Array<{ code: string; name: string }>;
    owners: Array<{ id: string; name: string }>;
    behind: boolean;
  }>(
    q,
    sql`select
      (select coalesce(json_agg(c), '[]'::json) from ${statusCountsQuery(q, staff, query, now)} c) as counts,
      (select coalesce(json_agg(m order by m.name, m.code), '[]'::json) from ${municipalitiesQuery(q, staff)} m) as municipalities,
      (select coalesce(json_agg(o order by o.name, o.id), '[]'::json) from ${ownersQuery(q, staff)} o) as owners,
      ${cursor ? sql`${behindCursor(q, staff, query, now, cursor)} is not null` : sql`false`} as behind`,
  );
  const [fetched, [row]] = await Promise.all([fetchPage(q, staff, query, now, cursor), rest]);
  if (!row) throw new Error("inbox: the counts and filter lists came back empty");
  return {
    page: await assemblePage(q, staff, query, now, fetched, row.behind),
    counts: countsPerStatus(row.counts),
    municipalities: row.municipalities,
    owners: row.owners,
  };
}

const EXPORT_COLUMNS = [
  "Referentie",
  "Ontvangen",
  "Soort",
  "Status",
  "Bedrijf",
  "Contactpersoon",
  "E-mail",
  "Telefoon",
  "Sector",
  "Gemeente",
  "Postcode",
  "Behandelaar nu",
  "Eigenaar",
  "Uitkomst",
  "Reden uitkomst",
];

/** All rows of the query (no pages, at most EXPORT_ROW_LIMIT), with the contact details. */
export async function inboxExportRows(q: Queryable, staff: Viewer, query: InboxQuery, now: Date = new Date()) {
  return selectExport(q, staff)
    .where(and(...filterConditions(staff, query, now)))
    .orderBy(...ordered(query, false))
    .limit(EXPORT_ROW_LIMIT);
}

export type InboxExportRow = Awaited<ReturnType<typeof inboxExportRows>>[number];

/** One CSV line's cells for a row, in EXPORT_COLUMNS order. */
function csvCells(row: InboxExportRow): string[] {
  return [
    row.reference,
    formatExportDateTime(row.createdAt),
    REQUEST_KIND_LABELS[row.kind],
    REQUEST_STATUS_LABELS[row.status],
    row.companyName,
    row.contactName,
    row.email,
    row.phone,
    row.sector ? sectorLabel(row.sector) : "",
    row.municipalityName ?? "",
    row.postcode ?? "",
    row.handlerName ?? "",
    row.ownerName ?? "",
    row.outcome ? REQUEST_STATUS_LABELS[row.outcome] : "",
    row.outcomeReason ?? "",
  ];
}

/**
 * A CSV that Dutch Excel opens as it should: UTF-8 with a byte order mark (else accents break),
 * ";" between fields (Dutch Excel's list separator) and CRLF line ends. Cells that start like a
 * formula get a leading quote, so a company name cannot run anything in Excel.
 */
const CSV_OPTIONS = {
  bom: true,
  delimiter: ";",
  record_delimiter: "\r\n",
  quote_record_delimiter: true,
  escape_formulas: true,
  header: true,
  columns: EXPORT_COLUMNS,
} as const;

/** The rows as a CSV text (CSV_OPTIONS). */
export function inboxCsv(rows: readonly InboxExportRow[]): string {
  return stringify(rows.map(csvCells), CSV_OPTIONS);
}

/** Rows per batch of the export: read, logged in the audit log, and sent before the next is read. */
const EXPORT_BATCH_SIZE = 500;


/**
 * One audit line per exported request ("Aanvraag OP-… geëxporteerd (CSV)"), in the export's order,
 * as one statement with the batch's ids and references in one parameter each. Sent as 500 rows
 * of values, drizzle building and the socket writing 2,500 parameters was about half of an
 * export's CPU (bench/backoffice-profile.ts profile of the export).
 */
async function logExportedRequests(tx: Queryable, staff: Viewer, exported: Array<{ id: string; reference: string }>, now: Date): Promise<void> {
  const action: AuditAction = "geexporteerd";
  // Ids and references (OP-jjjj-nnnnnn) hold no comma: each list goes as one text parameter.
  const ids = exported.map((row) => row.id).join(",");
  const references = exported.map((row) => row.reference).join(",");
  await tx.execute(sql`
    insert into ${schema.auditLog} (staff_member_id, action, request_id, summary, created_at)
    select ${staff.id}::uuid, ${action}, exported.id, ${"Aanvraag "} || exported.reference || ${" geëxporteerd (CSV)"}, ${now.toISOString()}::timestamptz
    from unnest(string_to_array(${ids}, ',')::uuid[], string_to_array(${references}, ',')) with ordinality as exported(id, reference, position)
    order by exported.position`);
}
/**
 * The export of a query, a batch at a time, so memory stays the same for 10 rows or 10,000. An
 * export takes contact details out of Opstap, so the log says which requests went out (one line
 * per request, under that request's reference) plus one line with the count. Each batch's rows
 * and their log lines are read and written in one transaction: the log lists exactly what was
 * read for the file. The count line is written when the export ends, also when the visitor
 * stopped it half-way (then it counts the rows read so far). Batches follow each other by keyset
 * (created_at, id), so none repeats or skips a row.
 */
async function* exportInboxBatches(db: Database, staff: Viewer, query: InboxQuery, now: Date = new Date()): AsyncGenerator<InboxExportRow[]> {
  let after: { createdAt: string; id: string } | null = null;
  let count = 0;
  try {
    while (count < EXPORT_ROW_LIMIT) {
      const size = Math.min(EXPORT_BATCH_SIZE, EXPORT_ROW_LIMIT - count);
      const cursor: typeof after = after;
      const batch = await db.transaction(async (tx) => {
        const conditions = filterConditions(staff, query, now);
        if (cursor) conditions.push(beyond(cursor, nextSide(query, "na")));
        const rows = await selectExport(tx, staff)
          .where(and(...conditions))
          .orderBy(...ordered(query, false))
          .limit(size);
        if (rows.length > 0) await logExportedRequests(tx, staff, rows, now);
        return rows;
      });
      count += batch.length;
      if (batch.length > 0) yield batch;
      const last = batch[batch.length - 1];
      if (batch.length < size || !last) break;
      after = { createdAt: last.position, id: last.id };
    }
  } finally {
    await logAudit(db, staff, "geexporteerd", `${count} ${count === 1 ? "aanvraag" : "aanvragen"} geëxporteerd`, null, now);
  }
}

/**
 * The export as a CSV stream: one CSV text per batch of `exportInboxBatches`, the header (and the
 * byte order mark) before the first. A text per row made a socket write per row, most of an
 * export's CPU. The stream reads no batch ahead (highWaterMark 0): the next batch is read and
 * logged only when the visitor has taken the one before. The first batch is read before the
 * answer starts, so a database that is away gives the usual 503 page rather than a file cut off
 * after its header.
 */
export async function inboxCsvStream(db: Database, staff: Viewer, query: InboxQuery, now: Date = new Date()): Promise<Readable> {
  const batches = exportInboxBatches(db, staff, query, now);
  const first = await batches.next();
  async function* texts() {
    try {
      yield stringify(first.done ? [] : first.value.map(csvCells), CSV_OPTIONS);
      if (first.done) return;
      for await (const batch of batches) yield stringify(batch.map(csvCells), { ...CSV_OPTIONS, bom: false, header: false });
    } finally {
      // A visitor who leaves after the first batch ends the export here, before the loop above
      // would: its count line is written in the batches' own finally.
      await batches.return(undefined);
    }
  }
  const stream = Readable.from(texts(), { highWaterMark: 0 });
  stream.on("error", (error: NodeJS.ErrnoException) => {
    // The visitor went away: nothing failed. Otherwise the headers are out by now, so the file
    // ends early, and the log says why.
    if (error.code !== "ERR_STREAM_PREMATURE_CLOSE" && error.name !== "AbortError") console.error("CSV-export afgebroken:", error);
  });
  return stream;
}

/** The export of a query as one text, with the count (tests; the route streams). */
export async function exportInbox(db: Database, staff: Viewer, query: InboxQuery, now: Date = new Date()) {
  const rows: InboxExportRow[] = [];
  for await (const batch of exportInboxBatches(db, staff, query, now)) rows.push(...batch);
  return { csv: inboxCsv(rows), count: rows.length };
}
