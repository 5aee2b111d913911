/**
 * Steps that change who has a request: the school accepts or declines it (as its answer link
 * does, through `answerAssignment`), hands it back to the WSP, or the WSP forwards it to another
 * school. An upcoming kennismaking with the organisation that lets go is called off.
 */
import { and, asc, eq, inArray, ne, sql } from "drizzle-orm";
import { DECLINE_REASONS, LOAD_STATUSES } from "~/domain/assignments";
import { formatDeadline } from "~/domain/dates";
import { wspPhrase } from "~/domain/organisations";
import { refuse } from "~/domain/refusal";
import { companyNameOf } from "~/domain/request-details";
import { forwardedDecision, handedBackDecision, schoolAnswersBySentence } from "~/domain/routing-decision";
import { storedDeclineReason } from "~/domain/timeline";
import { NOT_ALLOWED } from "~/domain/work-actions";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { queueEmail } from "~/lib/mailer.server";
import { logAudit } from "./audit-log.server";
import { activeWspOfRegion } from "./organisations.server";
import { cancelUpcomingIntroduction } from "./request-introduction.server";
import { addEvent, releaseOwnerOf, updateRequest, withRequest, withSchoolStep } from "./request-steps.server";
import { answerAssignment, assignRequest, notifyEmployer } from "./routing.server";
import { organisationScope, type StaffMember, type VisibleRequest } from "./staff-scope.server";

export async function acceptRequest(
  db: Database,
  staff: StaffMember,
  reference: string,
  _input: Record<string, never> = {},
  now: Date = new Date(),
) {
  return withSchoolStep(db, staff, reference, "accept", async (tx, found, mine) => {
    // Whoever takes a request on follows it, unless someone already does. Set before the answer,
    // so the employer's email names this person as their contact (the lock makes the answer
    // certain); the timeline says it after the acceptance, as it happened.
    const becomesOwner = !found.request.ownerId;
    if (becomesOwner) await updateRequest(tx, found.request, { ownerId: staff.id }, now);
    const outcome = await answerAssignment(tx, mine.id, { accept: true }, now, staff.name);
    if (!outcome.ok) throw new Error(`${found.request.reference}: de school kon niet antwoorden hoewel de aanvraag op slot zat`);
    if (becomesOwner) await addEvent(tx, found.request, staff, "eigenaar_gewijzigd", { ownerId: staff.id, ownerName: staff.name }, now);
    await logAudit(tx, staff, "gewijzigd", `${found.request.reference} opgepakt`, found.request.id, now);
  });
}

export async function declineRequest(
  db: Database,
  staff: StaffMember,
  reference: string,
  input: { reason: string; explanation?: string },
  now: Date = new Date(),
) {
  return withSchoolStep(db, staff, reference, "decline", async (tx, found, mine) => {
    const reasonLabel = DECLINE_REASONS.find((reason) => reason.value === input.reason)?.label;
    if (!reasonLabel) return refuse("Kies een reden uit de lijst.");
    // Stored as the answer link stores it: the reason's code, then the explanation.
    const reason = storedDeclineReason(input.reason, input.explanation);
    await releaseOwnerOf(tx, found.request, [mine.organisationId], now);
    const outcome = await answerAssignment(tx, mine.id, { accept: false, reason }, now, staff.name);
    if (!outcome.ok) return refuse(NOT_ALLOWED.decline);
    await logAudit(tx, staff, "gewijzigd", `${found.request.reference} afgewezen: ${reasonLabel}`, found.request.id, now);
  });
}

