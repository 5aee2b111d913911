/**
 * The back-office inbox as a URL: which requests a person wants to see (filters, search, sort)
 * and where in the list they are (a keyset cursor). The inbox and its CSV export read the same
 * query, so "Download deze lijst" gives exactly the list on screen. Anything in the URL that does
 * not make sense falls back to its default: a mangled link shows the inbox, never an error.
 */
import * as z from "zod/mini";
import { REQUEST_KINDS, REQUEST_STATUSES, type RequestKind, type RequestStatus } from "./request-status";
import { type Sector, SECTOR_VALUES } from "./sectors";
import { isUuid } from "./uuid";

export const INBOX_PAGE_SIZE = 25;
/** One export is at most this many rows; more than that is not a list anyone reads. */
export const EXPORT_ROW_LIMIT = 10_000;
export const SEARCH_MAX_LENGTH = 100;

/** "open" (the default) is every status someone still has to act on; "alle" is no filter. */
export const STATUS_FILTERS = ["open", "alle", ...REQUEST_STATUSES] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const STATUS_FILTER_LABELS: Record<"open" | "alle", string> = { open: "Open", alle: "Alle" };

/** "mij": my leads; "geen": nobody follows it yet; otherwise the id of a staff member. */
export type OwnerFilter = "mij" | "geen" | (string & {});

export const AGE_FILTERS = [3, 7, 14] as const;
export type AgeFilter = (typeof AGE_FILTERS)[number];

export const INBOX_SORTS = ["nieuwste", "oudste"] as const;
export type InboxSort = (typeof INBOX_SORTS)[number];
export const INBOX_SORT_LABELS: Record<InboxSort, string> = { nieuwste: "Nieuwste eerst", oudste: "Oudste eerst" };

/**
 * A position in the list: the (created_at, id) of the row next to the page asked for.
 * "na": the page after that row (Volgende pagina); "voor": the page before it (Vorige pagina).
 * `createdAt` is the database's own text (microseconds), so no row falls between two pages.
 */
export interface InboxCursor {
  direction: "na" | "voor";
  createdAt: string;
  id: string;
}

export interface InboxQuery {
  status: StatusFilter;
  kind: RequestKind | null;
  sector: Sector | null;
  /** CBS code, e.g. GM0344. */
  municipality: string | null;
  owner: OwnerFilter | null;
  olderThanDays: AgeFilter | null;
  search: string;
  sort: InboxSort;
  cursor: InboxCursor | null;
}

export const DEFAULT_INBOX_QUERY: InboxQuery = {
  status: "open",
  kind: null,
  sector: null,
  municipality: null,
  owner: null,
  olderThanDays: null,
  search: "",
  sort: "nieuwste",
  cursor: null,
};

/** The names in the URL: Dutch, since people see and share these links. */
export const INBOX_PARAMS = {
  status: "status",
  kind: "soort",
  sector: "sector",
  municipality: "gemeente",
  owner: "eigenaar",
  olderThanDays: "ouder",
  search: "zoek",
  sort: "volgorde",
  cursor: "cursor",
} as const satisfies Record<keyof InboxQuery, string>;

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?Z$/;

/**
 * A UTC timestamp as the database writes it for a cursor, naming a moment that exists: PostgreSQL
 * throws on 2024-02-30 or year 0000, where `Date.parse` rolls over or accepts. So the calendar
 * values must come back unchanged from a Date, in years 1 to 9999.
 */
function isCursorTimestamp(text: string): boolean {
  const match = TIMESTAMP.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1) return false;
  const moment = new Date(0);
  // setUTCFullYear, not Date.UTC: that one reads years 0 to 99 as 1900 to 1999.
  moment.setUTCFullYear(year, month - 1, day);
  moment.setUTCHours(hour, minute, second, 0);
  return (
    moment.getUTCFullYear() === year &&
    moment.getUTCMonth() === month - 1 &&
    moment.getUTCDate() === day &&
    moment.getUTCHours() === hour &&
    moment.getUTCMinutes() === minute &&
    moment.getUTCSeconds() === second
  );
}

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) return null;
  try {
    return atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    return null;
  }
}

/** Opaque in the URL, so nobody is tempted to edit it by hand. */
export function encodeCursor(cursor: InboxCursor): string {
  return toBase64Url(`${cursor.direction}|${cursor.createdAt}|${cursor.id}`);
}

export function decodeCursor(value: string): InboxCursor | null {
  const text = fromBase64Url(value);
  if (!text) return null;
  const [direction, createdAt, id, ...rest] = text.split("|");
  if (rest.length > 0 || (direction !== "na" && direction !== "voor")) return null;
  if (!createdAt || !isCursorTimestamp(createdAt)) return null;
  if (!isUuid(id)) return null;
  return { direction, createdAt, id: id.toLowerCase() };
}

