/**
 * What an employer can see and do on their own page. Every function takes the employer id (and,
 * for a link to one request, that request) from the verified link and only touches that
 * employer's own requests: a request id of someone else is treated as not found.
 *
 * About 420 lines: the overview, message, withdraw and reopen share the own-request lock and the
 * way the holder is told (`tellHandler`); changing answers lives in `employer-answers.server.ts`.
 */
import { randomBytes } from "node:crypto";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { answerChangeChance } from "~/domain/answer-change";
import { LOAD_STATUSES } from "~/domain/assignments";
import { formatDeadline } from "~/domain/dates";
import type { EmployerLinkScope } from "~/domain/employer-access";
import { refuse, type Refusal } from "~/domain/refusal";
import { isClosedStatus, REQUEST_STATUS_LABELS } from "~/domain/request-status";
import { sentByEmployer } from "~/domain/request-answers";
import { describeEventForEmployer, STATUS_FOR_EMPLOYER } from "~/domain/request-words";
import {
  lastWithdrawal,
  legacyAssignmentsToRestore,
  reopenChance,
  reopenDeadline,
  resumedRespondBy,
  type StatusBeforeWithdrawal,
  withdrawalRecord,
} from "~/domain/withdrawal";
import { type Database, type Queryable, type Transaction, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { queueEmail } from "~/lib/mailer.server";
import { copyContactToOpenRequests, newRequestLink, trackingUrl } from "./employer-access.server";
import { loadHandlerContact } from "./handler-contact.server";
import { plannedAppointment } from "./introductions.server";
import { activeWspOfRegion } from "./organisations.server";
import type { EmployerContact } from "./requests.server";
import { hashToken } from "./routing.server";

/** The employer's requests that a link opens: one for a request link, all for an employer link. */
export async function employerOverview(
  db: Database,
  employerId: string,
  scope: EmployerLinkScope = { kind: "employer" },
  now: Date = new Date(),
) {
  const requests = await db
    .select()
    .from(schema.requests)
    .where(
      and(
        eq(schema.requests.employerId, employerId),
        scope.kind === "request" ? eq(schema.requests.id, scope.requestId) : undefined,
      ),
    )
    .orderBy(desc(schema.requests.createdAt));
  if (requests.length === 0) return [];
  const ids = requests.map((r) => r.id);
  const [events, organisations] = await Promise.all([
    db
      .select()
      .from(schema.requestEvents)
      .where(inArray(schema.requestEvents.requestId, ids))
      .orderBy(asc(schema.requestEvents.id)),
    db.select({ id: schema.organisations.id, name: schema.organisations.name }).from(schema.organisations),
  ]);
  const nameOf = new Map(organisations.map((o) => [o.id, o.name]));
  // Who to talk to, once a school or WSP holds the request (null before that, and once closed).
  const contacts = await Promise.all(requests.map((r) => (isClosedStatus(r.status) ? null : loadHandlerContact(db, r.id))));
  // The kennismaking, while that is where the request stands (not once it is placed or closed).
  const appointments = await Promise.all(requests.map((r) => (r.status === "kennismaking_gepland" ? plannedAppointment(db, r.id) : null)));
  return requests.map((r, index) => {
    const own = events.filter((e) => e.requestId === r.id);
    return {
      id: r.id,
      reference: r.reference,
      kind: r.kind,
      status: r.status,
      statusText: STATUS_FOR_EMPLOYER[r.status],
      open: !isClosedStatus(r.status),
      sent: sentByEmployer(r.details),
      handler: r.routing.school?.name ?? r.routing.wsp?.name ?? null,
      contact: contacts[index] ?? null,
      appointment: appointments[index] ?? null,
      reopen: reopenChance(r.status, lastWithdrawal(own), now),
      mayChangeAnswers: answerChangeChance(r).kind === "open",
      createdAt: r.createdAt,
      timeline: own
        .map((e) => {
          const organisationId = e.actor.startsWith("organisatie:")
            ? e.actor.slice("organisatie:".length)
            : (e.data.organisationId as string | undefined);
          return {
            at: e.createdAt,
            text: describeEventForEmployer({ type: e.type, data: e.data, organisationName: organisationId ? nameOf.get(organisationId) : null }),
          };
        })
        .filter((e): e is { at: Date; text: string } => e.text !== null),
    };
  });
}

async function ownRequest(tx: Transaction, employerId: string, requestId: string) {
  const [request] = await tx
    .select()
    .from(schema.requests)
    .where(and(eq(schema.requests.id, requestId), eq(schema.requests.employerId, employerId)))
    .for("update");
  return request ?? null;
}

/** The organisation that has the request now: the school that has it open or took it on, else the WSP. */
export async function currentHandler(tx: Queryable, requestId: string) {
  const [row] = await tx
    .select({ organisation: schema.organisations })
    .from(schema.requestAssignments)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.requestAssignments.organisationId))
    .where(
      and(
        eq(schema.requestAssignments.requestId, requestId),
        inArray(schema.requestAssignments.status, [...LOAD_STATUSES]),
      ),
    )
    .orderBy(desc(schema.requestAssignments.createdAt))
    .limit(1);
  return row?.organisation ?? null;
}

