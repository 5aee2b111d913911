/**
 * What an employer can see and do on their own page. Every function takes the employer id (and,
 * for a link to one request, that request) from the verified link and only touches that
 * employer's own requests: a request id of someone else is treated as not found.
 */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { LOAD_STATUSES } from "~/domain/assignments";
import type { EmployerLinkScope } from "~/domain/employer-access";
import { isClosedStatus } from "~/domain/request-status";
import { sentByEmployer } from "~/domain/request-answers";
import { describeEventForEmployer, STATUS_FOR_EMPLOYER } from "~/domain/request-words";
import { type Database, type Transaction, schema } from "~/lib/db.server";
import { queueEmail } from "~/lib/mailer.server";
import { copyContactToOpenRequests } from "./employer-access.server";
import type { EmployerContact } from "./requests.server";

/** The employer's requests that a link opens: one for a request link, all for an employer link. */
export async function employerOverview(db: Database, employerId: string, scope: EmployerLinkScope = { kind: "employer" }) {
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
  return requests.map((r) => ({
    id: r.id,
    reference: r.reference,
    kind: r.kind,
    status: r.status,
    statusText: STATUS_FOR_EMPLOYER[r.status],
    open: !isClosedStatus(r.status),
    sent: sentByEmployer(r.details),
    handler: r.routing.school?.name ?? r.routing.wsp?.name ?? null,
    createdAt: r.createdAt,
    timeline: events
      .filter((e) => e.requestId === r.id)
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
  }));
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
export async function currentHandler(tx: Transaction, requestId: string) {
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
 * Passes a message from the employer to whoever has the request now, through the outbox; and to
 * the request's owner as well, when that person has an address of their own.
 */
async function tellHandler(
  tx: Transaction,
  request: { id: string; reference: string; ownerId: string | null },
  employerId: string,
  message: string,
  idempotencyKey: string,
  withdrawn = false,
) {
  const handler = await currentHandler(tx, request.id);
  const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, employerId));
  if (!handler || !employer) return;
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
  const owner = await requestOwner(tx, request.ownerId);
  if (owner && owner.email.trim().toLowerCase() !== handler.contactEmail.trim().toLowerCase()) {
    await queueEmail(tx, {
      template: "bericht-van-werkgever",
      to: owner.email,
      requestId: request.id,
      idempotencyKey: `${idempotencyKey}/eigenaar`,
      props: { ...props, ownerName: owner.name },
    });
  }
}

export type EmployerAction = { ok: true } | { ok: false; reason: "niet_gevonden" | "gesloten" };

type OwnRequest = NonNullable<Awaited<ReturnType<typeof ownRequest>>>;

/** Runs `work` on the employer's own request, if it exists and is still open. */
function withOpenRequest(
  db: Database,
  employerId: string,
  requestId: string,
  work: (tx: Transaction, request: OwnRequest) => Promise<void>,
): Promise<EmployerAction> {
  return db.transaction(async (tx) => {
    const request = await ownRequest(tx, employerId, requestId);
    if (!request) return { ok: false, reason: "niet_gevonden" } as const;
    if (isClosedStatus(request.status)) return { ok: false, reason: "gesloten" } as const;
    await work(tx, request);
    return { ok: true } as const;
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
  return withOpenRequest(db, employerId, requestId, async (tx, request) => {
    const [event] = await tx
      .insert(schema.requestEvents)
      .values({ requestId, type: "bericht_werkgever", actor: "werkgever", data: { message }, createdAt: now })
      .returning({ id: schema.requestEvents.id });
    await tellHandler(tx, request, employerId, message, `${request.reference}/bericht/${event!.id}`);
  });
}

/** The employer withdraws: the request closes, and whoever had it hears so. */
export async function withdrawRequest(
  db: Database,
  employerId: string,
  requestId: string,
  now: Date = new Date(),
): Promise<EmployerAction> {
  return withOpenRequest(db, employerId, requestId, async (tx, request) => {
    // Told first, while the handler still has the request open.
    await tellHandler(
      tx,
      request,
      employerId,
      "De werkgever heeft deze aanvraag ingetrokken via Opstap. U hoeft er niets meer mee te doen.",
      `${request.reference}/ingetrokken`,
      true,
    );
    await closeAsWithdrawn(tx, requestId, now);
  });
}

/**
 * The request is withdrawn by (or for) the employer: it closes, whoever had it no longer has it,
 * and the timeline says so. Telling the handler is the caller's part: before this, while they
 * still hold it.
 */
export async function closeAsWithdrawn(tx: Transaction, requestId: string, now: Date, eventData: Record<string, unknown> = {}) {
  await tx.update(schema.requests).set({ status: "ingetrokken", closedAt: now, updatedAt: now }).where(eq(schema.requests.id, requestId));
  await tx
    .update(schema.requestAssignments)
    .set({ status: "withdrawn", respondedAt: now })
    .where(and(eq(schema.requestAssignments.requestId, requestId), inArray(schema.requestAssignments.status, [...LOAD_STATUSES])));
  await tx.insert(schema.requestEvents).values({ requestId, type: "ingetrokken", actor: "werkgever", data: eventData, createdAt: now });
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
