/** Public request references: OP-<year>-<six digits>, easy to read out on the phone. */
export function formatReference(year: number, sequence: number): string {
  return `OP-${year}-${String(sequence).padStart(6, "0")}`;
}

const REFERENCE_PATTERN = /^OP-(\d{4})-(\d{6,})$/;

export function isReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}
