export const ORGANISATION_KINDS = ["wsp", "school"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SCHOOL_TYPES = ["pro", "vso"] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const SCHOOL_TYPE_LABELS: Record<SchoolType, string> = {
  pro: "praktijkonderwijs",
  vso: "voortgezet speciaal onderwijs",
};
