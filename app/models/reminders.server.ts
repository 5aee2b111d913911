/**
 * Reminders and the daily digest, run by the scheduled jobs. Each reminder is claimed by setting
 * its "reminded" column in the same statement that selects it, so two workers never send the
 * same reminder twice, and the email is queued in that same transaction.
 *
 * What "visible" means here: the digest is worked out for each person as they would see the inbox,
 * so it reads from `visibleRequests`. The reminders are the system's own sweep over every open
 * assignment; each goes only to the organisation that holds the request (the school with the open
 * assignment, the WSP of the request's region), which sees that request anyway. Those reads name
 * the `requests` table, in one block the lint rule lets through with its reason.
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
import { companyNameOf } from "~/domain/request-details";
import { requestColumns, type StaffMember, toStaffMember, visibleRequests } from "./staff-scope.server";

const requestUrl = (reference: string) => `${env().APP_URL}/backoffice/aanvragen/${reference}`;

/*
 * The system's sweep over every open assignment, so it names the `requests` table itself; each
 * reminder goes only to the organisation that holds the request (see the top of this file).
 */
/* eslint-disable no-restricted-syntax -- the system's sweep, not a person's read (see above) */
/** Schools whose answer is due within a working day, and WSPs holding an unowned request too long. */
export async function sendDueReminders(db: Database, now: Date = new Date()): Promise<number> {
  const requests = schema.requests;
  const assignments = schema.requestAssignments;
  const organisations = schema.organisations;
  let sent = 0;

  // Schools: open assignments with a deadline within the next working day (at most ~1 day ahead).
  const horizon = addWorkingDays(now, 1);
  const schoolCandidates = await db
    .select({ id: assignments.id, requestId: assignments.requestId, respondBy: assignments.respondBy })
    .from(assignments)
    .where(and(eq(assignments.status, "open"), isNull(assignments.remindedAt), gt(assignments.respondBy, now), lte(assignments.respondBy, horizon)));
  for (const candidate of schoolCandidates) {
    const respondBy = candidate.respondBy;
    if (!respondBy || !schoolReminderDue(respondBy, now)) continue;
    const done = await db.transaction(async (tx) => {
      // Request first, then assignment, the order every writer uses (see answerAssignment).
      await tx.select({ id: requests.id }).from(requests).where(eq(requests.id, candidate.requestId)).for("update");
      const [claimed] = await tx
        .update(assignments)
        .set({ remindedAt: now })
        .where(and(eq(assignments.id, candidate.id), isNull(assignments.remindedAt), eq(assignments.status, "open")))
        .returning();
      if (!claimed) return false;
      const [row] = await tx
        .select({ request: requests, organisation: organisations })
        .from(requests)
        .innerJoin(organisations, eq(organisations.id, claimed.organisationId))
        .where(eq(requests.id, claimed.requestId));
      if (!row) return false;
      await queueEmail(tx, {
        template: "herinnering",
        to: row.organisation.contactEmail,
        requestId: row.request.id,
        idempotencyKey: `${row.request.reference}/herinnering/${claimed.id}`,
        props: {
          organisationName: row.organisation.name,
          reference: row.request.reference,
          companyName: companyNameOf(row.request.details),
          audience: "school",
          dueText: formatDeadline(claimed.respondBy ?? respondBy),
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
    .select({ requestId: requests.id, assignedAt: assignments.createdAt })
    .from(requests)
    .innerJoin(assignments, and(eq(assignments.requestId, requests.id), eq(assignments.status, "open")))
    .innerJoin(organisations, and(eq(organisations.id, assignments.organisationId), eq(organisations.kind, "wsp")))
    .where(and(eq(requests.status, "nieuw"), isNull(requests.ownerId), isNull(requests.wspRemindedAt)));
  for (const candidate of wspCandidates) {
    if (!wspReminderDue(candidate.assignedAt, now, env().RESPONSE_WINDOW_WORKING_DAYS)) continue;
    const done = await db.transaction(async (tx) => {
      const [request] = await tx
        .update(requests)
        .set({ wspRemindedAt: now })
        .where(and(eq(requests.id, candidate.requestId), isNull(requests.wspRemindedAt), isNull(requests.ownerId)))
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
          companyName: companyNameOf(request.details),
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
/* eslint-enable no-restricted-syntax */

/** The open requests a person may see, with what the attention rules need. */
async function attentionRows(db: Database, staff: StaffMember): Promise<AttentionRow[]> {
  const requests = requestColumns;
  const open = await db
    .select({
      id: requests.id,
      reference: requests.reference,
      details: requests.details,
      status: requests.status,
      ownerId: requests.ownerId,
      updatedAt: requests.updatedAt,
    })
    .from(visibleRequests(staff))
    .where(inArray(requests.status, [...OPEN_STATUSES]))
    .orderBy(requests.createdAt)
    .limit(500);
  if (open.length === 0) return [];
  const ids = open.map((x) => x.id);
  const assignments = schema.requestAssignments;
  const organisations = schema.organisations;
  const [handlers, activity] = await Promise.all([
    db
      .select({
        requestId: assignments.requestId,
        organisationId: assignments.organisationId,
        kind: organisations.kind,
        state: assignments.status,
        respondBy: assignments.respondBy,
      })
      .from(assignments)
      .innerJoin(organisations, eq(organisations.id, assignments.organisationId))
      .where(and(inArray(assignments.requestId, ids), inArray(assignments.status, [...LOAD_STATUSES])))
      .orderBy(desc(assignments.createdAt)),
    queryRows<{ request_id: string; last_at: string | Date }>(
      db,
      sql`select request_id, max(created_at) as last_at from ${schema.requestEvents} where request_id in ${ids} group by request_id`,
    ),
  ]);
  const lastAt = new Map(activity.map((x) => [x.request_id, new Date(x.last_at)]));
  return open.map((x) => {
    const handler = handlers.find((h) => h.requestId === x.id);
    return {
      reference: x.reference,
      companyName: companyNameOf(x.details),
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

// Made once: building a formatter with a time zone costs far more than formatting with it.
const amsterdamHourFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", hourCycle: "h23", timeZone: "Europe/Amsterdam" });

function amsterdamHour(moment: Date): number {
  return Number(amsterdamHourFormat.format(moment));
}

/** Sends each person who wants it their daily digest, if something needs their attention. */
export async function sendDailyDigests(db: Database, now: Date = new Date()): Promise<number> {
  if (amsterdamHour(now) < DIGEST_HOUR) return 0;
  const today = amsterdamDate(now);
  const staffMembers = schema.staffMembers;
  const people = await db
    .select({ member: staffMembers, organisation: schema.organisations })
    .from(staffMembers)
    .leftJoin(schema.organisations, eq(schema.organisations.id, staffMembers.organisationId))
    .where(and(eq(staffMembers.active, true), eq(staffMembers.digestEnabled, true), sql`${staffMembers.digestSentOn} is distinct from ${today}`));
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
        .update(staffMembers)
        .set({ digestSentOn: today })
        .where(and(eq(staffMembers.id, member.id), sql`${staffMembers.digestSentOn} is distinct from ${today}`))
        .returning({ id: staffMembers.id });
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
