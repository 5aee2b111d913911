/**
 * Employer requests. Everything a submission causes (employer, request, routing, timeline,
 * tracking link, emails) is written in one transaction: either it was all accepted, or nothing.
 */
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { amsterdamDate, formatDeadline } from "~/domain/dates";
import { formatReference } from "~/domain/reference";
import { type QuestionTopic, routeRequest, routeWithoutPlace } from "~/domain/routing";
import type { RequestKind } from "~/domain/request-status";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { placeRows, sentByEmployer } from "~/domain/request-answers";
import { sectorLabel } from "~/domain/sectors";
import { type Database, type Queryable, type Transaction, queryRows, schema, together } from "~/lib/db.server";
import { type AnyQueuedEmail, queueEmails } from "~/lib/mailer.server";
import { newRequestLink, trackingUrl } from "./employer-access.server";
import type { Place } from "./places.server";
import { assignRequest, routingOrganisations } from "./routing.server";
import { registerRequest } from "./register-entries.server";

export interface EmployerContact {
  companyName: string;
  kvkNumber: string | null;
  contactName: string;
  email: string;
  phone: string | null;
}

export interface NewRequest {
  kind: RequestKind;
  /** The form's one-time key: a second POST of the same form finds the first request. */
  submissionKey: string;
  contact: EmployerContact;
  sector: string | null;
  /** Kind "vraag" only. */
  topic?: QuestionTopic;
  /** Kind "groepsstage" only. */
  groupSize?: number;
  /** The answers specific to this kind of request, kept as the employer gave them. */
  answers: Record<string, unknown>;
}

/** What the submitter learns: the reference, never a link (links only go by email). */
export type SubmitResult = { reference: string; duplicate: boolean };

/** The calendar year in the Netherlands, which starts an hour before UTC's. */
function dutchYear(now: Date): number {
  return Number(amsterdamDate(now).slice(0, 4));
}

async function nextReference(tx: Queryable, now: Date): Promise<string> {
  const [row] = await queryRows<{ n: string | number }>(tx, sql`select nextval('request_reference_seq') as n`);
  return formatReference(dutchYear(now), Number(row?.n));
}

/**
 * The employer with this email address (in any case), created on first contact. Only the address
 * joins a request to an earlier employer: its mailbox is what the employer proves when they open a
 * link. Anybody can type a KvK number, so a match on that alone is marked as a possible duplicate
 * for staff to look at, never merged by itself (decision 016). The details on an existing record
 * are not overwritten by a new request: each request keeps its own copy.
 */
async function employerFor(tx: Queryable, contact: EmployerContact): Promise<string> {
  const employers = schema.employers;
  // The insert comes first and the unique index on lower(email) refuses a known address: a new
  // employer (most submissions) then costs one statement, a known one two, as before. The oldest
  // employer with the same KvK number is looked up inside the insert.
  const sameKvk = contact.kvkNumber
    ? sql`(${tx
        .select({ id: employers.id })
        .from(employers)
        .where(and(eq(employers.kvkNumber, contact.kvkNumber), isNull(employers.erasedAt)))
        .orderBy(asc(employers.createdAt))
        .limit(1)})`
    : null;
  const [created] = await tx
    .insert(employers)
    .values({ ...contact, possibleDuplicateOfId: sameKvk })
    .onConflictDoNothing()
    .returning({ id: employers.id });
  if (created) return created.id;
  // This address is known (or another request from it was created at the same moment).
  const [existing] = await tx
    .select({ id: employers.id })
    .from(employers)
    .where(eq(sql`lower(${employers.email})`, contact.email.toLowerCase()))
    .limit(1);
  if (!existing) throw new Error("Werkgever niet gevonden na conflict");
  return existing.id;
}

async function findBySubmissionKey(q: Queryable, submissionKey: string) {
  const [row] = await q
    .select({ reference: schema.requests.reference })
    .from(schema.requests)
    .where(eq(schema.requests.submissionKey, submissionKey));
  return row ?? null;
}

/**
 * Stores a request and everything it causes. `place` is null only for a question about "iets
 * anders" sent without a postcode: it goes to the team behind Opstap (decision 032).
 */