// Each field falls back on its own, so one bad value does not throw away the other filters.
const InboxQuerySchema = z.object({
  status: z.catch(z.enum(STATUS_FILTERS), "open"),
  kind: z.catch(z.nullable(z.enum(REQUEST_KINDS)), null),
  sector: z.catch(z.nullable(z.enum(SECTOR_VALUES)), null),
  municipality: z.catch(z.nullable(z.string().check(z.regex(/^GM\d{4}$/))), null),
  owner: z.catch(
    z.nullable(
      z.union([
        z.enum(["mij", "geen"]),
        z.pipe(
          z.string().check(z.refine(isUuid)),
          z.transform((id) => id.toLowerCase()),
        ),
      ]),
    ),
    null,
  ),
  olderThanDays: z.catch(
    z.nullable(
      z.pipe(
        z.enum(AGE_FILTERS.map(String) as ["3", "7", "14"]),
        z.transform((days) => Number(days) as AgeFilter),
      ),
    ),
    null,
  ),
  search: z.catch(
    z.pipe(
      z.string(),
      // PostgreSQL refuses the NUL character in any text; only a crafted link has one.
      z.transform((text) => text.replaceAll("\u0000", "").trim().slice(0, SEARCH_MAX_LENGTH)),
    ),
    "",
  ),
  sort: z.catch(z.enum(INBOX_SORTS), "nieuwste"),
  cursor: z.catch(
    z.nullable(
      z.pipe(
        z.string(),
        z.transform((value) => decodeCursor(value)),
      ),
    ),
    null,
  ),
});

/** The inbox query from a URL's search params; never throws. */
export function parseInboxQuery(params: URLSearchParams): InboxQuery {
  const raw = Object.fromEntries(
    (Object.keys(INBOX_PARAMS) as (keyof InboxQuery)[]).map((key) => [key, params.get(INBOX_PARAMS[key]) ?? undefined]),
  );
  return InboxQuerySchema.parse(raw);
}

/** The URL form of a query, leaving out defaults so links stay short. */
export function inboxQueryToSearchParams(query: InboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status !== DEFAULT_INBOX_QUERY.status) params.set(INBOX_PARAMS.status, query.status);
  if (query.kind) params.set(INBOX_PARAMS.kind, query.kind);
  if (query.sector) params.set(INBOX_PARAMS.sector, query.sector);
  if (query.municipality) params.set(INBOX_PARAMS.municipality, query.municipality);
  if (query.owner) params.set(INBOX_PARAMS.owner, query.owner);
  if (query.olderThanDays) params.set(INBOX_PARAMS.olderThanDays, String(query.olderThanDays));
  if (query.search) params.set(INBOX_PARAMS.search, query.search);
  if (query.sort !== DEFAULT_INBOX_QUERY.sort) params.set(INBOX_PARAMS.sort, query.sort);
  if (query.cursor) params.set(INBOX_PARAMS.cursor, encodeCursor(query.cursor));
  return params;
}

/**
 * A link to `path` with this query, changed as given. Any change other than the cursor starts
 * again at the first page: a cursor belongs to the list it was made in.
 */
export function inboxHref(path: string, query: InboxQuery, changes: Partial<InboxQuery> = {}): string {
  const next = { ...query, cursor: null, ...changes };
  const search = inboxQueryToSearchParams(next).toString();
  return search ? `${path}?${search}` : path;
}

/** True when something narrows the list beyond the default (open requests); order and page aside. */
export function hasFilters(query: InboxQuery): boolean {
  return (
    query.status !== DEFAULT_INBOX_QUERY.status ||
    query.kind !== null ||
    query.sector !== null ||
    query.municipality !== null ||
    query.owner !== null ||
    query.olderThanDays !== null ||
    query.search !== ""
  );
}

/** The statuses a status filter stands for; null means all of them. */
export function statusesFor(filter: StatusFilter): readonly RequestStatus[] | null {
  if (filter === "alle") return null;
  if (filter === "open") return ["nieuw", "in_behandeling", "kennismaking_gepland"];
  return [filter];
}

/**
 * A search text as an ILIKE pattern that matches it anywhere, with the pattern characters the
 * person typed taken literally ("50%" finds "50%", not "50 and anything").
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Whole days since a request came in. */
export function ageInDays(createdAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 86_400_000));
}

/** When a request came in, as people say it: "vandaag", "gisteren", "3 dagen geleden". */
export function formatAge(days: number): string {
  if (days === 0) return "vandaag";
  return days === 1 ? "gisteren" : `${days} dagen geleden`;
}

const exportDateTimeParts = new Intl.DateTimeFormat("nl-NL", {
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "Europe/Amsterdam",
});

/** "dd-mm-jjjj hh:mm" in Dutch time: what Dutch Excel reads as a date and time. */
export function formatExportDateTime(moment: Date): string {
  const parts = exportDateTimeParts.formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("day")}-${part("month")}-${part("year")} ${part("hour")}:${part("minute")}`;
}
