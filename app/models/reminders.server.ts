/**
 * Reminders and the daily digest, run by the scheduled jobs. Each reminder is claimed by setting
 * its "reminded" column in the same statement that selects it, so two workers never send the
 * same reminder twice, and the email is queued in that same transaction.
 */
import { and, desc, eq, gt, inArray, isNull, lte, sql } from "drizzle-orm";
import { LOAD_STATUSES } from "~/domain/assignments";
import { type AttentionRow, attentionItems, schoolReminderDue, wspReminderDue } from "~/domain/attention";
import { amsterdamDate, formatDeadline } from "~/domain/dates";
import { OPEN_STATUSES } from "~/domain/request-workflow";
import { addWorkingDays } from "~/domain/working-days";
import { type Database, queryRows, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { queueEmail } from "~/lib/mailer.server";
import { activeWspOfRegion } from "./organisations.server";
import { requestScope, type StaffMember, toStaffMember } from "./staff-scope.server";

const requestUrl = (reference: string) => `${env().APP_URL}/backoffice/aanvragen/${reference}`;

/** Schools whose answer is due within a working day, and WSPs holding an unowned request too long. */
export async function sendDueReminders(db: Database, now: Date = new Date()): Promise<number> {
  const a = schema.requestAssignments;
  const r = schema.requests;
  const o = schema.organisations;
  let sent = 0;

  // Schools: open assignments with a deadline within the next working day (at most ~1 day ahead).
  const horizon = addWorkingDays(now, 1);
  const schoolCandidates = await db
    .select({ id: a.id, requestId: a.requestId, respondBy: a.respondBy })
    .from(a)
    .where(and(eq(a.status, "open"), isNull(a.remindedAt), gt(a.respondBy, now), lte(a.respondBy, horizon)));
  for (const candidate of schoolCandidates) {
    if (!candidate.respondBy || !schoolReminderDue(candidate.respondBy, now)) continue;
    const done = await db.transaction(async (tx) => {
      // Request first, then assignment, the order every writer uses (see answerAssignment).
      await tx.select({ id: r.id }).from(r).where(eq(r.id, candidate.requestId)).for("update");
      const [claimed] = await tx
        .update(a)
        .set({ remindedAt: now })
        .where(and(eq(a.id, candidate.id), isNull(a.remindedAt), eq(a.status, "open")))
        .returning();
      if (!claimed) return false;
      const [row] = await tx
        .select({ request: r, organisation: o })
        .from(r)
        .innerJoin(o, eq(o.id, claimed.organisationId))
        .where(eq(r.id, claimed.requestId));
      if (!row) return false;
      await queueEmail(tx, {
        template: "herinnering",
        to: row.organisation.contactEmail,
        requestId: row.request.id,
        idempotencyKey: `${row.request.reference}/herinnering/${claimed.id}`,
        props: {
          organisationName: row.organisation.name,
          reference: row.request.reference,
          companyName: String((row.request.details as { companyName?: string }).companyName ?? ""),
          audience: "school",
          dueText: formatDeadline(claimed.respondBy!),
          requestUrl: requestUrl(row.request.reference),
        },
      });
      await tx.insert(schema.requestEvents).values({
        requestId: row.request.id,
        type: "herinnering",
        actor: "systeem",
        data: { organisationId: row.organisation.id, organisationName: row.organisation.name },
        createdAt: now,
      });
      return true;
    });
    if (done) sent += 1;
  }

  // WSPs: new requests they hold (open WSP assignment), without owner, for a whole response window.
  const wspCandidates = await db
    .select({ requestId: r.id, assignedAt: a.createdAt })
    .from(r)
    .innerJoin(a, and(eq(a.requestId, r.id), eq(a.status, "open")))
    .innerJoin(o, and(eq(o.id, a.organisationId), eq(o.kind, "wsp")))
    .where(and(eq(r.status, "nieuw"), isNull(r.ownerId), isNull(r.wspRemindedAt)));
  for (const candidate of wspCandidates) {
    if (!wspReminderDue(candidate.assignedAt, now, env().RESPONSE_WINDOW_WORKING_DAYS)) continue;
    const done = await db.transaction(async (tx) => {
      const [request] = await tx
        .update(r)
        .set({ wspRemindedAt: now })
        .where(and(eq(r.id, candidate.requestId), isNull(r.wspRemindedAt), isNull(r.ownerId)))
        .returning();
      if (!request) return false;
      const wsp = await activeWspOfRegion(tx, request.regionSlug);
      if (!wsp) return false;
      await queueEmail(tx, {
        template: "herinnering",
        to: wsp.contactEmail,
        requestId: request.id,
        idempotencyKey: `${request.reference}/herinnering-wsp`,
        props: {
          organisationName: wsp.name,
          reference: request.reference,
          companyName: String((request.details as { companyName?: string }).companyName ?? ""),
          audience: "wsp",
          dueText: null,
          requestUrl: requestUrl(request.reference),
        },
      });
      await tx.insert(schema.requestEvents).values({
        requestId: request.id,
        type: "herinnering",
        actor: "systeem",
        data: { organisationId: wsp.id, organisationName: wsp.name },
        createdAt: now,
      });
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}

/** The open requests a person may see, with what the attention rules need. */
async function attentionRows(db: Database, staff: StaffMember): Promise<AttentionRow[]> {
  const r = schema.requests;
  const requests = await db
    .select({ id: r.id, reference: r.reference, details: r.details, status: r.status, ownerId: r.ownerId, updatedAt: r.updatedAt })
    .from(r)
    .where(and(inArray(r.status, [...OPEN_STATUSES]), requestScope(staff)))
    .orderBy(r.createdAt)
    .limit(500);
  if (requests.length === 0) return [];
  const ids = requests.map((x) => x.id);
  const a = schema.requestAssignments;
  const o = schema.organisations;
  const [handlers, activity] = await Promise.all([
    db
      .select({ requestId: a.requestId, organisationId: a.organisationId, kind: o.kind, state: a.status, respondBy: a.respondBy })
      .from(a)
      .innerJoin(o, eq(o.id, a.organisationId))
      .where(and(inArray(a.requestId, ids), inArray(a.status, [...LOAD_STATUSES])))
      .orderBy(desc(a.createdAt)),
    queryRows<{ request_id: string; last_at: string | Date }>(
      db,
      sql`select request_id, max(created_at) as last_at from ${schema.requestEvents} where request_id in ${ids} group by request_id`,
    ),
  ]);
  const lastAt = new Map(activity.map((x) => [x.request_id, new Date(x.last_at)]));
  return requests.map((x) => {
    const handler = handlers.find((h) => h.requestId === x.id);
    return {
      reference: x.reference,
      companyName: String((x.details as { companyName?: string }).companyName ?? ""),
      status: x.status,
      ownerId: x.ownerId,
      handler: handler
        ? { organisationId: handler.organisationId, kind: handler.kind, state: handler.state as "open" | "accepted", respondBy: handler.respondBy }
        : null,
      lastActivityAt: lastAt.get(x.id) ?? x.updatedAt,
    };
  });
}

/** The digest goes out from this hour (Amsterdam time) on, once per person per day. */
const DIGEST_HOUR = 7;
const DIGEST_ITEMS = 10;

function amsterdamHour(moment: Date): number {
  return Number(new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: "Europe/Amsterdam" }).format(moment));
}

/** Sends each person who wants it their daily digest, if something needs their attention. */
export async function sendDailyDigests(db: Database, now: Date = new Date()): Promise<number> {
  if (amsterdamHour(now) < DIGEST_HOUR) return 0;
  const today = amsterdamDate(now);
  const m = schema.staffMembers;
  const people = await db
    .select({ member: m, organisation: schema.organisations })
    .from(m)
    .leftJoin(schema.organisations, eq(schema.organisations.id, m.organisationId))
    .where(and(eq(m.active, true), eq(m.digestEnabled, true), sql`${m.digestSentOn} is distinct from ${today}`));
  let sent = 0;
  for (const { member, organisation } of people) {
    // Not signed in: the digest is worked out as the person would see it, without a session.
    const staff = toStaffMember(member, organisation, "");
    const items = attentionItems(
      { id: member.id, role: member.role, organisationId: member.organisationId },
      await attentionRows(db, staff),
      now,
      formatDeadline,
    );
    const done = await db.transaction(async (tx) => {
      // Claimed by date, so a second worker or a restart the same day sends nothing twice.
      const [claimed] = await tx
        .update(m)
        .set({ digestSentOn: today })
        .where(and(eq(m.id, member.id), sql`${m.digestSentOn} is distinct from ${today}`))
        .returning({ id: m.id });
      if (!claimed || items.length === 0) return false;
      await queueEmail(tx, {
        template: "dagoverzicht",
        to: member.email,
        idempotencyKey: `dagoverzicht/${member.id}/${today}`,
        props: {
          name: member.name,
          items: items.slice(0, DIGEST_ITEMS).map((i) => ({ ...i, url: requestUrl(i.reference) })),
          more: Math.max(0, items.length - DIGEST_ITEMS),
          inboxUrl: `${env().APP_URL}/backoffice`,
          accountUrl: `${env().APP_URL}/backoffice/account`,
        },
      });
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}
