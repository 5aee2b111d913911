/**
 * What is left of an employer and their requests once their personal data is erased (on request,
 * or when the retention period ends). The counts behind the figures stay: the request rows, their
 * kind, region, status, dates and outcome. Names, addresses, phone numbers, the form's answers and
 * every free text in the timeline go. Pure, so the rule is tested without a database.
 */

/** The answers that say nothing about a person and that the figures or routing explanation use. */
const KEPT_DETAIL_KEYS = ["topic", "groupSize"] as const;

export function anonymisedRequestDetails(details: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = { gewist: true };
  for (const key of KEPT_DETAIL_KEYS) if (details[key] !== undefined) kept[key] = details[key];
  return kept;
}

/** Timeline data keys that hold free text someone typed: messages and notes, which often name people. */
export const FREE_TEXT_EVENT_KEYS = ["message", "text"] as const;

export function anonymisedEventData(data: Record<string, unknown>): Record<string, unknown> {
  const kept = { ...data };
  for (const key of FREE_TEXT_EVENT_KEYS) if (key in kept) kept[key] = "(gewist)";
  return kept;
}

export const ERASED_COMPANY_NAME = "Gewiste werkgever";

/** The employer row keeps its id (requests point to it) and nothing that identifies anyone. */
export function erasedEmployer(id: string, now: Date) {
  return {
    companyName: ERASED_COMPANY_NAME,
    kvkNumber: null,
    contactName: "(gewist)",
    // The column is required and unique per address; this address can receive nothing.
    email: `gewist-${id}@opstap.invalid`,
    phone: null,
    possibleDuplicateOfId: null,
    erasedAt: now,
    updatedAt: now,
  };
}
