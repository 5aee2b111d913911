/**
 * The kennismaking as an appointment (`introductions` rows) and everyone it is sent to: the
 * employer gets an email with the calendar invite attached and an "add to calendar" link behind
 * their own request link; the person at the school or WSP who planned it gets the same invite.
 * Moving keeps the row and its UID and raises the sequence, so calendars move the event they have;
 * cancelling sends a CANCEL for the same UID. The words and rules are pure in
 * `~/domain/introduction`, the file in `~/domain/introduction-calendar`.
 *
 * Three callers: the staff steps (`request-introduction.server.ts`, inside their transaction), the
 * scheduled reminder, and the employer's download. The last two name the `requests` table (see
 * REQUESTS_TABLE_ALLOWED): the system over appointments that are due, and the employer over
 * their own request through their link.
 */
import { and, asc, desc, eq, gt, isNotNull, isNull, lt } from "drizzle-orm";
import { contactOf } from "~/domain/request-details";
import {
  type Appointment,
  type AppointmentChange,
  amsterdamDateAndTime,
  appointmentLocation,
  appointmentPlace,
  appointmentWhen,
  type IntroductionPlaceKind,
} from "~/domain/introduction";
import { reminderDue } from "~/domain/introduction-reminder";
import { type CalendarMethod, calendarContentType, introductionCalendar } from "~/domain/introduction-calendar";
import { type Database, type Queryable, type Transaction, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { type EmailAttachment, queueEmail } from "~/lib/mailer.server";
import { employerAccess, newRequestLink, trackingUrl } from "./employer-access.server";
import { loadHandlerContact } from "./handler-contact.server";

export type IntroductionRow = typeof schema.introductions.$inferSelect;

/** What staff enter; `startsAt` from the date and start time they typed. */
export interface IntroductionPlan {
  startsAt: Date;
  placeKind: IntroductionPlaceKind;
  address: string | null;
  meetWith: string;
}

/** The request's appointment that is not cancelled, if any. */
export async function currentIntroduction(q: Queryable, requestId: string): Promise<IntroductionRow | null> {
  const [row] = await q
    .select()
    .from(schema.introductions)
    .where(and(eq(schema.introductions.requestId, requestId), isNull(schema.introductions.cancelledAt)));
  return row ?? null;
}

/** The address an organisation gave for its last kennismaking "op school", to fill in the next one. */
export async function lastOrganisationAddress(q: Queryable, organisationId: string): Promise<string | null> {
  const [row] = await q
    .select({ address: schema.introductions.address })
    .from(schema.introductions)
    .where(
      and(
        eq(schema.introductions.organisationId, organisationId),
        eq(schema.introductions.placeKind, "organisation"),
        isNotNull(schema.introductions.address),
      ),
    )
    .orderBy(desc(schema.introductions.updatedAt))
    .limit(1);
  return row?.address ?? null;
}

/** The organisation that planned an appointment, as the words need it. */
export async function organisationOf(q: Queryable, organisationId: string) {
  const [organisation] = await q.select().from(schema.organisations).where(eq(schema.organisations.id, organisationId));
  if (!organisation) throw new Error("De organisatie van de kennismaking bestaat niet meer");
  return organisation;
}

export function appointmentOf(row: IntroductionRow, organisation: { name: string; kind: "school" | "wsp" }): Appointment {
  return { startsAt: row.startsAt, placeKind: row.placeKind, address: row.address, meetWith: row.meetWith, organisation };
}

/** The appointment the employer is going to, for their page: the one that is not cancelled, or null. */
export async function plannedAppointment(q: Queryable, requestId: string): Promise<Appointment | null> {
  const row = await currentIntroduction(q, requestId);
  return row ? appointmentOf(row, await organisationOf(q, row.organisationId)) : null;
}

/** A UID that stays the same for every version of this appointment, unique across installations. */
function newUid(): string {
  return `kennismaking-${crypto.randomUUID()}@${new URL(env().APP_URL).hostname}`;
}

/** Plans the appointment, or moves the one there is (same UID, next sequence, reminder again). */
export async function saveIntroduction(
  tx: Transaction,
  input: { requestId: string; organisationId: string; plannedById: string; plan: IntroductionPlan },
  now: Date,
): Promise<{ row: IntroductionRow; moved: boolean }> {
  const existing = await currentIntroduction(tx, input.requestId);
  const values = {
    startsAt: input.plan.startsAt,
    placeKind: input.plan.placeKind,
    address: input.plan.address,
    meetWith: input.plan.meetWith,
    organisationId: input.organisationId,
    plannedById: input.plannedById,
    updatedAt: now,
  };
  if (existing) {
    const [row] = await tx
      .update(schema.introductions)
      .set({ ...values, sequence: existing.sequence + 1, remindedAt: null })
      .where(eq(schema.introductions.id, existing.id))
      .returning();
    if (!row) throw new Error("De kennismaking is niet opgeslagen");
    return { row, moved: true };
  }
  const [row] = await tx
    .insert(schema.introductions)
    .values({ ...values, requestId: input.requestId, uid: newUid(), createdAt: now })
    .returning();
  if (!row) throw new Error("De kennismaking is niet opgeslagen");
  return { row, moved: false };
}

/** Marks the appointment cancelled with the next sequence; the caller tells the people. */
export async function markCancelled(tx: Transaction, row: IntroductionRow, now: Date): Promise<IntroductionRow> {
  const [cancelled] = await tx
    .update(schema.introductions)
    .set({ cancelledAt: now, sequence: row.sequence + 1, updatedAt: now })
    .where(eq(schema.introductions.id, row.id))
    .returning();
  if (!cancelled) throw new Error("De kennismaking is niet afgezegd");
  return cancelled;
}

// ---------------------------------------------------------------------------------------------
// The calendar file and the emails.

interface RequestFacts {
  id: string;
  reference: string;
  employerId: string;
  details: typeof schema.requests.$inferSelect.details;
}

function calendarFile(
  method: CalendarMethod,
  row: IntroductionRow,
  appointment: Appointment,
  request: RequestFacts,
  audience: "werkgever" | "school",
  contact: { phone: string | null; email: string | null },
  now: Date,
): string {
  const employer = contactOf(request.details);
  const reach = [contact.phone ? `bel ${contact.phone}` : null, contact.email ? `mail ${contact.email}` : null].filter(Boolean).join(" of ");
  const description =
    audience === "werkgever"
      ? `Kennismaking over uw aanvraag ${request.reference}. U spreekt met ${appointment.meetWith}.${reach ? ` Kunt u niet? Dan ${reach}.` : ""}`
      : `Kennismaking over aanvraag ${request.reference} met ${employer.companyName} (${employer.contactName}${employer.phone ? `, ${employer.phone}` : ""}). De werkgever spreekt met ${appointment.meetWith}.`;
  return introductionCalendar({
    method,
    uid: row.uid,
    sequence: row.sequence,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    summary: audience === "werkgever" ? `Kennismaking met ${appointment.organisation.name}` : `Kennismaking met ${employer.companyName}`,
    location: appointmentLocation(appointment),
    description,
    organizer: { name: appointment.organisation.name, email: contact.email ?? env().MAIL_FROM },
    attendees: employer.email ? [{ name: employer.contactName || employer.companyName, email: employer.email }] : [],
    stamp: now,
  });
}

function invite(method: CalendarMethod, content: string): EmailAttachment {
  return { filename: "kennismaking.ics", contentType: calendarContentType(method), content };
}

/** The address of the employer's "add to calendar" file, behind their request link. */
export function calendarUrl(token: string): string {
  return `${env().APP_URL}/volgen/${token}/kennismaking.ics`;
}

/**
 * Tells the employer and the person who made the change: the invite (REQUEST) when planned or
 * moved, a CANCEL when cancelled. `message` is what staff wrote along with a cancellation.
 */
export async function sendIntroductionEmails(
  tx: Transaction,
  input: {
    change: Exclude<AppointmentChange, "herinnering">;
    row: IntroductionRow;
    request: RequestFacts;
    staff: { name: string; email: string };
    message?: string | null;
  },
  now: Date,
) {
  const { change, row, request } = input;
  const organisation = await organisationOf(tx, row.organisationId);
  const appointment = appointmentOf(row, organisation);
  const handler = await loadHandlerContact(tx, request.id);
  const contact = { phone: handler?.phone ?? organisation.contactPhone, email: handler?.email ?? organisation.contactEmail };
  const method: CalendarMethod = change === "afgezegd" ? "CANCEL" : "REQUEST";
  const when = appointmentWhen(row.startsAt);
  const place = appointmentPlace(appointment);
  const key = `${request.reference}/kennismaking/${row.id}/${row.sequence}`;

  const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, request.employerId));
  if (employer && !employer.erasedAt) {
    const token = await newRequestLink(tx, { employerId: employer.id, requestId: request.id }, now);
    await queueEmail(tx, {
      template: "kennismaking",
      to: employer.email,
      requestId: request.id,
      idempotencyKey: `${key}/werkgever`,
      replyTo: contact.email,
      attachments: [invite(method, calendarFile(method, row, appointment, request, "werkgever", contact, now))],
      props: {
        change,
        contactName: employer.contactName,
        reference: request.reference,
        organisationName: organisation.name,
        when,
        place,
        meetWith: row.meetWith,
        message: input.message ?? null,
        calendarUrl: change === "afgezegd" ? null : calendarUrl(token),
        trackingUrl: trackingUrl(token, request.reference),
        handler: handler ?? { organisationName: organisation.name, personName: null, phone: organisation.contactPhone, email: organisation.contactEmail },
      },
    });
  }
  const details = contactOf(request.details);
  await queueEmail(tx, {
    template: "kennismaking-school",
    to: input.staff.email,
    requestId: request.id,
    idempotencyKey: `${key}/school`,
    attachments: [invite(method, calendarFile(method, row, appointment, request, "school", contact, now))],
    props: {
      change,
      staffName: input.staff.name,
      reference: request.reference,
      companyName: details.companyName,
      when,
      place,
      meetWith: row.meetWith,
      employer: { contactName: details.contactName, email: details.email, phone: details.phone },
      requestUrl: `${env().APP_URL}/backoffice/aanvragen/${encodeURIComponent(request.reference)}`,
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The reminder, the working day before (a scheduled job).

/** How far ahead the job looks: the working day before can be four days back (Easter, Christmas). */
const REMINDER_HORIZON_MS = 6 * 24 * 3600_000;

/**
 * Sends the employer's reminder for every appointment whose moment has come (08:00 on the working
 * day before), once: each is claimed by the statement that marks it reminded, so two workers
 * never send it twice. Only for requests still at "kennismaking gepland". Returns how many.
 */
export async function sendIntroductionReminders(db: Database, now: Date = new Date()): Promise<number> {
  const candidates = await db
    .select({ introduction: schema.introductions })
    .from(schema.introductions)
    .innerJoin(schema.requests, eq(schema.requests.id, schema.introductions.requestId))
    .where(
      and(
        isNull(schema.introductions.remindedAt),
        isNull(schema.introductions.cancelledAt),
        gt(schema.introductions.startsAt, now),
        lt(schema.introductions.startsAt, new Date(now.getTime() + REMINDER_HORIZON_MS)),
        eq(schema.requests.status, "kennismaking_gepland"),
      ),
    )
    .orderBy(asc(schema.introductions.startsAt));
  let sent = 0;
  for (const { introduction } of candidates) {
    if (!reminderDue({ ...introduction, changedAt: introduction.updatedAt }, now)) continue;
    const done = await db.transaction(async (tx) => {
      // The claim: only the transaction that sets reminded_at sends.
      const [claimed] = await tx
        .update(schema.introductions)
        .set({ remindedAt: now })
        .where(
          and(
            eq(schema.introductions.id, introduction.id),
            isNull(schema.introductions.remindedAt),
            isNull(schema.introductions.cancelledAt),
            eq(schema.introductions.sequence, introduction.sequence),
          ),
        )
        .returning();
      if (!claimed) return false;
      const [request] = await tx.select().from(schema.requests).where(eq(schema.requests.id, claimed.requestId));
      const [employer] = request ? await tx.select().from(schema.employers).where(eq(schema.employers.id, request.employerId)) : [];
      if (!request || !employer || employer.erasedAt) return true;
      const organisation = await organisationOf(tx, claimed.organisationId);
      const appointment = appointmentOf(claimed, organisation);
      const handler = await loadHandlerContact(tx, request.id);
      const token = await newRequestLink(tx, { employerId: employer.id, requestId: request.id }, now);
      await queueEmail(tx, {
        template: "kennismaking",
        to: employer.email,
        requestId: request.id,
        idempotencyKey: `${request.reference}/kennismaking/${claimed.id}/herinnering/${amsterdamDateAndTime(claimed.startsAt).date}`,
        replyTo: handler?.email ?? organisation.contactEmail,
        props: {
          change: "herinnering",
          contactName: employer.contactName,
          reference: request.reference,
          organisationName: organisation.name,
          when: appointmentWhen(claimed.startsAt),
          place: appointmentPlace(appointment),
          meetWith: claimed.meetWith,
          calendarUrl: calendarUrl(token),
          trackingUrl: trackingUrl(token, request.reference),
          handler: handler ?? { organisationName: organisation.name, personName: null, phone: organisation.contactPhone, email: organisation.contactEmail },
        },
      });
      // No event of its own: the email is in the request's timeline.
      return true;
    });
    if (done) sent += 1;
  }
  return sent;
}

// ---------------------------------------------------------------------------------------------
// The employer's "zet in mijn agenda" file.

/**
 * The calendar file for the request behind an employer's link (a link to one request; a link to
 * all their requests names the request with `reference`), or null: no such link, no appointment,
 * or one that was cancelled. PUBLISH: a calendar imports it as the same event (same UID and
 * sequence) as the invite.
 */
export async function calendarForEmployerLink(db: Database, token: string, reference: string | null, now: Date = new Date()) {
  const access = await employerAccess(db, token, now);
  if (!access) return null;
  const [request] = await db
    .select()
    .from(schema.requests)
    .where(
      and(
        eq(schema.requests.employerId, access.employer.id),
        access.scope.kind === "request" ? eq(schema.requests.id, access.scope.requestId) : eq(schema.requests.reference, reference ?? ""),
      ),
    );
  if (!request || request.status !== "kennismaking_gepland") return null;
  const row = await currentIntroduction(db, request.id);
  if (!row) return null;
  const organisation = await organisationOf(db, row.organisationId);
  const handler = await loadHandlerContact(db, request.id);
  const contact = { phone: handler?.phone ?? organisation.contactPhone, email: handler?.email ?? organisation.contactEmail };
  return {
    reference: request.reference,
    content: calendarFile("PUBLISH", row, appointmentOf(row, organisation), request, "werkgever", contact, now),
  };
}
