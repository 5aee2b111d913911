/**
 * Routing in the database: loads the routing data the pure `routeRequest` needs, hands a request
 * to the chosen organisation (assignment, timeline, emails), and moves it on when a school
 * declines or lets its response window pass.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gte, inArray, lte, notInArray, sql } from "drizzle-orm";
import { LOAD_STATUSES, schoolYearStart } from "~/domain/assignments";
import { wspPhrase } from "~/domain/organisations";
import { formatDeadline } from "~/domain/dates";
import { type RoutingOrganisation, type RoutingPlace, type RoutingRequest, routeRequest } from "~/domain/routing";
import { requestAnswers } from "~/domain/request-answers";
import { contactOf, type RequestDetails } from "~/domain/request-details";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { reasonTextForStaff, type RoutingDecision, schoolAnswersBySentence } from "~/domain/routing-decision";
import { sectorLabel } from "~/domain/sectors";
import { responseDeadline } from "~/domain/working-days";
import { type Database, type Queryable, type Transaction, schema } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { type AnyQueuedEmail, queueEmail, queueEmails } from "~/lib/mailer.server";
import { newRequestLink, trackingUrl } from "./employer-access.server";
import { loadHandlerContact } from "./handler-contact.server";
import { installationDetails } from "./installation.server";

/**
 * The candidates for one request: the region's WSPs, and the schools whose service area holds
 * the municipality, each with its load this school year.
 */
export async function routingOrganisations(
  q: Queryable,
  place: Pick<RoutingPlace, "regionSlug" | "municipalityCode">,
  now: Date,
): Promise<RoutingOrganisation[]> {
  const organisations = schema.organisations;
  const area = schema.organisationServiceAreas;
  const assignments = schema.requestAssignments;
  // Counted per candidate (assignments dozen), from assignments_organisation_idx (organisation, status,
  // created_at): grouping every assignment of the school year first cost 120 ms per submission at
  // 100,000 requests (docs/performance.md).
  const openLoad = sql<number>`(select count(*)::int from ${assignments}
    where ${assignments.organisationId} = ${organisations.id} and ${inArray(assignments.status, [...LOAD_STATUSES])} and ${gte(assignments.createdAt, schoolYearStart(now))})`;
  const rows = await q
    .select({ organisation: organisations, openLoad })
    .from(organisations)
    .where(
      sql`(${organisations.kind} = 'wsp' and ${organisations.regionSlug} = ${place.regionSlug}) or (${organisations.kind} = 'school' and exists (
        select 1 from ${area} where ${area.organisationId} = ${organisations.id} and ${area.municipalityCode} = ${place.municipalityCode}))`,
    );
  return rows.map(({ organisation, openLoad }) => ({
    ...organisation,
    openLoad: Number(openLoad),
    // Only schools that serve this municipality were loaded; that is all the decision needs.
    serviceArea: new Set(organisation.kind === "school" ? [place.municipalityCode] : []),
  }));
}

function newResponseToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export interface RoutedRequest {
  id: string;
  reference: string;
  kind: RoutingRequest["kind"];
  sector: string | null;
  postcode: string | null;
  details: RequestDetails;
}

/**
 * Hands the request to the handler the decision names: an open assignment with a response window
 * for a school, or the WSP. Queues the emails: the handler's, and the WSP's notice when a school
 * handles it. Must run inside the caller's transaction. `message` is the WSP's note when it
 * forwards the request to a school by hand; it is kept with the assignment and put in the email.
 */
