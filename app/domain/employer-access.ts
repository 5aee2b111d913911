/**
 * Who may open what with an employer's private link, and for how long. Pure: the database side is
 * `app/models/employer-access.server.ts`. Why it works this way: decision 016.
 *
 * - A request link opens that one request. It is sent with every email about the request, to the
 *   address the request was sent from, so holding it proves that mailbox.
 * - An employer link ("mijn aanvragen") opens every request of the employer and their data
 *   (export, erasure). It is only ever emailed to the address stored on the employer; a new one
 *   replaces the old one.
 * - Nothing is shown on screen to whoever submitted a form: anybody can type any address.
 */

export type EmployerLinkScope = { kind: "request"; requestId: string } | { kind: "employer" };

/** A request link keeps working this long after its request closed (withdrawn, placed, no match). */
export const REQUEST_LINK_DAYS_AFTER_CLOSE = 90;
/** An employer link ("mijn aanvragen") works this long after it was sent. */
export const EMPLOYER_LINK_DAYS = 14;
/** A new email address must be confirmed within this time. */
export const EMAIL_CHANGE_HOURS = 24;

const DAY_MS = 24 * 3600 * 1000;

export interface StoredLink {
  createdAt: Date;
  revokedAt: Date | null;
  /** Employer links only: a fixed end. */
  expiresAt: Date | null;
}

export interface LinkedRequest {
  closed: boolean;
  /** When the request closed; the last change stands in for requests closed before this was kept. */
  closedAt: Date | null;
}

/**
 * Whether a stored link still opens anything at `now`. A request link of an open request never
 * runs out: the employer may wait weeks for a school.
 */
export function linkIsValid(link: StoredLink, request: LinkedRequest | null, now: Date): boolean {
  if (link.revokedAt && link.revokedAt <= now) return false;
  if (link.expiresAt && link.expiresAt <= now) return false;
  if (request?.closed) {
    const closedAt = request.closedAt ?? link.createdAt;
    if (closedAt.getTime() + REQUEST_LINK_DAYS_AFTER_CLOSE * DAY_MS <= now.getTime()) return false;
  }
  return true;
}

export function employerLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + EMPLOYER_LINK_DAYS * DAY_MS);
}

export function emailChangeExpiry(now: Date): Date {
  return new Date(now.getTime() + EMAIL_CHANGE_HOURS * 3600 * 1000);
}

/** Links are 32 random bytes in base64url; anything else is not worth a database look-up. */
export function looksLikeLinkToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{40,50}$/.test(token);
}
