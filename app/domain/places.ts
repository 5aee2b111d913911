/**
 * Which municipality a request belongs to. A PC4 lies in one municipality almost always; where it
 * really spans a border (the second municipality has at least 10% of its addresses) the employer
 * is asked, because the municipality decides the region, the WSP and the schools.
 */
export const SECOND_MUNICIPALITY_SHARE = 0.1;

export interface PlaceOption {
  municipalityCode: string;
  municipalityName: string;
  /** Share of the PC4's addresses in this municipality, 0–1. */
  share: number;
}

export type PlaceResolution<P extends PlaceOption> =
  | { kind: "unknown" }
  | { kind: "resolved"; place: P }
  | { kind: "ask"; options: P[] };

/** `places` is every municipality of one PC4, largest share first. */
export function resolvePlace<P extends PlaceOption>(places: readonly P[], chosenMunicipality?: string): PlaceResolution<P> {
  const [first, second] = places;
  if (!first) return { kind: "unknown" };
  const chosen = chosenMunicipality ? places.find((p) => p.municipalityCode === chosenMunicipality) : undefined;
  if (chosen) return { kind: "resolved", place: chosen };
  if (second && second.share >= SECOND_MUNICIPALITY_SHARE) {
    return { kind: "ask", options: places.filter((p) => p.share >= SECOND_MUNICIPALITY_SHARE) };
  }
  return { kind: "resolved", place: first };
}