export async function assignRequest(
  tx: Transaction,
  request: RoutedRequest,
  decision: RoutingDecision,
  now: Date,
  options: {
    message?: string | null;
    /** The request was created in this transaction: it has no earlier assignments to count. */
    newRequest?: boolean;
    /** Collects the emails for the caller to queue with its own in one statement; else queued here. */
    emails?: AnyQueuedEmail[];
  } = {},
): Promise<{ respondBy: Date | null }> {
  let respondBy: Date | null = null;
  const emails: AnyQueuedEmail[] = options.emails ?? [];
  let inserted = 0;
  // The hop (how many organisations had the request) keys the WSP's and the team's email, so a
  // re-route gets a new one. A new request's count is what was inserted here: no round trip.
  const hopCount = async () =>
    options.newRequest ? inserted : tx.$count(schema.requestAssignments, eq(schema.requestAssignments.requestId, request.id));
  const contact = contactOf(request.details);
  const common = {
    kindLabel: REQUEST_KIND_LABELS[request.kind],
    reference: request.reference,
    companyName: contact.companyName,
    sectorLabel: request.sector ? sectorLabel(request.sector) : "Niet opgegeven",
    municipalityName: decision.municipalityName,
    postcode: request.postcode,
    work: request.details.work ?? "",
    contactName: contact.contactName,
    email: contact.email,
    phone: contact.phone,
    // Everything the employer answered (group size, days, start, …), so the school can decide from the email.
    answers: requestAnswers(request.details),
  };
  const reasons = decision.reasons.map((reason) => reasonTextForStaff(reason, decision));
  // The school's and the WSP's address in one round trip: every submission pays for it.
  const organisationIds = [decision.school?.organisationId, decision.wsp?.organisationId].filter((id): id is string => Boolean(id));
  const addresses =
    organisationIds.length === 0
      ? new Map<string, string>()
      : new Map(
          (
            await tx
              .select({ id: schema.organisations.id, contactEmail: schema.organisations.contactEmail })
              .from(schema.organisations)
              .where(inArray(schema.organisations.id, organisationIds))
          ).map((row) => [row.id, row.contactEmail]),
        );
  const addressOf = (organisationId: string) => {
    const address = addresses.get(organisationId);
    if (address === undefined) throw new Error(`Organisatie ${organisationId} niet gevonden`);
    return address;
  };

  if (decision.school) {
    const { token, hash } = newResponseToken();
    respondBy = responseDeadline(now, env().RESPONSE_WINDOW_WORKING_DAYS);
    const [assignment] = await tx
      .insert(schema.requestAssignments)
      .values({
        requestId: request.id,
        organisationId: decision.school.organisationId,
        respondBy,
        responseTokenHash: hash,
        message: options.message ?? null,
        createdAt: now,
      })
      .returning({ id: schema.requestAssignments.id });
    inserted += 1;
    emails.push({
      template: "nieuwe-aanvraag-school",
      to: addressOf(decision.school.organisationId),
      requestId: request.id,
      idempotencyKey: `${request.reference}/school/${assignment!.id}`,
      props: {
        ...common,
        schoolName: decision.school.name,
        respondBy: formatDeadline(respondBy),
        responseUrl: `${env().APP_URL}/reactie/${token}`,
        reasons,
        message: options.message ?? null,
      },
    });
  } else if (decision.wsp) {
    await tx
      .insert(schema.requestAssignments)
      .values({ requestId: request.id, organisationId: decision.wsp.organisationId, createdAt: now });
    inserted += 1;
  }

  if (decision.wsp) {
    const hop = await hopCount();
    emails.push({
      template: "nieuwe-aanvraag-wsp",
      to: addressOf(decision.wsp.organisationId),
      requestId: request.id,
      idempotencyKey: `${request.reference}/wsp/${hop}`,
      props: { ...common, wspName: decision.wsp.name, schoolName: decision.school?.name ?? null, reasons },
    });
  }
  if (!decision.school && !decision.wsp) {
    // Nobody in a region holds it (a question without a place, or a region without a known WSP):
    // the team behind Opstap gets it, so it is never left unread (decision 032).
    const operator = await installationDetails(tx);
    const hop = await hopCount();
    emails.push({
      template: "vraag-voor-opstap",
      to: operator.email,
      requestId: request.id,
      idempotencyKey: `${request.reference}/opstap/${hop}`,
      props: {
        ...common,
        operatorName: operator.organisationName,
        reasons,
        requestUrl: `${env().APP_URL}/backoffice/aanvragen/${encodeURIComponent(request.reference)}`,
      },
    });
  }
  if (!options.emails) await queueEmails(tx, emails);
  return { respondBy };
}

async function excludedSchools(q: Queryable, requestId: string): Promise<string[]> {
  const rows = await q
    .select({ organisationId: schema.requestAssignments.organisationId })
    .from(schema.requestAssignments)
    .where(
      and(
        eq(schema.requestAssignments.requestId, requestId),
        inArray(schema.requestAssignments.status, ["declined", "expired"]),
      ),
    );
  return rows.map((r) => r.organisationId);
}