/** The school gives a request it took on back to the WSP of the region, which then handles it. */
export async function handBackToWsp(
  db: Database,
  staff: StaffMember,
  reference: string,
  input: { reason: string },
  now: Date = new Date(),
) {
  return withSchoolStep(db, staff, reference, "handBack", async (tx, found, mine) => {
    const { request } = found;
    // The region's WSP as it is now, not as it was when the request came in.
    const wsp = await activeWspOfRegion(tx, request.regionSlug);
    if (!wsp) return refuse("Er is geen werkgeversservicepunt voor deze regio. Neem contact op met de beheerder van Opstap.");

    await cancelUpcomingIntroduction(tx, staff, request, now);
    await tx
      .update(schema.requestAssignments)
      .set({ status: "returned", respondedAt: now, declineReason: input.reason })
      .where(eq(schema.requestAssignments.id, mine.id));
    const decision = handedBackDecision(request.routing, mine.organisation.name, { organisationId: wsp.id, name: wsp.name });
    await updateRequest(tx, request, { routing: decision, status: "nieuw", introductionOn: null }, now);
    await releaseOwnerOf(tx, request, [mine.organisation.id], now);
    await addEvent(
      tx,
      request,
      staff,
      "teruggegeven",
      { reason: input.reason, organisationId: mine.organisation.id, schoolName: mine.organisation.name, wspName: wsp.name },
      now,
    );
    await assignRequest(tx, request, decision, now);
    await notifyEmployer(tx, request, `Uw aanvraag ligt nu bij ${wspPhrase(wsp.name)}. Zij nemen contact met u op.`, now);
    await logAudit(tx, staff, "gewijzigd", `${request.reference} teruggegeven aan ${wsp.name}`, request.id, now);
  });
}

/** Active schools of the request's region this person may see, except the one that has it now. */
export async function forwardCandidates(q: Queryable, staff: StaffMember, found: VisibleRequest) {
  const organisations = schema.organisations;
  const current = found.assignments.filter((x) => x.organisation.kind === "school" && LOAD_STATUSES.includes(x.assignment.status));
  return q
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        organisationScope(staff),
        eq(organisations.kind, "school"),
        found.request.regionSlug ? eq(organisations.regionSlug, found.request.regionSlug) : sql`false`,
        eq(organisations.active, true),
        ...current.map((x) => ne(organisations.id, x.organisation.id)),
      ),
    )
    .orderBy(asc(organisations.name));
}

export async function forwardToSchool(
  db: Database,
  staff: StaffMember,
  reference: string,
  input: { schoolId: string; message: string },
  now: Date = new Date(),
) {
  return withRequest(db, staff, reference, "forward", async (tx, found) => {
    const { request } = found;
    const school = (await forwardCandidates(tx, staff, found)).find((c) => c.id === input.schoolId);
    if (!school) return refuse("Kies een school uit de lijst.");

    await cancelUpcomingIntroduction(tx, staff, request, now);
    // Whoever has the request now (a school, or the WSP itself) hands it to the chosen school.
    const giving = found.assignments.filter((x) => LOAD_STATUSES.includes(x.assignment.status));
    if (giving.length > 0) {
      await tx
        .update(schema.requestAssignments)
        .set({ status: "reassigned" })
        .where(
          inArray(
            schema.requestAssignments.id,
            giving.map((x) => x.assignment.id),
          ),
        );
    }
    const byName = staff.organisation?.name ?? "De beheerder van Opstap";
    // A school that had it (open or taken on) hears it can stop.
    for (const { assignment, organisation } of giving) {
      if (organisation.kind !== "school") continue;
      await queueEmail(tx, {
        template: "aanvraag-elders",
        to: organisation.contactEmail,
        requestId: request.id,
        idempotencyKey: `${request.reference}/elders/${assignment.id}`,
        props: { organisationName: organisation.name, reference: request.reference, companyName: companyNameOf(request.details), byName },
      });
    }
    const decision = forwardedDecision(request.routing, { organisationId: school.id, name: school.name }, byName);
    await updateRequest(tx, request, { routing: decision, status: "nieuw", introductionOn: null }, now);
    await releaseOwnerOf(
      tx,
      request,
      giving.filter((x) => x.organisation.kind === "school").map((x) => x.organisation.id),
      now,
    );
    await addEvent(tx, request, staff, "doorgestuurd_door_wsp", { schoolName: school.name, message: input.message, schoolId: school.id }, now);
    // The WSP sent it itself, so it gets no "ter informatie" email; the school gets its answer link.
    const { respondBy } = await assignRequest(tx, request, { ...decision, wsp: null }, now, { message: input.message });
    const answers = respondBy ? schoolAnswersBySentence("Die school", formatDeadline(respondBy)) : "Die school laat u weten of ze uw aanvraag oppakt.";
    await notifyEmployer(tx, request, `Het werkgeversservicepunt heeft uw aanvraag doorgestuurd naar ${school.name}. ${answers}`, now);
    await logAudit(tx, staff, "gewijzigd", `${request.reference} doorgestuurd naar ${school.name}`, request.id, now);
  });
}