/**
 * The staff member who owns the request, when there is one who still works here: they work it
 * day to day, so a message to the organisation's general address alone could sit unread.
 */
async function requestOwner(tx: Transaction, ownerId: string | null) {
  if (!ownerId) return null;
  const [owner] = await tx
    .select({ email: schema.staffMembers.email, name: schema.staffMembers.name })
    .from(schema.staffMembers)
    .where(and(eq(schema.staffMembers.id, ownerId), eq(schema.staffMembers.active, true)));
  return owner ?? null;
}

/**
 * Who hears about a step on the employer's request: the organisation that holds it, and its owner
 * there when that person has an address of their own (null when it is the same address).
 */
async function whoToTell(tx: Transaction, request: { id: string; ownerId: string | null }, employerId: string) {
  const handler = await currentHandler(tx, request.id);
  const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, employerId));
  if (!handler || !employer) return null;
  const owner = await requestOwner(tx, request.ownerId);
  const ownAddress = owner && owner.email.trim().toLowerCase() !== handler.contactEmail.trim().toLowerCase();
  return { handler, employer, owner: ownAddress ? owner : null };
}

/**
 * Passes a message from the employer to whoever has the request now, through the outbox; and to
 * the request's owner as well, when that person has an address of their own.
 */
export async function tellHandler(
  tx: Transaction,
  request: { id: string; reference: string; ownerId: string | null },
  employerId: string,
  message: string,
  idempotencyKey: string,
  withdrawn = false,
) {
  const told = await whoToTell(tx, request, employerId);
  if (!told) return;
  const { handler, employer, owner } = told;
  const props = {
    organisationName: handler.name,
    reference: request.reference,
    companyName: employer.companyName,
    contactName: employer.contactName,
    email: employer.email,
    message,
    withdrawn,
  };
  await queueEmail(tx, { template: "bericht-van-werkgever", to: handler.contactEmail, requestId: request.id, idempotencyKey, props });
  if (owner) {
    await queueEmail(tx, {
      template: "bericht-van-werkgever",
      to: owner.email,
      requestId: request.id,
      idempotencyKey: `${idempotencyKey}/eigenaar`,
      props: { ...props, ownerName: owner.name },
    });
  }
}

/** What the page's forms call the field a refusal belongs to. */
type EmployerActionField = "message" | "confirm";

export type EmployerAction = { ok: true; reference: string } | Refusal<EmployerActionField>;

const NOT_FOUND = "Deze aanvraag bestaat niet.";

type OwnRequest = NonNullable<Awaited<ReturnType<typeof ownRequest>>>;

/** Runs `work` on the employer's own request, if it exists and is still open. */
function withOpenRequest(
  db: Database,
  employerId: string,
  requestId: string,
  field: EmployerActionField,
  work: (tx: Transaction, request: OwnRequest) => Promise<void>,
): Promise<EmployerAction> {
  return db.transaction(async (tx) => {
    const request = await ownRequest(tx, employerId, requestId);
    if (!request) return refuse(NOT_FOUND, field);
    if (isClosedStatus(request.status)) return refuse("Deze aanvraag is al afgesloten.", field);
    await work(tx, request);
    return { ok: true, reference: request.reference } as const;
  });
}

/** A message from the employer, passed to whoever handles the request now. */
export async function sendEmployerMessage(
  db: Database,
  employerId: string,
  requestId: string,
  message: string,
  now: Date = new Date(),
): Promise<EmployerAction> {
  return withOpenRequest(db, employerId, requestId, "message", async (tx, request) => {
    const [event] = await tx
      .insert(schema.requestEvents)
      .values({ requestId, type: "bericht_werkgever", actor: "werkgever", data: { message }, createdAt: now })
      .returning({ id: schema.requestEvents.id });
    await tellHandler(tx, request, employerId, message, `${request.reference}/bericht/${event!.id}`);
  });
}

/**
 * The employer withdraws: the request closes, whoever had it hears so, and the employer gets an
 * email that says how to take it back (`~/domain/withdrawal`), with a fresh link to the request.
 */
