/**
 * Arbeidsmarktregio's are keyed by a slug of their CBS name: CBS's own AM-codes are not in the
 * source data, and names differ between sources ("Groot Amsterdam" vs "Groot-Amsterdam").
 */
export function regionSlug(cbsName: string): string {
  return cbsName
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
