/**
 * Employers have no account: a private link (a long random token) opens their tracking page.
 * Only the token's SHA-256 is stored. "Link kwijt?" mails a fresh link, and answers the same
 * whether or not the address is known.
 */
import { createHash, randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { queueEmail } from "~/lib/mailer.server";

function hash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function trackingUrl(token: string): string {
  return `${env().APP_URL}/volgen/${token}`;
}

export async function newTrackingToken(q: Queryable, employerId: string, now: Date = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await q.insert(schema.employerAccessTokens).values({ employerId, tokenHash: hash(token), createdAt: now });
  return token;
}

/** The employer a tracking link belongs to, or null for a link that does not exist. */
export async function employerByToken(db: Database, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const [row] = await db
    .select({ employer: schema.employers, tokenId: schema.employerAccessTokens.id })
    .from(schema.employerAccessTokens)
    .innerJoin(schema.employers, eq(schema.employers.id, schema.employerAccessTokens.employerId))
    .where(eq(schema.employerAccessTokens.tokenHash, hash(token)));
  if (!row) return null;
  await db
    .update(schema.employerAccessTokens)
    .set({ lastUsedAt: new Date() })
    .where(eq(schema.employerAccessTokens.id, row.tokenId));
  return row.employer;
}

/** "Link kwijt?": a new link to a known address; nothing (and no sign of it) otherwise. */
export async function sendTrackingLinkAgain(db: Database, email: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [employer] = await tx
      .select()
      .from(schema.employers)
      .where(eq(sql`lower(${schema.employers.email})`, email.trim().toLowerCase()));
    if (!employer) return;
    const token = await newTrackingToken(tx, employer.id, now);
    await queueEmail(tx, {
      template: "volglink",
      to: employer.email,
      idempotencyKey: `volglink/${hash(token)}`,
      props: { contactName: employer.contactName, trackingUrl: trackingUrl(token) },
    });
  });
}