export async function withdrawRequest(
  db: Database,
  employerId: string,
  requestId: string,
  now: Date = new Date(),
): Promise<EmployerAction> {
  return withOpenRequest(db, employerId, requestId, "confirm", async (tx, request) => {
    // A request can be withdrawn again after a reopening; each withdrawal's emails are their own.
    const earlier = await tx.$count(
      schema.requestEvents,
      and(eq(schema.requestEvents.requestId, requestId), eq(schema.requestEvents.type, "ingetrokken")),
    );
    const key = earlier === 0 ? `${request.reference}/ingetrokken` : `${request.reference}/ingetrokken/${earlier + 1}`;
    const handler = await currentHandler(tx, request.id);
    // Told first, while the handler still has the request open.
    await tellHandler(
      tx,
      request,
      employerId,
      "De werkgever heeft deze aanvraag ingetrokken via Opstap. U hoeft er niets meer mee te doen.",
      key,
      true,
    );
    await closeAsWithdrawn(tx, requestId, now);
    const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, employerId));
    if (!employer) return;
    const token = await newRequestLink(tx, { employerId, requestId }, now);
    await queueEmail(tx, {
      template: "aanvraag-ingetrokken",
      to: employer.email,
      requestId,
      idempotencyKey: `${key}/werkgever`,
      props: {
        contactName: employer.contactName,
        reference: request.reference,
        handlerName: handler?.name ?? null,
        reopenUntil: formatDeadline(reopenDeadline(now)),
        trackingUrl: trackingUrl(token, request.reference),
      },
    });
  });
}

/**
 * The request is withdrawn by (or for) the employer: it closes, whoever had it no longer has it,
 * and the timeline says so. The timeline event records the status and the assignments it closes,
 * so the employer can take the withdrawal back (`reopenRequest`). Telling the handler is the
 * caller's part: before this, while they still hold it.
 */
export async function closeAsWithdrawn(tx: Transaction, requestId: string, now: Date, eventData: Record<string, unknown> = {}) {
  const [request] = await tx.select({ status: schema.requests.status }).from(schema.requests).where(eq(schema.requests.id, requestId));
  const holding = await tx
    .select({ id: schema.requestAssignments.id, status: schema.requestAssignments.status, respondedAt: schema.requestAssignments.respondedAt })
    .from(schema.requestAssignments)
    .where(and(eq(schema.requestAssignments.requestId, requestId), inArray(schema.requestAssignments.status, [...LOAD_STATUSES])));
  await tx.update(schema.requests).set({ status: "ingetrokken", closedAt: now, updatedAt: now }).where(eq(schema.requests.id, requestId));
  await tx
    .update(schema.requestAssignments)
    .set({ status: "withdrawn", respondedAt: now })
    .where(and(eq(schema.requestAssignments.requestId, requestId), inArray(schema.requestAssignments.status, [...LOAD_STATUSES])));
  const record = request ? withdrawalRecord(request.status, holding) : {};
  await tx.insert(schema.requestEvents).values({ requestId, type: "ingetrokken", actor: "werkgever", data: { ...record, ...eventData }, createdAt: now });
}

export type ReopenOutcome = { ok: true; reference: string; status: StatusBeforeWithdrawal } | Refusal;

/**
 * The employer takes a withdrawal back, within REOPEN_DAYS (`~/domain/withdrawal`): the request
 * gets the status it had, the organisations that had it have it again (a school that still had
 * to answer gets the time it had left, and a fresh answer link), and the one that holds it now
 * hears so. When none of them can take it any more, the region's WSP gets it, so someone has it.
 */
