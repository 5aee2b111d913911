/**
 * Rules every organisation meets however it is entered: by the CSV import or in the back-office
 * form. Messages are fragments ("een school is pro of vso") so each place can frame them. Kept
 * apart from the CSV reader so forms can use them without its CSV parser.
 */
import type { ORGANISATION_KINDS, SCHOOL_TYPES } from "./organisations";

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
export const ORGANISATION_WEBSITE_PATTERN = /^https?:\/\/\S+$/;

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

/** Service-area codes that are not municipalities of the region (unknown codes included). */
export function municipalitiesOutsideRegion(codes: readonly string[], regionSlug: string, places: KnownPlaces): string[] {
  return codes.filter((code) => places.municipalityRegion.get(code) !== regionSlug);
}
