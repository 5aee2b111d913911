/**
 * Signing staff in without a password. A sign-in emails a 6-digit code and a link; both are
 * valid for 15 minutes and once. Only keyed hashes (HMAC with SESSION_SECRET) are stored, so a
 * copy of the database lets nobody in. Sessions are rows, so they can be revoked.
 */
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { formatDeadline } from "~/domain/dates";
import {
  INVITE_DAYS,
  SIGN_IN_CODE_MINUTES,
  SIGN_IN_MAX_ATTEMPTS,
  STAFF_ROLE_LABELS,
  roleOrganisationProblem,
  type StaffRole,
  sessionValidUntil,
} from "~/domain/staff";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { runAfterAnswer } from "~/lib/background.server";
import { queueEmail } from "~/lib/mailer.server";
import { allowHit } from "./rate-limit.server";

export function keyedHash(purpose: string, value: string): string {
  return createHmac("sha256", env().SESSION_SECRET).update(`${purpose}:${value}`).digest("hex");
}

function newToken(): string {
  return randomBytes(32).toString("base64url");
}

const sameEmail = (column: typeof schema.staffMembers.email, email: string) => sql`lower(${column}) = lower(${email})`;

export async function staffMemberByEmail(q: Queryable, email: string) {
  const [member] = await q.select().from(schema.staffMembers).where(sameEmail(schema.staffMembers.email, email.trim()));
  return member ?? null;
}

/** Sign-in attempts per address and per IP address per 15 minutes. */
const PER_EMAIL = { max: 5, windowSeconds: 15 * 60 };
const PER_IP = { max: 20, windowSeconds: 15 * 60 };
/**
 * Typed codes per address, across challenges and IP addresses: at most 30 guesses a day at a
 * million codes, so spreading an attack over many addresses of one's own gains nothing.
 */
const CODES_PER_EMAIL = { max: 10, windowSeconds: 15 * 60 };
const CODES_PER_EMAIL_PER_DAY = { max: 30, windowSeconds: 24 * 3600 };

export type StartSignIn = { ok: true } | { ok: false; reason: "te_vaak" };

/**
 * Emails a code and a link to an active staff member. The answer is the same whether or not the
 * address is known, so the form does not tell who works here.
 */
export async function startSignIn(db: Database, email: string, ip: string, now: Date = new Date()): Promise<StartSignIn> {
  const normalised = email.trim().toLowerCase();
  const [byEmail, byIp] = await Promise.all([
    allowHit(db, `inloggen:email:${normalised}`, PER_EMAIL, now),
    allowHit(db, `inloggen:ip:${ip}`, PER_IP, now),
  ]);
  if (env().RATE_LIMIT === "on" && (!byEmail || !byIp)) return { ok: false, reason: "te_vaak" };
  // Known or not, the answer is the same and leaves before the look-up, so its timing tells nothing.
  runAfterAnswer("inloggen", async () => {
    const member = await staffMemberByEmail(db, normalised);
    if (member?.active) await db.transaction((tx) => sendSignInCode(tx, member, now));
  });
  return { ok: true };
}

/** Creates a challenge and queues the email with its code and link. */
export async function sendSignInCode(tx: Queryable, member: { id: string; email: string; name: string }, now: Date) {
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const linkToken = newToken();
  const [challenge] = await tx
    .insert(schema.signInChallenges)
    .values({
      staffMemberId: member.id,
      codeHash: "pending",
      linkTokenHash: keyedHash("inloglink", linkToken),
      expiresAt: new Date(now.getTime() + SIGN_IN_CODE_MINUTES * 60_000),
      createdAt: now,
    })
    .returning({ id: schema.signInChallenges.id });
  // The code is hashed with its challenge id, so equal codes of two sign-ins hash differently.
  await tx
    .update(schema.signInChallenges)
    .set({ codeHash: keyedHash(`inlogcode:${challenge!.id}`, code) })
    .where(eq(schema.signInChallenges.id, challenge!.id));
  await queueEmail(tx, {
    template: "inlogcode",
    to: member.email,
    idempotencyKey: `inloggen/${challenge!.id}`,
    props: { name: member.name, code, signInUrl: `${env().APP_URL}/inloggen/link/${linkToken}`, validMinutes: SIGN_IN_CODE_MINUTES },
  });
}

/** An id no row has, for queries that must run but find nothing. */
const NOBODY = "00000000-0000-0000-0000-000000000000";

export type SignInResult = { ok: true; sessionToken: string; staffMemberId: string } | { ok: false; reason: "ongeldig" | "te_vaak" };

