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
 * Emails that carry a way in (a sign-in code or link, an invite link). Once the provider has
 * them, the outbox keeps no copy, so a copy of the database lets nobody in. The dev mailbox
 * keeps them: there the outbox row is the only place the email can be read.
 */
export const CREDENTIAL_TEMPLATES: readonly string[] = ["inlogcode", "uitnodiging"];

export const REDACTED = "(verwijderd na verzending: deze e-mail bevatte een inlogcode of uitnodigingslink)";
