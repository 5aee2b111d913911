/**
 * The answer of an organisation that was handed a request. "withdrawn": the employer withdrew it;
 * "returned": the school handed it back to the WSP; "reassigned": the WSP gave it to another school.
 */
export const ASSIGNMENT_STATUSES = ["open", "accepted", "declined", "expired", "withdrawn", "returned", "reassigned"] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/** Statuses that count towards a school's load: it has the request, or took it on. */
export const LOAD_STATUSES: readonly AssignmentStatus[] = ["open", "accepted"];

export const DECLINE_REASONS = [
  { value: "geen-plek", label: "We hebben nu geen leerling die past" },
  { value: "te-ver", label: "Het bedrijf is te ver weg voor onze leerlingen" },
  { value: "werk-past-niet", label: "Het werk past niet bij onze leerlingen" },
  { value: "anders", label: "Een andere reden" },
] as const;

/**
 * The school year runs from 1 August to 31 July; capacity is counted per school year.
 * Returns the start of the school year a moment falls in (midnight UTC is close enough).
 */
export function schoolYearStart(moment: Date): Date {
  const year = moment.getUTCMonth() >= 7 ? moment.getUTCFullYear() : moment.getUTCFullYear() - 1;
  return new Date(Date.UTC(year, 7, 1));
}