export async function reopenRequest(db: Database, employerId: string, requestId: string, now: Date = new Date()): Promise<ReopenOutcome> {
  return db.transaction(async (tx) => {
    const request = await ownRequest(tx, employerId, requestId);
    if (!request) return refuse(NOT_FOUND);
    const events = await tx
      .select({ type: schema.requestEvents.type, data: schema.requestEvents.data, createdAt: schema.requestEvents.createdAt })
      .from(schema.requestEvents)
      .where(eq(schema.requestEvents.requestId, requestId))
      .orderBy(asc(schema.requestEvents.id));
    const withdrawal = lastWithdrawal(events);
    const chance = reopenChance(request.status, withdrawal, now);
    if (chance.kind === "te_laat") {
      return refuse(`Heropenen kon tot ${formatDeadline(chance.since)}. Dat kan nu niet meer. Stuur een nieuwe aanvraag als u toch verder wilt.`);
    }
    if (chance.kind === "nee" || !withdrawal) {
      return refuse(isClosedStatus(request.status) ? "Deze aanvraag kan niet meer open." : "Deze aanvraag is al open.");
    }

    const assignments = schema.requestAssignments;
    const rows = await tx
      .select({ assignment: assignments, organisationActive: schema.organisations.active })
      .from(assignments)
      .innerJoin(schema.organisations, eq(schema.organisations.id, assignments.organisationId))
      .where(eq(assignments.requestId, requestId));
    const toRestore = withdrawal.assignments ?? legacyAssignmentsToRestore(withdrawal, rows.map((row) => row.assignment));
    let schoolAnswer: { respondBy: Date; token: string } | null = null;
    let restored = 0;
    for (const previous of toRestore) {
      const row = rows.find((r) => r.assignment.id === previous.id);
      // Only what the withdrawal closed, and only with an organisation that still takes requests.
      if (!row || row.assignment.status !== "withdrawn" || !row.organisationActive) continue;
      const respondBy = previous.status === "open" ? resumedRespondBy(row.assignment.respondBy, withdrawal.at, now) : row.assignment.respondBy;
      // A school that still has to answer gets a fresh link in the email; the old one stops.
      const token = previous.status === "open" && respondBy ? randomBytes(24).toString("base64url") : null;
      await tx
        .update(assignments)
        .set({
          status: previous.status,
          respondedAt: previous.respondedAt ? new Date(previous.respondedAt) : null,
          respondBy,
          ...(token ? { responseTokenHash: hashToken(token) } : {}),
        })
        .where(eq(assignments.id, previous.id));
      if (token && respondBy) schoolAnswer = { respondBy, token };
      restored++;
    }
    if (restored === 0) {
      const wsp = await activeWspOfRegion(tx, request.regionSlug);
      if (wsp) await tx.insert(assignments).values({ requestId, organisationId: wsp.id, createdAt: now });
    }
    const status = withdrawal.previousStatus;
    await tx.update(schema.requests).set({ status, closedAt: null, updatedAt: now }).where(eq(schema.requests.id, requestId));
    await tx.insert(schema.requestEvents).values({
      requestId,
      type: "heropend",
      actor: "werkgever",
      data: { from: "ingetrokken", to: status },
      createdAt: now,
    });
    const n = await tx.$count(schema.requestEvents, and(eq(schema.requestEvents.requestId, requestId), eq(schema.requestEvents.type, "heropend")));
    await tellHandlerReopened(tx, request, employerId, status, `${request.reference}/heropend/${n}`, schoolAnswer);
    return { ok: true, reference: request.reference, status } as const;
  });
}

/** The organisation that holds the request again (and its owner there) hears it is back. */
async function tellHandlerReopened(
  tx: Transaction,
  request: OwnRequest,
  employerId: string,
  status: StatusBeforeWithdrawal,
  idempotencyKey: string,
  schoolAnswer: { respondBy: Date; token: string } | null,
) {
  const told = await whoToTell(tx, request, employerId);
  if (!told) return;
  const { handler, employer, owner } = told;
  const props = {
    organisationName: handler.name,
    reference: request.reference,
    companyName: employer.companyName,
    contactName: employer.contactName,
    email: employer.email,
    statusLabel: REQUEST_STATUS_LABELS[status],
    respondBy: schoolAnswer ? formatDeadline(schoolAnswer.respondBy) : null,
    responseUrl: schoolAnswer ? `${env().APP_URL}/reactie/${schoolAnswer.token}` : null,
  };
  await queueEmail(tx, { template: "aanvraag-heropend", to: handler.contactEmail, requestId: request.id, idempotencyKey, props });
  if (owner) {
    await queueEmail(tx, {
      template: "aanvraag-heropend",
      to: owner.email,
      requestId: request.id,
      idempotencyKey: `${idempotencyKey}/eigenaar`,
      // The answer link is the school's, for its general address; the owner works in the back office.
      props: { ...props, ownerName: owner.name, respondBy: null, responseUrl: null },
    });
  }
}

/** The reference of the employer's own request, or null for any other id. */
export async function ownRequestReference(db: Database, employerId: string, requestId: string): Promise<string | null> {
  const [request] = await db
    .select({ reference: schema.requests.reference })
    .from(schema.requests)
    .where(and(eq(schema.requests.id, requestId), eq(schema.requests.employerId, employerId)));
  return request?.reference ?? null;
}

/**
 * Corrects the name and phone number; open requests carry them too. A new email address goes
 * through `requestEmailChange` instead: it needs the new mailbox first.
 */
export async function updateEmployerContact(
  db: Database,
  employerId: string,
  contact: Pick<EmployerContact, "contactName" | "phone">,
  now: Date = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(schema.employers)
      .set({ contactName: contact.contactName, phone: contact.phone, updatedAt: now })
      .where(eq(schema.employers.id, employerId));
    await copyContactToOpenRequests(tx, employerId, now);
  });
}