async function openSession(q: Queryable, staffMemberId: string, userAgent: string | null, now: Date) {
  const sessionToken = newToken();
  await q.insert(schema.staffSessions).values({
    staffMemberId,
    tokenHash: keyedHash("sessie", sessionToken),
    userAgent: userAgent?.slice(0, 300) ?? null,
    createdAt: now,
    lastSeenAt: now,
  });
  await q.update(schema.staffMembers).set({ lastSignInAt: now }).where(eq(schema.staffMembers.id, staffMemberId));
  return sessionToken;
}

/** Checks a typed code against the newest open sign-in of that address. */
export async function signInWithCode(
  db: Database,
  email: string,
  code: string,
  userAgent: string | null,
  ip: string,
  now: Date = new Date(),
): Promise<SignInResult> {
  if (env().RATE_LIMIT === "on") {
    const address = email.trim().toLowerCase();
    const allowed = await Promise.all([
      allowHit(db, `code:ip:${ip}`, PER_IP, now),
      allowHit(db, `code:email:${address}`, CODES_PER_EMAIL, now),
      allowHit(db, `code:email-dag:${address}`, CODES_PER_EMAIL_PER_DAY, now),
    ]);
    if (allowed.includes(false)) return { ok: false, reason: "te_vaak" };
  }
  return db.transaction(async (tx) => {
    const member = await staffMemberByEmail(tx, email);
    const challenges = schema.signInChallenges;
    // Known or not, the same queries run (a look-up and an update), so the time to answer does
    // not tell whether the address is known; for an unknown one they match no row.
    const [challenge] = await tx
      .select()
      .from(challenges)
      .where(and(eq(challenges.staffMemberId, member?.active ? member.id : NOBODY), isNull(challenges.usedAt), gt(challenges.expiresAt, now)))
      .orderBy(desc(challenges.createdAt))
      .limit(1)
      .for("update");
    // A used-up challenge answers like a wrong code: an unknown address must read the same.
    if (!member?.active || !challenge || challenge.failedAttempts >= SIGN_IN_MAX_ATTEMPTS) {
      await tx.update(challenges).set({ failedAttempts: sql`${challenges.failedAttempts} + 1` }).where(eq(challenges.id, challenge?.id ?? NOBODY));
      return { ok: false, reason: "ongeldig" } as const;
    }
    const expected = Buffer.from(challenge.codeHash, "hex");
    const given = Buffer.from(keyedHash(`inlogcode:${challenge.id}`, code.trim()), "hex");
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      await tx.update(challenges).set({ failedAttempts: challenge.failedAttempts + 1 }).where(eq(challenges.id, challenge.id));
      return { ok: false, reason: "ongeldig" } as const;
    }
    await tx.update(challenges).set({ usedAt: now }).where(eq(challenges.id, challenge.id));
    return { ok: true, sessionToken: await openSession(tx, member.id, userAgent, now), staffMemberId: member.id } as const;
  });
}

/** The link in the sign-in email: valid once, within its 15 minutes. */
export async function signInWithLink(db: Database, linkToken: string, userAgent: string | null, now: Date = new Date()): Promise<SignInResult> {
  return db.transaction(async (tx) => {
    const challenges = schema.signInChallenges;
    const [row] = await tx
      .select({ challenge: challenges, member: schema.staffMembers })
      .from(challenges)
      .innerJoin(schema.staffMembers, eq(schema.staffMembers.id, challenges.staffMemberId))
      .where(eq(challenges.linkTokenHash, keyedHash("inloglink", linkToken)))
      .for("update", { of: challenges });
    if (!row || row.challenge.usedAt || row.challenge.expiresAt <= now || !row.member.active) {
      return { ok: false, reason: "ongeldig" } as const;
    }
    await tx.update(challenges).set({ usedAt: now }).where(eq(challenges.id, row.challenge.id));
    return { ok: true, sessionToken: await openSession(tx, row.member.id, userAgent, now), staffMemberId: row.member.id } as const;
  });
}

/** Updates "last seen" at most once a minute, so every page view is not a write. */
const TOUCH_AFTER_MS = 60_000;

function sessionQuery(db: Database) {
  const sessions = schema.staffSessions;
  return db
    .select({ session: sessions, member: schema.staffMembers, organisation: schema.organisations })
    .from(sessions)
    .innerJoin(schema.staffMembers, eq(schema.staffMembers.id, sessions.staffMemberId))
    .leftJoin(schema.organisations, eq(schema.organisations.id, schema.staffMembers.organisationId))
    .where(eq(sessions.tokenHash, sql.placeholder("tokenHash")))
    .prepare("staff_for_session");
}

/**
 * Built once per connection: every back-office page asks, and building a select of three whole
 * tables in drizzle cost more CPU than PostgreSQL's answer (docs/performance.md).
 */
const sessionQueries = new WeakMap<Database, ReturnType<typeof sessionQuery>>();

