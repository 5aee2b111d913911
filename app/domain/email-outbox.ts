/** The life of one outbox email, and when to try again after a failed attempt. */
export const EMAIL_STATUSES = ["pending", "sending", "sent", "failed"] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** After this many failed attempts an email is marked failed and waits for a person. */
export const MAX_DELIVERY_ATTEMPTS = 8;

/**
 * Exponential backoff with a ceiling: 30 s, 1 min, 2 min, … up to 1 hour. The jitter keeps a
 * batch that failed together (provider outage) from retrying in lockstep.
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const base = 30_000 * 2 ** Math.max(0, failedAttempts - 1);
  const capped = Math.min(base, 60 * 60_000);
  return Math.round(capped * (0.8 + 0.4 * random()));
}

export function statusAfterFailure(failedAttempts: number): EmailStatus {
  return failedAttempts >= MAX_DELIVERY_ATTEMPTS ? "failed" : "pending";
}

/**
 * Emails that carry no way in: no sign-in code, no invite link and no `/volgen` or `/reactie`
 * link (staff are sent to the back office, where they sign in). Every other template carries
 * one, and once the provider has it the outbox keeps no copy of its body, so a copy of the
 * database (and of DATA_KEY) lets nobody in. A new template counts as carrying a way in until it
 * is added here. The dev mailbox keeps every body: there the outbox row is the only place the
 * email can be read.
 */
export const TEMPLATES_WITHOUT_A_WAY_IN: readonly string[] = [
  "nieuwe-aanvraag-wsp",
  "bericht-van-werkgever",
  "aanvraag-elders",
  "herinnering",
  "dagoverzicht",
];

export function carriesAWayIn(template: string): boolean {
  return !TEMPLATES_WITHOUT_A_WAY_IN.includes(template);
}

/** The sign-in code used to be in the subject; its subject goes too. */
export const SUBJECT_REDACTED_TEMPLATES: readonly string[] = ["inlogcode"];

export const REDACTED = "(verwijderd na verzending: deze e-mail bevatte een link of code die toegang geeft)";
export const PURGED = "(verwijderd na de bewaartermijn)";

/**
 * Whether a refused send may succeed later. Rate limits, server errors, network trouble and a
 * time-out may; so may Resend's 409 `concurrent_idempotent_requests` (an earlier send with the
 * same key is still being handled: asking again later gets its answer). Anything else (an
 * invalid address, a key reused with another body) will not.
 */
export function isRetryableSendError(status: number | null, name: string | null | undefined): boolean {
  if (status === null || status === 429 || status >= 500) return true;
  return status === 409 && name === "concurrent_idempotent_requests";
}