export async function submitRequest(db: Database, input: NewRequest, place: Place | null, now: Date = new Date()): Promise<SubmitResult> {
  // No look-up first: the unique submission key refuses a second copy of the same form inside the
  // transaction, which then rolls back. A repeat is rare; a look-up would cost every submission a
  // round trip.
  try {
    return await db.transaction((tx) => storeRequest(tx, input, place, now));
  } catch (error) {
    // The same form was sent before (or twice at once): the first request is the answer.
    const winner = await findBySubmissionKey(db, input.submissionKey);
    if (winner) return { reference: winner.reference, duplicate: true };
    throw error;
  }
}

/*
 * Statements that do not need each other's answers are sent together (`together`, pipelined on
 * the transaction's connection): one socket write and one wait instead of one each. The server
 * runs them in the order they were sent, so a row is always inserted before a statement that
 * refers to it; if one fails, the transaction is rolled back as a whole, as before.
 */
async function storeRequest(tx: Transaction, input: NewRequest, place: Place | null, now: Date): Promise<SubmitResult> {
  const [employerId, organisations, reference] = await together([
    employerFor(tx, input.contact),
    place ? routingOrganisations(tx, place, now) : null,
    nextReference(tx, now),
  ]);
  const routing =
    place && organisations
      ? routeRequest(
          { kind: input.kind, topic: input.topic, sector: input.sector, groupSize: input.groupSize, tieBreakKey: input.submissionKey },
          place,
          organisations,
        )
      : routeWithoutPlace();
  const details = { ...input.contact, ...input.answers, topic: input.topic, groupSize: input.groupSize };

  const [request] = await tx
    .insert(schema.requests)
    .values({
      reference,
      kind: input.kind,
      status: "nieuw",
      employerId,
      postcode: place?.pc4 ?? null,
      municipalityCode: place?.municipalityCode ?? null,
      regionSlug: place?.regionSlug ?? null,
      sector: input.sector,
      details,
      routing,
      consentAt: now,
      submissionKey: input.submissionKey,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: schema.requests.id });
  if (!request) throw new Error("Aanvraag niet opgeslagen");

  // The school's, the WSP's and the employer's email go to the outbox in one statement, at the end.
  const emails: AnyQueuedEmail[] = [];
  const [, assignment, trackingToken] = await together([
    tx.insert(schema.requestEvents).values([
      { requestId: request.id, type: "ontvangen", actor: "werkgever", data: {}, createdAt: now },
      {
        requestId: request.id,
        type: routing.school ? "doorgestuurd" : routing.handler === "opstap" ? "naar_opstap" : "naar_wsp",
        actor: "systeem",
        data: { routing },
        createdAt: now,
      },
    ]),
    assignRequest(
      tx,
      { id: request.id, reference, kind: input.kind, sector: input.sector, postcode: place?.pc4 ?? null, details },
      routing,
      now,
      { newRequest: true, emails },
    ),
    newRequestLink(tx, { employerId, requestId: request.id }, now),
    // The employer agreed on the form to be in the register of their region (decision 028); a
    // question without a place belongs to no region.
    place
      ? registerRequest(
          tx,
          { requestId: request.id, employerId, regionSlug: place.regionSlug, postcode: place.pc4, municipalityCode: place.municipalityCode },
          { kind: input.kind, sector: input.sector, contact: input.contact },
          now,
        )
      : null,
  ]);

  emails.push({
    template: "aanvraag-ontvangen",
    to: input.contact.email,
    requestId: request.id,
    idempotencyKey: `${reference}/aanvraag-ontvangen`,
    props: {
      kindLabel: REQUEST_KIND_LABELS[input.kind],
      contactName: input.contact.contactName,
      companyName: input.contact.companyName,
      reference,
      municipalityName: place?.municipalityName ?? null,
      wspName: routing.wsp?.name ?? null,
      schoolName: routing.school?.name ?? null,
      respondBy: assignment.respondBy ? formatDeadline(assignment.respondBy) : null,
      reasons: routing.reasons.map((r) => r.text),
      trackingUrl: trackingUrl(trackingToken),
      sent: [
        ...sentByEmployer(details),
        ...placeRows(place?.municipalityName ?? null, place?.pc4 ?? null),
        ...(input.sector ? [{ label: "Sector", value: sectorLabel(input.sector) }] : []),
      ],
    },
  });
  await queueEmails(tx, emails);
  return { reference, duplicate: false };
}

export async function requestByReference(db: Queryable, reference: string) {
  const [row] = await db.select().from(schema.requests).where(eq(schema.requests.reference, reference));
  return row ?? null;
}
