/**
 * Employers have no account: a private link (a long random token) is the key, and it is only ever
 * sent by email, so holding one proves the mailbox. Only a keyed hash of a link is stored. The
 * rules (which link opens what, and for how long) are pure, in `~/domain/employer-access`; the
 * reasons are in decision 016.
 */
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { isClosedStatus } from "~/domain/request-status";
import {
  emailChangeExpiry,
  type EmployerLinkScope,
  employerLinkExpiry,
  linkIsValid,
  looksLikeLinkToken,
} from "~/domain/employer-access";
import { type Database, type Queryable, type Transaction, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { queueEmail } from "~/lib/mailer.server";

/**
 * Keyed with the app's secret: a copy of the database alone cannot even test a guessed link. The
 * purpose keeps a hash of one kind of link from ever matching another.
 */
function linkHash(purpose: string, token: string): string {
  return createHmac("sha256", env().SESSION_SECRET).update(`${purpose}:${token}`).digest("hex");
}

function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * The address of the employer's page. With a reference, it opens at that request and marks it
 * (`?aanvraag=` for the page, `#aanvraag-…` for the browser): an employer link shows them all.
 */
export function trackingUrl(token: string, reference?: string): string {
  const at = reference ? `?aanvraag=${encodeURIComponent(reference)}#aanvraag-${encodeURIComponent(reference)}` : "";
  return `${env().APP_URL}/volgen/${token}${at}`;
}

/** A link to one request, for an email about that request to the employer. */
export async function newRequestLink(
  q: Queryable,
  link: { employerId: string; requestId: string },
  now: Date = new Date(),
): Promise<string> {
  const token = newToken();
  await q.insert(schema.employerAccessTokens).values({
    employerId: link.employerId,
    requestId: link.requestId,
    tokenHash: linkHash("volglink", token),
    createdAt: now,
  });
  return token;
}

/** A "mijn aanvragen" link. Earlier ones stop working: only the newest email opens everything. */
export async function newEmployerLink(q: Queryable, employerId: string, now: Date = new Date()): Promise<string> {
  const tokens = schema.employerAccessTokens;
  await q
    .update(tokens)
    .set({ revokedAt: now })
    .where(and(eq(tokens.employerId, employerId), isNull(tokens.requestId), isNull(tokens.revokedAt)));
  const token = newToken();
  await q.insert(tokens).values({ employerId, tokenHash: linkHash("volglink", token), expiresAt: employerLinkExpiry(now), createdAt: now });
  return token;
}

/** Every link of an employer stops working (a new address, an erasure, or staff who revoke them). */
export async function revokeEmployerLinks(q: Queryable, employerId: string, now: Date = new Date()): Promise<number> {
  const tokens = schema.employerAccessTokens;
  const revoked = await q
    .update(tokens)
    .set({ revokedAt: now })
    .where(and(eq(tokens.employerId, employerId), isNull(tokens.revokedAt)))
    .returning({ id: tokens.id });
  return revoked.length;
}

export type EmployerAccess = {
  employer: typeof schema.employers.$inferSelect;
  scope: EmployerLinkScope;
  /** The link's own id: rate limits count per link. */
  linkId: string;
};

/** What a link opens now, or null for a link that does not exist, ran out or was revoked. */
export async function employerAccess(db: Database, token: string, now: Date = new Date()): Promise<EmployerAccess | null> {
  if (!looksLikeLinkToken(token)) return null;
  const tokens = schema.employerAccessTokens;
  const [row] = await db
    .select({
      link: tokens,
      employer: schema.employers,
      requestStatus: schema.requests.status,
      requestClosedAt: schema.requests.closedAt,
    })
    .from(tokens)
    .innerJoin(schema.employers, eq(schema.employers.id, tokens.employerId))
    .leftJoin(schema.requests, eq(schema.requests.id, tokens.requestId))
    .where(eq(tokens.tokenHash, linkHash("volglink", token)));
  if (!row || row.employer.erasedAt) return null;
  const request =
    row.link.requestId && row.requestStatus
      ? { closed: isClosedStatus(row.requestStatus), closedAt: row.requestClosedAt }
      : null;
  if (!linkIsValid(row.link, request, now)) return null;
  await db.update(tokens).set({ lastUsedAt: now }).where(eq(tokens.id, row.link.id));
  return {
    employer: row.employer,
    scope: row.link.requestId ? { kind: "request", requestId: row.link.requestId } : { kind: "employer" },
    linkId: row.link.id,
  };
}

async function queueEmployerLink(
  tx: Transaction,
  employer: { id: string; email: string; contactName: string },
  now: Date,
  aboutReference?: string,
) {
  const token = await newEmployerLink(tx, employer.id, now);
  await queueEmail(tx, {
    template: "volglink",
    to: employer.email,
    idempotencyKey: `volglink/${randomUUID()}`,
    props: { contactName: employer.contactName, trackingUrl: trackingUrl(token, aboutReference) },
  });
}

/**
 * "Link kwijt?" and "stuur mij een link naar al mijn aanvragen": a new employer link, mailed to the
 * address stored on the employer; nothing (and no sign of it) for an unknown address.
 */
export async function sendEmployerLink(db: Database, email: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [employer] = await tx
      .select()
      .from(schema.employers)
      .where(and(eq(sql`lower(${schema.employers.email})`, email.trim().toLowerCase()), isNull(schema.employers.erasedAt)));
    if (employer) await queueEmployerLink(tx, employer, now);
  });
}

