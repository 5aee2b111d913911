/**
 * Everything staff do on the back-office request page (what it shows: `request-page.server.ts`;
 * who may take which step: `~/domain/work-actions`). Each action runs in
 * one transaction that first looks the request up again through the data-access layer (so a
 * request the person may not see is "not found", also when their access changed meanwhile),
 * then checks that this person may take this step now, and only then writes: the change, its
 * timeline event, its emails through the outbox, and a line in the audit log.
 */
import { and, asc, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import { DECLINE_REASONS, LOAD_STATUSES } from "~/domain/assignments";
import { formatDate, formatDeadline } from "~/domain/dates";
import { refuse, type Refusal } from "~/domain/refusal";
import { REQUEST_STATUS_LABELS } from "~/domain/request-status";
import { employerNews, planStatusChange, type StatusChange } from "~/domain/request-workflow";
import { forwardedDecision, handedBackDecision } from "~/domain/routing-decision";
import { wspPhrase } from "~/domain/organisations";
import { STAFF_ROLE_LABELS } from "~/domain/staff";
import { CONTACT_CHANNELS, type ContactChannel, storedDeclineReason } from "~/domain/timeline";
import {
  allowedActions,
  NOT_ALLOWED,
  type SchoolStep,
  schoolStepAssignment,
  type WorkActions,
  type WorkStep,
  type WorkSubject,
} from "~/domain/work-actions";
import { type Database, type Queryable, type Transaction, schema } from "~/lib/db.server";
import { queueEmail } from "~/lib/mailer.server";
import { newRequestLink, trackingUrl } from "./employer-access.server";
import { activeWspOfRegion } from "./organisations.server";
import { answerAssignment, assignRequest, notifyEmployer } from "./routing.server";
import {
  findVisibleRequest,
  organisationScope,
  type StaffMember,
  type VisibleRequest,
} from "./staff-scope.server";
import { logAudit } from "./audit-log.server";

/** Not found is not a refusal: the route answers 404, so nobody learns the request exists. */
export type WorkResult = { ok: true } | { ok: false; reason: "niet_gevonden" } | Refusal;

const NOT_FOUND = { ok: false, reason: "niet_gevonden" } as const;
const OK = { ok: true } as const;

const r = schema.requests;
const a = schema.requestAssignments;
const o = schema.organisations;
const s = schema.staffMembers;

// ---------------------------------------------------------------------------------------------
// Who may do what (the rule itself is ~/domain/work-actions).

/** The school's assignment as a step uses it: the row and the organisation behind it. */
type HeldAssignment = VisibleRequest["assignments"][number]["assignment"] & { organisation: VisibleRequest["assignments"][number]["organisation"] };

function workSubject(staff: StaffMember, found: VisibleRequest): WorkSubject<HeldAssignment> {
  const held = found.assignments.find((x) => x.assignment.id === found.schoolAssignment?.id);
  return {
    role: staff.role,
    access: found.access,
    requestStatus: found.request.status,
    schoolAssignment: held ? { ...held.assignment, organisation: held.organisation } : null,
  };
}

/** The steps this person can take on the request as it is now. */
export function actionsOn(staff: StaffMember, found: VisibleRequest): WorkActions {
  return allowedActions(workSubject(staff, found));
}

type Found = VisibleRequest & { actions: WorkActions };

/**
 * Runs one action: the request is locked, looked up again through the data-access layer, and the
 * step is checked; `work` writes the change and returns nothing, or a problem before writing.
 */
function withRequest(
  db: Database,
  staff: StaffMember,
  reference: string,
  needs: WorkStep,
  work: (tx: Transaction, found: Found) => Promise<WorkResult | void>,
): Promise<WorkResult> {
  return db.transaction(async (tx) => {
    // Lock first, so the checks below see the request as it is for the rest of the transaction.
    const [locked] = await tx.select({ id: r.id }).from(r).where(eq(r.reference, reference)).for("update");
    if (!locked) return NOT_FOUND;
    const found = await findVisibleRequest(tx, staff, reference);
    if (!found) return NOT_FOUND;
    if (found.access !== "work") return refuse("U kunt deze aanvraag alleen bekijken.");
    const actions = actionsOn(staff, found);
    if (!actions[needs]) return refuse(NOT_ALLOWED[needs]);
    return (await work(tx, { ...found, actions })) ?? OK;
  });
}

/** A school's own step: `work` gets the assignment the school holds the request through. */
function withSchoolStep(
  db: Database,
  staff: StaffMember,
  reference: string,
  step: SchoolStep,
  work: (tx: Transaction, found: Found, mine: HeldAssignment) => Promise<WorkResult | void>,
): Promise<WorkResult> {
  return withRequest(db, staff, reference, step, async (tx, found) => {
    const mine = schoolStepAssignment(workSubject(staff, found), step);
    if (!mine) return refuse(NOT_ALLOWED[step]);
    return work(tx, found, mine);
  });
}

function staffActor(staff: StaffMember): string {
  return `medewerker:${staff.id}`;
}

/** What staff write is signed with their name and organisation, so the timeline reads on its own. */
function signedBy(staff: StaffMember) {
  // The organisation id decides who else may read the entry (see schoolSeesEvent).
  return { staffName: staff.name, organisationName: staff.organisation?.name ?? "Opstap", organisationId: staff.organisation?.id ?? null };
}

type RequestRow = VisibleRequest["request"];

async function addEvent(
  tx: Transaction,
  request: RequestRow,
  staff: StaffMember,
  type: (typeof schema.requestEvents.$inferInsert)["type"],
  data: Record<string, unknown>,
  now: Date,
) {
  const [event] = await tx
    .insert(schema.requestEvents)
    .values({ requestId: request.id, type, actor: staffActor(staff), data: { ...data, ...signedBy(staff) }, createdAt: now })
    .returning({ id: schema.requestEvents.id });
  return event!.id;
}

/** A person of an organisation that gives the request away stops being its owner. */
async function releaseOwnerOf(tx: Transaction, request: RequestRow, organisationIds: string[]) {
  if (!request.ownerId || organisationIds.length === 0) return;
  const [owner] = await tx.select({ organisationId: s.organisationId }).from(s).where(eq(s.id, request.ownerId));
  if (owner?.organisationId && organisationIds.includes(owner.organisationId)) {
    await tx.update(r).set({ ownerId: null }).where(eq(r.id, request.id));
  }
}

// ---------------------------------------------------------------------------------------------
// Notes, contact log, owner.

export async function addNote(db: Database, staff: StaffMember, reference: string, input: { text: string }, now: Date = new Date()) {
  return withRequest(db, staff, reference, "note", async (tx, { request }) => {
    await addEvent(tx, request, staff, "notitie", { text: input.text }, now);
    await logAudit(tx, staff, "gewijzigd", `Notitie bij ${request.reference}`, request.id, now);
  });
}

export async function logContact(
  db: Database,
  staff: StaffMember,
  reference: string,
  input: { channel: ContactChannel; text: string },
  now: Date = new Date(),
) {
  return withRequest(db, staff, reference, "contact", async (tx, { request }) => {
    await addEvent(tx, request, staff, "contact", { channel: input.channel, text: input.text }, now);
    await logAudit(tx, staff, "gewijzigd", `Contact (${CONTACT_CHANNELS.find((c) => c.value === input.channel)?.label.toLowerCase() ?? input.channel}) bij ${request.reference}`, request.id, now);
  });
}

export interface OwnerOption {
  id: string;
  name: string;
  organisationName: string;
}

/**
 * Who can be the owner: the people of the region's WSP and of the school that has the request
 * now, as far as this person may see those organisations (so a school only picks its own
 * people); an administrator can also pick an administrator.
 */
export async function ownerCandidates(q: Queryable, staff: StaffMember, found: VisibleRequest): Promise<OwnerOption[]> {
  const currentSchool = found.assignments.find((x) => x.organisation.kind === "school" && LOAD_STATUSES.includes(x.assignment.status));
  const organisations = await q
    .select({ id: o.id })
    .from(o)
    .where(
      and(
        organisationScope(staff),
        or(
          and(eq(o.kind, "wsp"), eq(o.regionSlug, found.request.regionSlug)),
          currentSchool ? eq(o.id, currentSchool.organisation.id) : undefined,
        ),
      ),
    );
  const who: SQL[] = [];
  if (organisations.length > 0) {
    who.push(
      inArray(
        s.organisationId,
        organisations.map((x) => x.id),
      ),
    );
  }
  if (staff.role === "admin") who.push(eq(s.role, "admin"));
  if (who.length === 0) return [];
  const rows = await q
    .select({ id: s.id, name: s.name, role: s.role, organisationName: o.name })
    .from(s)
    .leftJoin(o, eq(o.id, s.organisationId))
    .where(and(eq(s.active, true), or(...who)))
    .orderBy(asc(o.name), asc(s.name));
  return rows.map((row) => ({ id: row.id, name: row.name, organisationName: row.organisationName ?? STAFF_ROLE_LABELS[row.role] }));
}

/** `ownerId` null: nobody owns the request. */
export async function setOwner(
  db: Database,
  staff: StaffMember,
  reference: string,
  input: { ownerId: string | null },
  now: Date = new Date(),
) {
  return withRequest(db, staff, reference, "owner", async (tx, found) => {
    const { request } = found;
    if (input.ownerId === request.ownerId) return refuse(input.ownerId ? "Deze persoon is al de eigenaar." : "Er is al geen eigenaar.");
    let ownerName: string | null = null;
    if (input.ownerId) {
      const candidate = (await ownerCandidates(tx, staff, found)).find((c) => c.id === input.ownerId);
      if (!candidate) return refuse("Deze persoon kan deze aanvraag niet oppakken. Kies iemand uit de lijst.");
      ownerName = candidate.name;
    }
    await tx.update(r).set({ ownerId: input.ownerId, updatedAt: now }).where(eq(r.id, request.id));
    await addEvent(tx, request, staff, "eigenaar_gewijzigd", { ownerId: input.ownerId, ownerName }, now);
    await logAudit(tx, staff, "gewijzigd", `Eigenaar van ${request.reference}: ${ownerName ?? "niemand"}`, request.id, now);
  });
}

// ---------------------------------------------------------------------------------------------
// Status.


export async function changeStatus(
  db: Database,
  staff: StaffMember,
  reference: string,
  change: StatusChange,
  now: Date = new Date(),
) {
  return withRequest(db, staff, reference, "status", async (tx, { request }) => {
    const plan = planStatusChange(request.status, change);
    if ("problem" in plan) return refuse(plan.problem);
    await tx
      .update(r)
      .set({
        status: plan.status,
        outcome: plan.outcome,
        outcomeReason: plan.outcomeReason,
        closedAt: plan.closed ? now : null,
        introductionOn: plan.introductionOn,
        updatedAt: now,
      })
      .where(eq(r.id, request.id));
    if (plan.closed) {
      // A school still asked to answer is not any more: its link closes and its window stops.
      await tx
        .update(a)
        .set({ status: "withdrawn", respondedAt: now })
        .where(and(eq(a.requestId, request.id), eq(a.status, "open")));
    }
    if (plan.reopened) {
      // Opened again with nobody holding it: it goes to the region's WSP, so someone has it.
      const [holder] = await tx
        .select({ id: a.id })
        .from(a)
        .where(and(eq(a.requestId, request.id), inArray(a.status, [...LOAD_STATUSES])));
      const wsp = holder ? null : await activeWspOfRegion(tx, request.regionSlug);
      if (wsp) await tx.insert(a).values({ requestId: request.id, organisationId: wsp.id, createdAt: now });
    }
    if (plan.status === "kennismaking_gepland") {
      await addEvent(tx, request, staff, "kennismaking_gepland", { from: request.status, introductionOn: plan.introductionOn }, now);
    } else {
      await addEvent(
        tx,
        request,
        staff,
        "status_gewijzigd",
        { from: request.status, to: plan.status, outcome: plan.outcome, reason: plan.outcomeReason },
        now,
      );
    }
    const news = employerNews(change, plan, staff.organisation?.name ?? "Opstap", formatDate);
    if (news) await notifyEmployer(tx, request, news, now);
    await logAudit(
      tx,
      staff,
      "gewijzigd",
      `Status van ${request.reference}: ${REQUEST_STATUS_LABELS[request.status]} → ${REQUEST_STATUS_LABELS[plan.status]}`,
      request.id,
      now,
    );
  });
}

// ---------------------------------------------------------------------------------------------
// The school's steps.

export async function acceptRequest(
  db: Database,
  staff: StaffMember,
  reference: string,
  _input: Record<string, never> = {},
  now: Date = new Date(),
) {
  return withSchoolStep(db, staff, reference, "accept", async (tx, found, mine) => {
    const outcome = await answerAssignment(tx, mine.id, { accept: true }, now, staff.name);
    if (!outcome.ok) return refuse(NOT_ALLOWED.accept);
    // Whoever takes a request on follows it, unless someone already does.
    if (!found.request.ownerId) {
      await tx.update(r).set({ ownerId: staff.id, updatedAt: now }).where(eq(r.id, found.request.id));
      await addEvent(tx, found.request, staff, "eigenaar_gewijzigd", { ownerId: staff.id, ownerName: staff.name }, now);
    }
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
    if (!DECLINE_REASONS.some((reason) => reason.value === input.reason)) return refuse("Kies een reden uit de lijst.");
    // Stored as the answer link stores it: the reason's code, then the explanation.
    const reason = storedDeclineReason(input.reason, input.explanation);
    await releaseOwnerOf(tx, found.request, [mine.organisationId]);
    const outcome = await answerAssignment(tx, mine.id, { accept: false, reason }, now, staff.name);
    if (!outcome.ok) return refuse(NOT_ALLOWED.decline);
    await logAudit(tx, staff, "gewijzigd", `${found.request.reference} afgewezen: ${DECLINE_REASONS.find((r) => r.value === input.reason)?.label ?? input.reason}`, found.request.id, now);
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

    await tx.update(a).set({ status: "returned", respondedAt: now, declineReason: input.reason }).where(eq(a.id, mine.id));
    const decision = handedBackDecision(request.routing, mine.organisation.name, { organisationId: wsp.id, name: wsp.name });
    await tx.update(r).set({ routing: decision, status: "nieuw", introductionOn: null, updatedAt: now }).where(eq(r.id, request.id));
    await releaseOwnerOf(tx, request, [mine.organisation.id]);
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

// ---------------------------------------------------------------------------------------------
// The WSP's step: another school of the region.

/** Active schools of the request's region this person may see, except the one that has it now. */
export async function forwardCandidates(q: Queryable, staff: StaffMember, found: VisibleRequest) {
  const current = found.assignments.filter((x) => x.organisation.kind === "school" && LOAD_STATUSES.includes(x.assignment.status));
  return q
    .select({ id: o.id, name: o.name })
    .from(o)
    .where(
      and(
        organisationScope(staff),
        eq(o.kind, "school"),
        eq(o.regionSlug, found.request.regionSlug),
        eq(o.active, true),
        ...current.map((x) => ne(o.id, x.organisation.id)),
      ),
    )
    .orderBy(asc(o.name));
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

    // Whoever has the request now (a school, or the WSP itself) hands it to the chosen school.
    const giving = found.assignments.filter((x) => LOAD_STATUSES.includes(x.assignment.status));
    if (giving.length > 0) {
      await tx
        .update(a)
        .set({ status: "reassigned" })
        .where(
          inArray(
            a.id,
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
        props: {
          organisationName: organisation.name,
          reference: request.reference,
          companyName: String((request.details as { companyName?: string }).companyName ?? ""),
          byName,
        },
      });
    }
    const decision = forwardedDecision(request.routing, { organisationId: school.id, name: school.name }, byName);
    await tx.update(r).set({ routing: decision, status: "nieuw", introductionOn: null, updatedAt: now }).where(eq(r.id, request.id));
    await releaseOwnerOf(
      tx,
      request,
      giving.filter((x) => x.organisation.kind === "school").map((x) => x.organisation.id),
    );
    await addEvent(tx, request, staff, "doorgestuurd_door_wsp", { schoolName: school.name, message: input.message, schoolId: school.id }, now);
    // The WSP sent it itself, so it gets no "ter informatie" email; the school gets its answer link.
    const { respondBy } = await assignRequest(tx, request, { ...decision, wsp: null }, now, { message: input.message });
    await notifyEmployer(
      tx,
      request,
      `Het werkgeversservicepunt heeft uw aanvraag doorgestuurd naar ${school.name}. Die school laat uiterlijk ${formatDeadline(respondBy!)} weten of ze uw aanvraag oppakt.`,
      now,
    );
    await logAudit(tx, staff, "gewijzigd", `${request.reference} doorgestuurd naar ${school.name}`, request.id, now);
  });
}

// ---------------------------------------------------------------------------------------------
// A message to the employer.

export async function replyToEmployer(
  db: Database,
  staff: StaffMember,
  reference: string,
  input: { message: string },
  now: Date = new Date(),
) {
  return withRequest(db, staff, reference, "reply", async (tx, { request }) => {
    const [employer] = await tx.select().from(schema.employers).where(eq(schema.employers.id, request.employerId));
    if (!employer) return refuse("We kennen het e-mailadres van deze werkgever niet.");
    const { organisationName } = signedBy(staff);
    // organisationId lets the employer's own timeline name who wrote.
    const eventId = await addEvent(tx, request, staff, "antwoord_medewerker", { message: input.message, organisationId: staff.organisation?.id ?? null }, now);
    const token = await newRequestLink(tx, { employerId: employer.id, requestId: request.id }, now);
    await queueEmail(tx, {
      template: "antwoord-van-medewerker",
      to: employer.email,
      requestId: request.id,
      idempotencyKey: `${request.reference}/antwoord/${eventId}`,
      props: {
        contactName: employer.contactName,
        reference: request.reference,
        staffName: staff.name,
        organisationName,
        message: input.message,
        trackingUrl: trackingUrl(token),
      },
    });
    await logAudit(tx, staff, "gewijzigd", `Bericht aan de werkgever van ${request.reference}`, request.id, now);
  });
}
