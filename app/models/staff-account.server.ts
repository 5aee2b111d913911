/**
 * What a person manages about themselves: the daily digest, how employers reach them, and their
 * signed-in browsers.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import { sessionValidUntil } from "~/domain/staff";
import { type Database, schema } from "~/lib/db.server";
import type { StaffMember } from "./staff-scope.server";

export async function setDigest(db: Database, staff: StaffMember, enabled: boolean, now: Date = new Date()) {
  await db.update(schema.staffMembers).set({ digestEnabled: enabled, updatedAt: now }).where(eq(schema.staffMembers.id, staff.id));
}

export interface ContactDetails {
  contactPhone: string | null;
  contactEmail: string | null;
}

/** The phone and email employers see for this person (`~/models/handler-contact.server`). */
export async function contactDetails(db: Database, staff: StaffMember): Promise<ContactDetails> {
  const [row] = await db
    .select({ contactPhone: schema.staffMembers.contactPhone, contactEmail: schema.staffMembers.contactEmail })
    .from(schema.staffMembers)
    .where(eq(schema.staffMembers.id, staff.id));
  return row ?? { contactPhone: null, contactEmail: null };
}

/** Empty means "use the organisation's general number or address". */
export async function setContactDetails(db: Database, staff: StaffMember, details: ContactDetails, now: Date = new Date()) {
  await db
    .update(schema.staffMembers)
    .set({ contactPhone: details.contactPhone || null, contactEmail: details.contactEmail || null, updatedAt: now })
    .where(eq(schema.staffMembers.id, staff.id));
}

/** The person's sessions that still work, newest first; the current one marked. */
export async function activeSessions(db: Database, staff: StaffMember, now: Date = new Date()) {
  const sessions = schema.staffSessions;
  const rows = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.staffMemberId, staff.id), isNull(sessions.revokedAt)))
    .orderBy(desc(sessions.lastSeenAt));
  return rows
    .filter((row) => sessionValidUntil(row) > now)
    .map((row) => ({ id: row.id, userAgent: row.userAgent, lastSeenAt: row.lastSeenAt, current: row.id === staff.sessionId }));
}
