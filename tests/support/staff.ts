/**
 * Staff for integration tests: people of the demo organisations, signed in the real way (a
 * session row made by the sign-in code), and the request objects a signed-in browser would send.
 */
import { settleBackgroundWork } from "~/lib/background.server";
import { and, desc, eq } from "drizzle-orm";
import type { StaffRole } from "~/domain/staff";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { staffSessionCookie } from "~/http/staff-session.server";
import { sendSignInCode, signInWithCode, staffForSession } from "~/models/staff-auth.server";
import { type StaffMember, toStaffMember } from "~/models/staff-scope.server";
import { readable } from "./outbox";

export interface TestStaff {
  member: StaffMember;
  cookie: string;
}

/**
 * The code in the newest sign-in email to this address in the outbox, read with `q` (a
 * transaction sees the email it queued before any outbox worker sent and blanked it).
 */
export async function signInCodeIn(q: Queryable, email: string): Promise<string | undefined> {
  const outbox = schema.emailOutbox;
  const rows = await q
    .select()
    .from(outbox)
    .where(and(eq(outbox.toAddress, email), eq(outbox.template, "inlogcode")))
    .orderBy(desc(outbox.createdAt))
    .limit(1);
  const mail = (await readable(rows))[0];
  return mail ? /\b(\d{6})\b/.exec(mail.text)?.[1] : undefined;
}

/** The code in the newest sign-in email to this address (only the test can read it from the outbox). */
export async function latestSignInCode(db: Database, email: string): Promise<string> {
  // Sign-in emails are queued right after the answer (see ~/lib/background.server).
  await settleBackgroundWork();
  const code = await signInCodeIn(db, email);
  if (!code) throw new Error(`Geen inlogcode voor ${email}`);
  return code;
}

/** A person of a demo organisation (by slug; none for an administrator), straight in the database, not signed in. */
export async function addStaffMember(
  db: Database,
  role: StaffRole,
  organisationSlug: string | null,
  options: { name?: string; email?: string } = {},
): Promise<StaffMember> {
  const organisation = organisationSlug
    ? (await db.select().from(schema.organisations).where(eq(schema.organisations.slug, organisationSlug)))[0]
    : null;
  if (organisationSlug && !organisation) throw new Error(`Organisatie ${organisationSlug} bestaat niet`);
  const [member] = await db
    .insert(schema.staffMembers)
    .values({
      email: options.email ?? `${role}-${organisationSlug ?? "platform"}-${crypto.randomUUID().slice(0, 8)}@example.org`,
      name: options.name ?? `Test ${role} ${organisationSlug ?? ""}`.trim(),
      role,
      organisationId: organisation?.id ?? null,
    })
    .returning();
  return toStaffMember(member!, organisation ?? null, "");
}

/** Creates a person of an organisation (by slug; none for admin) and signs them in with a code. */
export async function createStaff(db: Database, role: StaffRole, organisationSlug: string | null, email?: string): Promise<TestStaff> {
  const added = await addStaffMember(db, role, organisationSlug, { email });
  await sendSignInCode(db, added, new Date());
  const result = await signInWithCode(db, added.email, await latestSignInCode(db, added.email), "vitest", "127.0.0.1");
  if (!result.ok) throw new Error(`Inloggen mislukt voor ${added.email}`);
  const found = (await staffForSession(db, result.sessionToken))!;
  const cookie = (await staffSessionCookie().serialize(result.sessionToken)).split(";")[0]!;
  return { member: toStaffMember(found.member, found.organisation, found.sessionId), cookie };
}

const ORIGIN = "http://localhost:3000";

/** A GET as a browser sends it, signed in when a person is given. */
export function getRequest(path: string, who?: TestStaff | null): Request {
  return new Request(`${ORIGIN}${path}`, { headers: who ? { Cookie: who.cookie } : {} });
}

/** A same-origin form POST, signed in when a person is given. */
export function postRequest(path: string, form: Record<string, string>, who?: TestStaff | null, origin = ORIGIN): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: origin, ...(who ? { Cookie: who.cookie } : {}) },
    body: new URLSearchParams(form),
  });
}
