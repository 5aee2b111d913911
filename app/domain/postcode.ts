/**
 * Employers type postcodes in every shape: "3511 AB", "3511ab", " 3511 ". Routing needs only the
 * four digits (PC4); the letters are accepted and dropped.
 */
const POSTCODE_PATTERN = /^([1-9][0-9]{3})\s*([a-zA-Z]{2})?$/;

export function toPc4(input: string): string | null {
  const match = POSTCODE_PATTERN.exec(input.trim());
  return match?.[1] ?? null;
}
