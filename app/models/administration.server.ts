/**
 * The administration overview page: counts of organisations, people, open invites and emails
 * waiting. What administrators manage lives beside it: `admin-organisations`, `admin-people`,
 * `admin-outbox` and `audit-log`.
 */
import { and, count, gt, isNull, ne } from "drizzle-orm";
import { type EmailStatus } from "~/domain/email-outbox";
import { type Queryable, schema } from "~/lib/db.server";
import { organisationScope, type StaffMember } from "./staff-scope.server";

const organisationsTable = schema.organisations;
const members = schema.staffMembers;
const inv = schema.staffInvites;
const outbox = schema.emailOutbox;

/** The signed-in administrator (requireAdmin has checked the role). */
type Admin = StaffMember;

export async function administrationOverview(db: Queryable, staff: Admin, now: Date = new Date()) {
  const [organisations, people, invites, emails] = await Promise.all([
    db.select({ active: organisationsTable.active, n: count() }).from(organisationsTable).where(organisationScope(staff)).groupBy(organisationsTable.active),
    db.select({ active: members.active, n: count() }).from(members).groupBy(members.active),
    db
      .select({ n: count() })
      .from(inv)
      .where(and(isNull(inv.acceptedAt), isNull(inv.revokedAt), gt(inv.expiresAt, now))),
    db.select({ status: outbox.status, n: count() }).from(outbox).where(ne(outbox.status, "sent")).groupBy(outbox.status),
  ]);
  const byActive = (rows: Array<{ active: boolean; n: number }>, active: boolean) =>
    rows.find((x) => x.active === active)?.n ?? 0;
  const byStatus = (status: EmailStatus) => emails.find((x) => x.status === status)?.n ?? 0;
  return {
    organisations: { active: byActive(organisations, true), paused: byActive(organisations, false) },
    people: { active: byActive(people, true), blocked: byActive(people, false) },
    openInvites: invites[0]?.n ?? 0,
    emails: { waiting: byStatus("pending") + byStatus("sending"), failed: byStatus("failed") },
  };
}