/** The person behind a session cookie, with their organisation; null when the session is over. */
export async function staffForSession(db: Database, sessionToken: string, now: Date = new Date()) {
  const sessions = schema.staffSessions;
  let query = sessionQueries.get(db);
  if (!query) sessionQueries.set(db, (query = sessionQuery(db)));
  const [row] = await query.execute({ tokenHash: keyedHash("sessie", sessionToken) });
  if (!row || row.session.revokedAt || !row.member.active) return null;
  if (sessionValidUntil(row.session) <= now) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session.id));
  }
  return { sessionId: row.session.id, member: row.member, organisation: row.organisation };
}

export async function signOut(db: Database, sessionToken: string, now: Date = new Date()) {
  await db
    .update(schema.staffSessions)
    .set({ revokedAt: now })
    .where(eq(schema.staffSessions.tokenHash, keyedHash("sessie", sessionToken)));
}

/** Ends every session of a person: "overal uitloggen", and when an administrator blocks someone. */
export async function signOutEverywhere(q: Queryable, staffMemberId: string, now: Date = new Date()) {
  await q
    .update(schema.staffSessions)
    .set({ revokedAt: now })
    .where(and(eq(schema.staffSessions.staffMemberId, staffMemberId), isNull(schema.staffSessions.revokedAt)));
}

export interface InviteInput {
  email: string;
  name: string;
  role: StaffRole;
  organisationId: string | null;
}

/** Creates an invite and queues its email. The link is valid for INVITE_DAYS days. */
export async function createInvite(
  db: Database,
  invitedBy: { id: string; name: string },
  input: InviteInput,
  now: Date = new Date(),
): Promise<{ ok: true; inviteId: string } | { ok: false; reason: "bestaat_al" }> {
  return db.transaction(async (tx) => {
    const existing = await staffMemberByEmail(tx, input.email);
    if (existing) return { ok: false, reason: "bestaat_al" } as const;
    const token = newToken();
    const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86400_000);
    const [invite] = await tx
      .insert(schema.staffInvites)
      .values({ ...input, email: input.email.trim(), tokenHash: keyedHash("uitnodiging", token), invitedById: invitedBy.id, expiresAt, createdAt: now })
      .returning({ id: schema.staffInvites.id });
    const organisation = input.organisationId
      ? (await tx.select({ name: schema.organisations.name }).from(schema.organisations).where(eq(schema.organisations.id, input.organisationId)))[0]
      : undefined;
    await queueEmail(tx, {
      template: "uitnodiging",
      to: input.email.trim(),
      idempotencyKey: `uitnodiging/${invite!.id}`,
      props: {
        name: input.name,
        invitedBy: invitedBy.name,
        organisationName: organisation?.name ?? null,
        roleLabel: STAFF_ROLE_LABELS[input.role],
        acceptUrl: `${env().APP_URL}/uitnodiging/${token}`,
        validUntil: formatDeadline(expiresAt),
      },
    });
    return { ok: true, inviteId: invite!.id } as const;
  });
}

export async function inviteByToken(q: Queryable, token: string, now: Date = new Date()) {
  const [row] = await q
    .select({ invite: schema.staffInvites, organisation: schema.organisations })
    .from(schema.staffInvites)
    .leftJoin(schema.organisations, eq(schema.organisations.id, schema.staffInvites.organisationId))
    .where(eq(schema.staffInvites.tokenHash, keyedHash("uitnodiging", token)));
  if (!row) return null;
  const { invite } = row;
  const state = invite.acceptedAt ? "aangenomen" : invite.revokedAt ? "ingetrokken" : invite.expiresAt <= now ? "verlopen" : "open";
  return { ...row, state } as const;
}

/**
 * Accepting an invite creates the person and emails a sign-in code straight away: opening the
 * link proves nothing yet, the code proves the address is theirs.
 */
export async function acceptInvite(db: Database, token: string, now: Date = new Date()): Promise<{ ok: true; email: string } | { ok: false }> {
  return db.transaction(async (tx) => {
    const found = await inviteByToken(tx, token, now);
    if (!found || found.state !== "open") return { ok: false } as const;
    const { invite } = found;
    // The organisation may have changed kind (or gone) since the invite was sent.
    if (roleOrganisationProblem(invite.role, found.organisation?.kind ?? null)) return { ok: false } as const;
    let member = await staffMemberByEmail(tx, invite.email);
    if (!member) {
      [member] = (await tx
        .insert(schema.staffMembers)
        .values({ email: invite.email, name: invite.name, role: invite.role, organisationId: invite.organisationId, createdAt: now, updatedAt: now })
        .returning()) as [NonNullable<typeof member>];
    }
    await tx.update(schema.staffInvites).set({ acceptedAt: now }).where(eq(schema.staffInvites.id, invite.id));
    await sendSignInCode(tx, member!, now);
    return { ok: true, email: invite.email } as const;
  });
}
