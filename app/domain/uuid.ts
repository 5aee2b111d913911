/**
 * Whether a value from a URL or a form is a UUID as PostgreSQL reads one: 8-4-4-4-12 hex digits,
 * either case. Ids from outside go through this before they reach a query, since the database
 * throws on a malformed uuid and a crafted link would then give an error page instead of "not found".
 */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID_PATTERN.test(value);
}