/** `aboutReference`: asked from that request's page, so the new link opens at it. */
export async function sendEmployerLinkToEmployer(
  db: Database,
  employerId: string,
  now: Date = new Date(),
  aboutReference?: string,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, employerId));
    if (employer && !employer.erasedAt) await queueEmployerLink(tx, employer, now, aboutReference);
  });
}

// ---------------------------------------------------------------------------------------------
// A new email address takes effect only through a link sent to that address.

/** "n•••@example.org": enough for the owner of the old address to recognise, not to copy. */
export function maskedAddress(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}

/**
 * Asks the new address to confirm, and tells the old one. The answer is the same for every
 * address: whether it belongs to another employer shows only to whoever opens that mailbox.
 */
export async function requestEmailChange(db: Database, employerId: string, newEmail: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, employerId));
    if (!employer || employer.erasedAt) return;
    if (employer.email.trim().toLowerCase() === newEmail.trim().toLowerCase()) return;
    const token = newToken();
    await tx.insert(schema.employerEmailChanges).values({
      employerId,
      newEmail: newEmail.trim(),
      tokenHash: linkHash("adres", token),
      expiresAt: emailChangeExpiry(now),
      createdAt: now,
    });
    await queueEmail(tx, {
      template: "adres-bevestigen",
      to: newEmail.trim(),
      idempotencyKey: `adres-bevestigen/${randomUUID()}`,
      props: { contactName: employer.contactName, companyName: employer.companyName, confirmUrl: `${env().APP_URL}/volgen/adres/${token}` },
    });
    await queueEmail(tx, {
      template: "adres-wijziging-gevraagd",
      to: employer.email,
      idempotencyKey: `adres-wijziging/${randomUUID()}`,
      props: { contactName: employer.contactName, newAddress: maskedAddress(newEmail.trim()) },
    });
  });
}

/** The pending change behind a confirmation link, for the page that asks to press the button. */
export async function pendingEmailChange(db: Database, token: string, now: Date = new Date()) {
  if (!looksLikeLinkToken(token)) return null;
  const changes = schema.employerEmailChanges;
  const [row] = await db.select().from(changes).where(eq(changes.tokenHash, linkHash("adres", token)));
  if (!row || row.confirmedAt || row.expiresAt <= now) return null;
  return row;
}

export type EmailChangeOutcome = { ok: true; merged: boolean } | { ok: false };