/** Makes the decision again without the schools that declined or did not answer, and assigns. */
export async function reroute(tx: Transaction, requestId: string, now: Date): Promise<RoutingDecision> {
  const [request] = await tx.select().from(schema.requests).where(eq(schema.requests.id, requestId)).for("update");
  if (!request) throw new Error(`Aanvraag ${requestId} bestaat niet`);
  const previous = request.routing;
  const { municipalityCode, municipalityName, regionSlug, regionName } = previous;
  // Only a request that went to a school is routed again, and a question without a place never
  // does (decision 032): it stays with the team behind Opstap.
  if (!request.postcode || !municipalityCode || !municipalityName || !regionSlug || !regionName) return previous;
  const place: RoutingPlace = { pc4: request.postcode, municipalityCode, municipalityName, regionSlug, regionName };
  const decision = routeRequest(
    {
      kind: request.kind,
      topic: request.details.topic,
      sector: request.sector,
      groupSize: request.details.groupSize,
      tieBreakKey: request.submissionKey,
      excludedSchoolIds: await excludedSchools(tx, request.id),
    },
    place,
    await routingOrganisations(tx, place, now),
  );
  await tx.update(schema.requests).set({ routing: decision, updatedAt: now }).where(eq(schema.requests.id, request.id));
  await tx.insert(schema.requestEvents).values({
    requestId: request.id,
    type: decision.school ? "doorgestuurd" : "naar_wsp",
    actor: "systeem",
    data: { routing: decision },
    createdAt: now,
  });
  const { respondBy } = await assignRequest(tx, request, decision, now);
  await notifyEmployer(
    tx,
    request,
    decision.school && respondBy
      ? `Uw aanvraag is doorgestuurd naar ${decision.school.name}. ${schoolAnswersBySentence("Die school", formatDeadline(respondBy))}`
      : decision.wsp
        ? `De scholen in de buurt konden uw aanvraag niet oppakken. ${wspPhrase(decision.wsp.name, true)} neemt contact met u op.`
        : "De scholen in de buurt konden uw aanvraag niet oppakken. We zoeken uit wie u verder helpt.",
    now,
  );
  return decision;
}

/** A status email to the employer, with a fresh private link to this request. */
export async function notifyEmployer(
  tx: Transaction,
  request: { id: string; reference: string; employerId: string },
  message: string,
  now: Date,
) {
  const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, request.employerId));
  if (!employer) return;
  const token = await newRequestLink(tx, { employerId: employer.id, requestId: request.id }, now);
  const n = await tx.$count(schema.emailOutbox, eq(schema.emailOutbox.requestId, request.id));
  // Once a school or WSP holds the request: who to call, and where an answer to this email goes.
  const handler = await loadHandlerContact(tx, request.id);
  await queueEmail(tx, {
    template: "status-gewijzigd",
    to: employer.email,
    requestId: request.id,
    idempotencyKey: `${request.reference}/status/${n}`,
    replyTo: handler?.email ?? null,
    props: { contactName: employer.contactName, reference: request.reference, message, trackingUrl: trackingUrl(token), handler },
  });
}

export type ResponseOutcome = { ok: true; decision?: RoutingDecision } | { ok: false; reason: "onbekend" | "al_beantwoord" };

export type SchoolAnswer = { accept: true } | { accept: false; reason: string };

/** A school answers through its private link: accept, or decline with a reason (moves it on). */
export async function respondToAssignment(
  db: Database,
  token: string,
  answer: SchoolAnswer,
  now: Date = new Date(),
): Promise<ResponseOutcome> {
  return db.transaction(async (tx) => {
    const [assignment] = await tx
      .select({ id: schema.requestAssignments.id })
      .from(schema.requestAssignments)
      .where(eq(schema.requestAssignments.responseTokenHash, hashToken(token)));
    if (!assignment) return { ok: false, reason: "onbekend" } as const;
    return answerAssignment(tx, assignment.id, answer, now);
  });
}

/**
 * The school's answer to one assignment, however it came in (the link in its email, or the back
 * office): accepting puts the request in progress and tells the employer; declining moves the
 * request on. Runs inside the caller's transaction; `staffName` says who answered in the back office.
 */
