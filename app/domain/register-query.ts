/**
 * The register's list as a URL: search, filters and the lists that make staff act ("slapend",
 * free places without a pupil, contacted by more than one school, check-in answers waiting).
 * The page and its CSV export read the same query. Anything that makes no sense falls back to
 * its default, so a mangled link shows the register, never an error.
 */
import { REGISTER_OFFER_VALUES, REGISTER_STATUS_VALUES, type RegisterOffer, type RegisterStatus } from "./register";

export const REGISTER_PAGE_SIZE = 25;
export const REGISTER_EXPORT_LIMIT = 10_000;

export const REGISTER_LISTS = [
  { value: "slapend", label: "Slapende werkgevers (lang geen contact)" },
  { value: "vrije-plek", label: "Plek vrij, nog geen leerling geplaatst" },
  { value: "meer-scholen", label: "Benaderd door meer dan één school" },
  { value: "antwoorden", label: "Antwoorden op check-ins die wachten" },
] as const;
export type RegisterList = (typeof REGISTER_LISTS)[number]["value"];

/** "Benaderd door meer dan één school" looks back this many months. */
export const SEVERAL_SCHOOLS_MONTHS = 3;

export interface RegisterQuery {
  search: string;
  status: RegisterStatus | null;
  offer: RegisterOffer | null;
  list: RegisterList | null;
  page: number;
}

export const DEFAULT_REGISTER_QUERY: RegisterQuery = { search: "", status: null, offer: null, list: null, page: 1 };

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

export function parseRegisterQuery(params: URLSearchParams): RegisterQuery {
  // PostgreSQL refuses NUL in text; nothing we store has one.
  const search = (params.get("zoek") ?? "").split("\u0000").join("").trim().slice(0, 100);
  const page = Number.parseInt(params.get("pagina") ?? "1", 10);
  return {
    search,
    status: oneOf(REGISTER_STATUS_VALUES, params.get("status")),
    offer: oneOf(REGISTER_OFFER_VALUES, params.get("aanbod")),
    list: oneOf(
      REGISTER_LISTS.map((l) => l.value),
      params.get("lijst"),
    ),
    page: Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}

/** The query back as URL parameters (defaults left out), for links and the export. */
export function registerQueryParams(query: RegisterQuery, overrides: Partial<RegisterQuery> = {}): URLSearchParams {
  const q = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (q.search) params.set("zoek", q.search);
  if (q.status) params.set("status", q.status);
  if (q.offer) params.set("aanbod", q.offer);
  if (q.list) params.set("lijst", q.list);
  if (q.page > 1) params.set("pagina", String(q.page));
  return params;
}

/** Made once, not per row: building a formatter costs far more than using it. */
const monthAndYear = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

/** "Sinds maart 2026": since when an organisation is in contact, in words. */
export function sinceLabel(isoDate: string): string {
  const label = monthAndYear.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
  return `sinds ${label}`;
}
