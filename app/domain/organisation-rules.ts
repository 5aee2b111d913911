/**
 * Rules every organisation meets however it is entered: by the CSV import or in the back-office
 * form. Messages are fragments ("een school is pro of vso") so each place can frame them. Kept
 * apart from the CSV reader so forms can use them without its CSV parser.
 */
import type { ORGANISATION_KINDS, OrganisationKind, SCHOOL_TYPES } from "./organisations";

/** The kinds as a sentence names them: "school Praktijkschool De Brug toegevoegd". */
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  wsp: "werkgeversservicepunt",
  school: "school",
};

export interface OrganisationRow {
  slug: string;
  kind: (typeof ORGANISATION_KINDS)[number];
  name: string;
  regionSlug: string;
  schoolType: (typeof SCHOOL_TYPES)[number] | null;
  sectors: string[];
  takesProefplaatsing: boolean;
  offersGroepsstage: boolean;
  groepsstageMinSize: number | null;
  groepsstageMaxSize: number | null;
  capacityPerSchoolYear: number | null;
  /** Municipality codes; the whole region when the CSV says "regio". */
  serviceArea: string[];
  contactEmail: string;
  contactPhone: string | null;
  website: string | null;
  active: boolean;
}

export interface KnownPlaces {
  regionSlugs: ReadonlySet<string>;
  municipalitiesByRegion: ReadonlyMap<string, readonly string[]>;
  municipalityRegion: ReadonlyMap<string, string>;
}

export const ORGANISATION_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ORGANISATION_WEBSITE_MAX_LENGTH = 300;

/** What the form and the import say about a website that is not one. */
export const ORGANISATION_WEBSITE_RULE = "vul een webadres in dat begint met https://, zoals https://www.school.nl";

/** A host name as the public web has them: labels with dots between, ending in a top-level domain. */
const PUBLIC_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/;

/**
 * Whether a website may be shown to staff as a link: https only (an http link would send them to
 * an unprotected page) and a real host name with a dot, so "https://school" or "https://x" from a
 * half-filled cell is refused. `URL` turns "https:school.nl" into a valid address, so the text
 * itself must start with "https://" too.
 */
export function isOrganisationWebsite(value: string): boolean {
  if (value.length > ORGANISATION_WEBSITE_MAX_LENGTH || !/^https:\/\/\S+$/i.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === "https:" && url.username === "" && url.password === "" && PUBLIC_HOST.test(url.hostname);
}

export interface OrganisationProblem {
  field: "schoolType" | "groepsstageMinSize" | "groepsstageMaxSize";
  message: string;
}

export function organisationProblems(o: {
  kind: OrganisationRow["kind"];
  schoolType: string | null;
  offersGroepsstage: boolean;
  groepsstageMinSize: number | null;
  groepsstageMaxSize: number | null;
}): OrganisationProblem[] {
  const problems: OrganisationProblem[] = [];
  if (o.kind === "school" && !o.schoolType) problems.push({ field: "schoolType", message: "een school is pro of vso" });
  if (o.kind === "wsp" && o.schoolType) problems.push({ field: "schoolType", message: "laat leeg voor een wsp" });
  if (o.kind === "school" && o.offersGroepsstage && (o.groepsstageMinSize === null || o.groepsstageMaxSize === null)) {
    problems.push({
      field: "groepsstageMinSize",
      message: "vul de kleinste en grootste groep in als de school groepsstages doet",
    });
  }
  if (o.groepsstageMinSize !== null && o.groepsstageMaxSize !== null && o.groepsstageMinSize > o.groepsstageMaxSize) {
    problems.push({ field: "groepsstageMaxSize", message: "de grootste groep is kleiner dan de kleinste" });
  }
  return problems;
}

/**
 * Service-area codes that are not municipalities of the region (unknown codes included). A
 * school's and a WSP's service area lie in their own region, whether entered in the form or the
 * CSV: the region's WSP follows its schools, and routing looks for schools by the requests'
 * municipality. (The demo data has no school serving across a region border.)
 */
export function municipalitiesOutsideRegion(codes: readonly string[], regionSlug: string, places: KnownPlaces): string[] {
  return codes.filter((code) => places.municipalityRegion.get(code) !== regionSlug);
}

/** An organisation as the administrators' form and the import give it, before it is stored. */
export type OrganisationDetails = Omit<OrganisationRow, "slug" | "active">;
export type NewOrganisation = OrganisationDetails & { slug: string; active: boolean };

/** The outcome of an import in words, for the import page and the audit log: "2 organisaties toegevoegd, 0 bijgewerkt". */
export function importOutcome(created: number, updated: number): string {
  return `${created} ${created === 1 ? "organisatie" : "organisaties"} toegevoegd, ${updated} bijgewerkt`;
}
