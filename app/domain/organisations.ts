export const ORGANISATION_KINDS = ["wsp", "school"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const SCHOOL_TYPES = ["pro", "vso"] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const SCHOOL_TYPE_LABELS: Record<SchoolType, string> = {
  pro: "praktijkonderwijs",
  vso: "voortgezet speciaal onderwijs",
};

/**
 * How a sentence names a WSP: "het werkgeversservicepunt Regio X", or just its name when the name
 * already says what it is ("Werkgeversservicepunt Midden-Utrecht"), so it is never said twice.
 */
export function wspPhrase(name: string, sentenceStart = false): string {
  if (/^(werkgeversservicepunt|wsp)\b/i.test(name.trim())) return name;
  return `${sentenceStart ? "Het" : "het"} werkgeversservicepunt ${name}`;
}