/**
 * The new mailbox confirmed. When that address already belongs to another employer, the person
 * has now proven both mailboxes, so the two become one employer (decision 016). Every earlier link
 * stops working and a fresh "mijn aanvragen" link goes to the new address.
 */
export async function confirmEmailChange(db: Database, token: string, now: Date = new Date()): Promise<EmailChangeOutcome> {
  const change = await pendingEmailChange(db, token, now);
  if (!change) return { ok: false };
  return db.transaction(async (tx) => {
    const changes = schema.employerEmailChanges;
    const claimed = await tx
      .update(changes)
      .set({ confirmedAt: now })
      .where(and(eq(changes.id, change.id), isNull(changes.confirmedAt)))
      .returning({ id: changes.id });
    if (claimed.length === 0) return { ok: false } as const;
    const employers = schema.employers;
    const [owner] = await tx
      .select()
      .from(employers)
      .where(and(eq(sql`lower(${employers.email})`, change.newEmail.toLowerCase()), isNull(employers.erasedAt)));
    let keptId = change.employerId;
    if (owner && owner.id !== change.employerId) {
      await mergeEmployers(tx, { keepId: owner.id, mergeId: change.employerId }, now);
      keptId = owner.id;
    } else {
      await tx.update(employers).set({ email: change.newEmail, updatedAt: now }).where(eq(employers.id, change.employerId));
      await copyContactToOpenRequests(tx, keptId, now);
    }
    await revokeEmployerLinks(tx, keptId, now);
    const [kept] = await tx.select().from(employers).where(eq(employers.id, keptId));
    if (kept) await queueEmployerLink(tx, kept, now);
    return { ok: true, merged: keptId !== change.employerId } as const;
  });
}

/**
 * Open requests carry the employer's current contact details, so the school's page and emails
 * show them; each gets a line in its timeline. Emails already sent keep the old details.
 */
export async function copyContactToOpenRequests(tx: Transaction, employerId: string, now: Date) {
  const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, employerId));
  if (!employer) return;
  const open = await tx
    .select({ id: schema.requests.id, status: schema.requests.status })
    .from(schema.requests)
    .where(eq(schema.requests.employerId, employerId));
  const openIds = open.filter((r) => !isClosedStatus(r.status)).map((r) => r.id);
  if (openIds.length === 0) return;
  const contact = { contactName: employer.contactName, email: employer.email, phone: employer.phone };
  await tx
    .update(schema.requests)
    .set({ details: sql`${schema.requests.details} || ${JSON.stringify(contact)}::jsonb`, updatedAt: now })
    .where(inArray(schema.requests.id, openIds));
  await tx.insert(schema.requestEvents).values(
    openIds.map((requestId) => ({ requestId, type: "contactgegevens_gewijzigd" as const, actor: "werkgever", data: {}, createdAt: now })),
  );
}

/**
 * Two employer records become one: requests, links and pending changes move to the kept record,
 * and the other is removed. Used when a person proves both mailboxes, and by staff for a possible
 * duplicate (same KvK number).
 */
export async function mergeEmployers(tx: Transaction, ids: { keepId: string; mergeId: string }, now: Date) {
  const { keepId, mergeId } = ids;
  await tx.update(schema.requests).set({ employerId: keepId, updatedAt: now }).where(eq(schema.requests.employerId, mergeId));
  await tx.update(schema.employerAccessTokens).set({ employerId: keepId }).where(eq(schema.employerAccessTokens.employerId, mergeId));
  await tx.update(schema.employerEmailChanges).set({ employerId: keepId }).where(eq(schema.employerEmailChanges.employerId, mergeId));
  await tx
    .update(schema.employers)
    .set({ possibleDuplicateOfId: null })
    .where(eq(schema.employers.possibleDuplicateOfId, mergeId));
  await tx.delete(schema.employers).where(eq(schema.employers.id, mergeId));
  await tx.update(schema.employers).set({ updatedAt: now }).where(eq(schema.employers.id, keepId));
}
