/** Public request references: OP-<year>-<six digits>, easy to read out on the phone. */
export function formatReference(year: number, sequence: number): string {
  return `OP-${year}-${String(sequence).padStart(6, "0")}`;
}

const REFERENCE_PATTERN = /^OP-(\d{4})-(\d{6,})$/;

export function isReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}

/** The first year Opstap numbered requests; a number searched alone is looked for from here on. */
const FIRST_REFERENCE_YEAR = 2024;

/**
 * The references a search text can name, for an exact match on the unique index (decision 033):
 * the whole reference in any case ("op-2026-000123"), without "OP-" ("2026-000123"), or the number
 * alone ("000123", "123"). The number is unique across years (one sequence), so alone it is looked
 * for in every year up to `currentYear` + 1 (the Dutch year starts before UTC's). Empty when the
 * text is no reference. A piece of a number ("0001") finds nothing: people read a reference out
 * or copy it whole.
 */
export function referencesFor(search: string, currentYear: number): string[] {
  const match = /^(?:(?:OP-?)?(\d{4})-(\d{1,9})|(\d{1,9}))$/i.exec(search.trim());
  if (!match) return [];
  const sequence = Number(match[2] ?? match[3]);
  if (sequence === 0) return [];
  if (match[1]) return [formatReference(Number(match[1]), sequence)];
  const years = Array.from({ length: Math.max(0, currentYear + 1 - FIRST_REFERENCE_YEAR + 1) }, (_, i) => FIRST_REFERENCE_YEAR + i);
  return years.map((year) => formatReference(year, sequence));
}