export async function answerAssignment(
  tx: Transaction,
  assignmentId: string,
  answer: SchoolAnswer,
  now: Date = new Date(),
  staffName?: string,
): Promise<ResponseOutcome> {
  const [found] = await tx
    .select({ requestId: schema.requestAssignments.requestId })
    .from(schema.requestAssignments)
    .where(eq(schema.requestAssignments.id, assignmentId));
  if (!found) return { ok: false, reason: "onbekend" } as const;
  // Request first, then assignment: the order every writer uses, so two of them never deadlock.
  const [request] = await tx.select().from(schema.requests).where(eq(schema.requests.id, found.requestId)).for("update");
  const [assignment] = await tx
    .select()
    .from(schema.requestAssignments)
    .where(eq(schema.requestAssignments.id, assignmentId))
    .for("update");
  if (!assignment || !request) return { ok: false, reason: "onbekend" } as const;
  if (assignment.status !== "open") return { ok: false, reason: "al_beantwoord" } as const;

  await tx
    .update(schema.requestAssignments)
    .set({
      status: answer.accept ? "accepted" : "declined",
      respondedAt: now,
      declineReason: answer.accept ? null : answer.reason,
    })
    .where(eq(schema.requestAssignments.id, assignment.id));
  await tx.insert(schema.requestEvents).values({
    requestId: assignment.requestId,
    type: answer.accept ? "geaccepteerd" : "afgewezen",
    actor: `organisatie:${assignment.organisationId}`,
    data: { ...(answer.accept ? {} : { reason: answer.reason }), ...(staffName ? { staffName } : {}) },
    createdAt: now,
  });
  if (answer.accept) {
    // Only a new request starts being worked on; one the WSP already moved on keeps its status.
    if (request.status === "nieuw") {
      await tx.update(schema.requests).set({ status: "in_behandeling", updatedAt: now }).where(eq(schema.requests.id, request.id));
    }
    const [school] = await tx
      .select({ name: schema.organisations.name })
      .from(schema.organisations)
      .where(eq(schema.organisations.id, assignment.organisationId));
    await notifyEmployer(tx, request, `${school?.name ?? "De school"} pakt uw aanvraag op en neemt contact met u op.`, now);
    return { ok: true } as const;
  }
  return { ok: true, decision: await reroute(tx, assignment.requestId, now) } as const;
}

/**
 * The scheduled job: requests whose school did not answer in time move on. Each request moves in
 * its own transaction, claimed with SKIP LOCKED, so several workers can run the job at once
 * without moving a request twice, and one request that fails to move does not hold up the rest.
 */
export async function expireOverdueAssignments(
  db: Database,
  now: Date = new Date(),
  batchSize = 20,
  log: (message: string) => void = console.error,
): Promise<number> {
  const assignments = schema.requestAssignments;
  const failed: string[] = [];
  let moved = 0;
  // Requests another worker or assignments person holds right now: skipped this round, tried next round.
  const busy: string[] = [];
  for (let i = 0; i < batchSize; i++) {
    let claimedId: string | undefined;
    try {
      const done = await db.transaction(async (tx) => {
        const skip = [...failed, ...busy];
        const [candidate] = await tx
          .select({ id: assignments.id, requestId: assignments.requestId })
          .from(assignments)
          .where(and(eq(assignments.status, "open"), lte(assignments.respondBy, now), skip.length ? notInArray(assignments.id, skip) : undefined))
          .orderBy(assignments.respondBy)
          .limit(1);
        if (!candidate) return false;
        claimedId = candidate.id;
        // Request first, then assignment, as every writer does (see answerAssignment).
        const [request] = await tx
          .select({ id: schema.requests.id })
          .from(schema.requests)
          .where(eq(schema.requests.id, candidate.requestId))
          .for("update", { skipLocked: true });
        if (!request) {
          busy.push(candidate.id);
          return "busy";
        }
        const [assignment] = await tx
          .select({ id: assignments.id, requestId: assignments.requestId, organisationId: assignments.organisationId })
          .from(assignments)
          .where(and(eq(assignments.id, candidate.id), eq(assignments.status, "open"), lte(assignments.respondBy, now)))
          .for("update");
        // Answered between the two reads: nothing to move.
        if (!assignment) return "busy";
        await tx.update(assignments).set({ status: "expired", respondedAt: now }).where(eq(assignments.id, assignment.id));
        await tx.insert(schema.requestEvents).values({
          requestId: assignment.requestId,
          type: "niet_beantwoord",
          actor: "systeem",
          data: { organisationId: assignment.organisationId },
          createdAt: now,
        });
        await reroute(tx, assignment.requestId, now);
        return true;
      });
      if (done === "busy") continue;
      if (!done) break;
      moved += 1;
    } catch (error) {
      if (!claimedId) throw error;
      // Left open; the next round tries it again, after the others.
      failed.push(claimedId);
      log(`routering: aanvraag bij toewijzing ${claimedId} kon niet verder: ${(error as Error).message}`);
    }
  }
  return moved;
}

export async function assignmentByToken(q: Queryable, token: string) {
  const [row] = await q
    .select({ assignment: schema.requestAssignments, request: schema.requests, organisation: schema.organisations })
    .from(schema.requestAssignments)
    .innerJoin(schema.requests, eq(schema.requests.id, schema.requestAssignments.requestId))
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.requestAssignments.organisationId))
    .where(eq(schema.requestAssignments.responseTokenHash, hashToken(token)));
  return row ?? null;
}
