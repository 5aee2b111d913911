/**
 * The back-office request page: what it shows, and everything staff do on it. Each action runs in
 * one transaction that first looks the request up again through the data-access layer (so a
 * request the person may not see is "not found", also when their access changed meanwhile),
 * then checks that this person may take this step now, and only then writes: the change, its
 * timeline event, its emails through the outbox, and a line in the audit log.
 */
import { and, asc, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import { type AssignmentStatus, DECLINE_REASONS, LOAD_STATUSES } from "~/domain/assignments";
import { formatDate, formatDateTime, formatDeadline } from "~/domain/dates";
import { schoolHistoryWindow, schoolSeesEmail, schoolSeesEvent } from "~/domain/request-access";
import { REQUEST_STATUS_LABELS } from "~/domain/request-status";
import { requestAnswers } from "~/domain/request-answers";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { employerNews, isOpen, nextStatuses, planStatusChange, type StatusChange } from "~/domain/request-workflow";
import { reasonTextForStaff, type RoutingDecision, type RoutingReason } from "~/domain/routing-decision";
import { sectorLabel } from "~/domain/sectors";
import { wspPhrase } from "~/domain/organisations";
import { STAFF_ROLE_LABELS } from "~/domain/staff";
import { CONTACT_CHANNELS, type ContactChannel, declineReasonText, mergeTimeline, storedDeclineReason, type TimelineEntry } from "~/domain/timeline";
import { type Database, type Queryable, type Transaction, schema } from "~/lib/db.server";
import { queueEmail } from "~/lib/mailer.server";
import { newRequestLink, trackingUrl } from "./employer-access.server";
import { activeWspOfRegion } from "./organisations.server";
import { answerAssignment, assignRequest, notifyEmployer } from "./routing.server";
import { findVisibleRequest, logAudit, organisationScope, type StaffMember, type VisibleRequest } from "./staff-scope.server";

export type WorkResult = { ok: true } | { ok: false; reason: "niet_gevonden" } | { ok: false; problem: string };

const NOT_FOUND = { ok: false, reason: "niet_gevonden" } as const;
const OK = { ok: true } as const;
function problem(text: string): WorkResult {
  return { ok: false, problem: text };
}

const r = schema.requests;
const a = schema.requestAssignments;
const o = schema.organisations;
const s = schema.staffMembers;

// ---------------------------------------------------------------------------------------------
// Who may do what on this request, now.

export interface WorkActions {
  note: boolean;
  contact: boolean;
  owner: boolean;
  status: boolean;
  accept: boolean;
  decline: boolean;
  handBack: boolean;
  forward: boolean;
  reply: boolean;
}

const NOTHING: WorkActions = {
  note: false,
  contact: false,
  owner: false,
  status: false,
  accept: false,
  decline: false,
  handBack: false,
  forward: false,
  reply: false,
};

/**
 * The steps this person can take on the request as it is now. People who may only read get none;
 * a school acts through the assignment it has now; steps that make no sense for a closed
 * request are left out.
 */
export function allowedActions(staff: StaffMember, found: Pick<VisibleRequest, "request" | "access" | "schoolAssignment">): WorkActions {
  if (found.access !== "work") return NOTHING;
  const status = found.request.status;
  const open = isOpen(status);
  const canChangeStatus = nextStatuses(status).length > 0;
  const common = { note: true, contact: true, reply: true, owner: open };
  if (staff.role === "school") {
    const mine = found.schoolAssignment;
    return {
      ...common,
      owner: open && mine !== null,
      // A school plans the introduction and closes the request once it took the request on.
      status: mine?.status === "accepted" && canChangeStatus,
      accept: open && mine?.status === "open",
      decline: open && mine?.status === "open",
      handBack: open && mine?.status === "accepted",
      forward: false,
    };
  }
  return { ...common, status: canChangeStatus, accept: false, decline: false, handBack: false, forward: open };
}

const NOT_ALLOWED: Record<keyof WorkActions, string> = {
  note: "U kunt bij deze aanvraag geen notitie maken.",
  contact: "U kunt bij deze aanvraag geen contact vastleggen.",
  owner: "U kunt de eigenaar van deze aanvraag niet veranderen.",
  status: "U kunt de status van deze aanvraag niet veranderen.",
  accept: "Uw school kan deze aanvraag nu niet oppakken. Misschien is hij al beantwoord.",
  decline: "Uw school kan deze aanvraag nu niet afwijzen. Misschien is hij al beantwoord.",
  handBack: "U kunt deze aanvraag nu niet teruggeven aan het werkgeversservicepunt.",
  forward: "Alleen het werkgeversservicepunt kan een open aanvraag naar een andere school sturen.",
  reply: "U kunt de werkgever bij deze aanvraag geen bericht sturen.",
};

type Found = VisibleRequest & { actions: WorkActions };

/**
 * Runs one action: the request is locked, looked up again through the data-access layer, and the
 * step is checked; `work` writes the change and returns nothing, or a problem before writing.
 */
function withRequest(
  db: Database,
  staff: StaffMember,
  reference: string,
  needs: keyof WorkActions,
  work: (tx: Transaction, found: Found) => Promise<WorkResult | void>,
): Promise<WorkResult> {
  return db.transaction(async (tx) => {
    // Lock first, so the checks below see the request as it is for the rest of the transaction.
    const [locked] = await tx.select({ id: r.id }).from(r).where(eq(r.reference, reference)).for("update");
    if (!locked) return NOT_FOUND;
    const found = await findVisibleRequest(tx, staff, reference);
    if (!found) return NOT_FOUND;
    if (found.access !== "work") return problem("U kunt deze aanvraag alleen bekijken.");
    const actions = allowedActions(staff, found);
    if (!actions[needs]) return problem(NOT_ALLOWED[needs]);
    return (await work(tx, { ...found, actions })) ?? OK;
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

/** The reason in a routing decision that says where the employer is; kept when a person re-routes. */
function placeReasons(decision: RoutingDecision): RoutingReason[] {
  return decision.reasons.filter((reason) => reason.code === "regio_van_postcode");
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
async function ownerCandidates(q: Queryable, staff: StaffMember, found: VisibleRequest): Promise<OwnerOption[]> {
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
    if (input.ownerId === request.ownerId) return problem(input.ownerId ? "Deze persoon is al de eigenaar." : "Er is al geen eigenaar.");
    let ownerName: string | null = null;
    if (input.ownerId) {
      const candidate = (await ownerCandidates(tx, staff, found)).find((c) => c.id === input.ownerId);
      if (!candidate) return problem("Deze persoon kan deze aanvraag niet oppakken. Kies iemand uit de lijst.");
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
    if ("problem" in plan) return problem(plan.problem);
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
  return withRequest(db, staff, reference, "accept", async (tx, found) => {
    const mine = found.schoolAssignment!;
    const outcome = await answerAssignment(tx, mine.id, { accept: true }, now, staff.name);
    if (!outcome.ok) return problem(NOT_ALLOWED.accept);
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
  return withRequest(db, staff, reference, "decline", async (tx, found) => {
    if (!DECLINE_REASONS.some((reason) => reason.value === input.reason)) return problem("Kies een reden uit de lijst.");
    const mine = found.schoolAssignment!;
    // Stored as the answer link stores it: the reason's code, then the explanation.
    const reason = storedDeclineReason(input.reason, input.explanation);
    await releaseOwnerOf(tx, found.request, [mine.organisationId]);
    const outcome = await answerAssignment(tx, mine.id, { accept: false, reason }, now, staff.name);
    if (!outcome.ok) return problem(NOT_ALLOWED.decline);
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
  return withRequest(db, staff, reference, "handBack", async (tx, found) => {
    const { request } = found;
    const own = found.schoolAssignment;
    const mine = found.assignments.find((x) => x.assignment.id === own?.id)!;
    // The region's WSP as it is now, not as it was when the request came in.
    const wsp = await activeWspOfRegion(tx, request.regionSlug);
    if (!wsp) return problem("Er is geen werkgeversservicepunt voor deze regio. Neem contact op met de beheerder van Opstap.");

    await tx
      .update(a)
      .set({ status: "returned", respondedAt: now, declineReason: input.reason })
      .where(eq(a.id, mine.assignment.id));
    const decision: RoutingDecision = {
      ...request.routing,
      school: null,
      wsp: { organisationId: wsp.id, name: wsp.name },
      handler: "wsp",
      reasons: [
        ...placeReasons(request.routing),
        { code: "teruggegeven", text: `${mine.organisation.name} heeft de aanvraag teruggegeven aan het werkgeversservicepunt.` },
        { code: "wsp_behandelt", text: `${wsp.name} is het werkgeversservicepunt van deze regio en neemt contact met u op.` },
      ],
    };
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
async function forwardCandidates(q: Queryable, staff: StaffMember, found: VisibleRequest) {
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
    if (!school) return problem("Kies een school uit de lijst.");

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
    const decision: RoutingDecision = {
      ...request.routing,
      school: { organisationId: school.id, name: school.name },
      handler: "school",
      alternates: request.routing.alternates.filter((alt) => alt.organisationId !== school.id),
      reasons: [
        ...placeReasons(request.routing),
        { code: "doorgestuurd_door_wsp", text: `${byName} heeft de aanvraag doorgestuurd naar ${school.name}.` },
        ...(request.routing.wsp
          ? [{ code: "wsp_op_de_hoogte", text: `${request.routing.wsp.name} is het werkgeversservicepunt van deze regio en is op de hoogte.` }]
          : []),
      ],
    };
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
    if (!employer) return problem("We kennen het e-mailadres van deze werkgever niet.");
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

// ---------------------------------------------------------------------------------------------
// What the page shows.

const ASSIGNMENT_STATUS_LABELS: Record<AssignmentStatus, string> = {
  open: "Wacht op antwoord",
  accepted: "Opgepakt",
  declined: "Afgewezen",
  expired: "Niet op tijd beantwoord",
  withdrawn: "Afgesloten",
  returned: "Teruggegeven aan het werkgeversservicepunt",
  reassigned: "Doorgestuurd naar een andere school",
};

/** Who has the request according to the routing decision, for staff; the reasons below say why. */
function routingSentence(decision: RoutingDecision): string {
  if (decision.school) return `Ligt bij ${decision.school.name}.${decision.wsp ? ` ${decision.wsp.name} is op de hoogte.` : ""}`;
  if (decision.wsp) return `Ligt bij ${decision.wsp.name}.`;
  return "Er is geen school en geen werkgeversservicepunt gevonden. Een beheerder moet deze aanvraag oppakken.";
}

/** "Reden. “Toelichting”": one colon is enough in "Reden: …". */
function quoteExplanation({ label, explanation }: { label: string; explanation: string | null }): string {
  return explanation ? `${label}. “${explanation}”` : label;
}

export type RequestPage = NonNullable<Awaited<ReturnType<typeof requestPage>>>;

/** Everything the request page shows to this person, or null when they may not see the request. */
export async function requestPage(db: Database, staff: StaffMember, reference: string) {
  const found = await findVisibleRequest(db, staff, reference);
  if (!found) return null;
  const { request } = found;
  const actions = allowedActions(staff, found);

  const [events, emails, owner, ownerOptions, forwardOptions] = await Promise.all([
    db.select().from(schema.requestEvents).where(eq(schema.requestEvents.requestId, request.id)).orderBy(asc(schema.requestEvents.id)),
    db
      .select({
        id: schema.emailOutbox.id,
        template: schema.emailOutbox.template,
        toAddress: schema.emailOutbox.toAddress,
        subject: schema.emailOutbox.subject,
        status: schema.emailOutbox.status,
        attempts: schema.emailOutbox.attempts,
        createdAt: schema.emailOutbox.createdAt,
        sentAt: schema.emailOutbox.sentAt,
      })
      .from(schema.emailOutbox)
      .where(eq(schema.emailOutbox.requestId, request.id))
      .orderBy(asc(schema.emailOutbox.createdAt)),
    request.ownerId
      ? db
          .select({ name: s.name, organisationName: o.name })
          .from(s)
          .leftJoin(o, eq(o.id, s.organisationId))
          .where(eq(s.id, request.ownerId))
          .then((rows) => rows[0] ?? null)
      : Promise.resolve(null),
    actions.owner ? ownerCandidates(db, staff, found) : Promise.resolve([]),
    actions.forward ? forwardCandidates(db, staff, found) : Promise.resolve([]),
  ]);

  // Events name organisations by id; every organisation in a request's timeline had an assignment.
  const nameOf = new Map(found.assignments.map((x) => [x.organisation.id, x.organisation.name]));
  const authorOf = (e: (typeof events)[number]) =>
    e.actor.startsWith("organisatie:") ? e.actor.slice("organisatie:".length) : typeof e.data.organisationId === "string" ? e.data.organisationId : null;
  // A school sees its own part of the history only; others see all of it.
  const window = schoolHistoryWindow(
    staff,
    found.assignments.map((x) => x.assignment),
  );
  const ownAddress = found.assignments.find((x) => x.organisation.id === window?.organisationId)?.organisation.contactEmail ?? "";
  const employerAddress = String((request.details as { email?: string }).email ?? "");
  const timeline: TimelineEntry[] = mergeTimeline(
    events
      .filter((e) => !window || schoolSeesEvent(window, { type: e.type, createdAt: e.createdAt, authorOrganisationId: authorOf(e) }))
      .map((e) => {
        const organisationId = authorOf(e);
        return { ...e, organisationName: organisationId ? (nameOf.get(organisationId) ?? null) : null };
      }),
    emails.filter((m) => !window || schoolSeesEmail(window, m, { school: ownAddress, employer: employerAddress })),
  );
  const visibleAssignments = window ? found.assignments.filter((x) => x.organisation.id === window.organisationId) : found.assignments;
  // A school that let go of the request no longer learns where it went or who follows it.
  const showsWhereItIs = !window || window.until === null;

  const details = request.details as { companyName?: string; kvkNumber?: string | null; contactName?: string; email?: string; phone?: string | null };
  const mine = found.schoolAssignment;

  return {
    id: request.id,
    reference: request.reference,
    access: found.access,
    actions,
    viewerRole: staff.role,
    /** The school's own assignment, when the viewer is the school that has the request now. */
    schoolAssignment: mine ? { status: mine.status, respondBy: mine.respondBy ? formatDeadline(mine.respondBy) : null } : null,
    request: {
      kind: request.kind,
      kindLabel: REQUEST_KIND_LABELS[request.kind],
      status: request.status,
      statusLabel: REQUEST_STATUS_LABELS[request.status],
      open: isOpen(request.status),
      companyName: details.companyName ?? "",
      kvkNumber: details.kvkNumber ?? null,
      contactName: details.contactName ?? "",
      email: details.email ?? "",
      phone: details.phone ?? null,
      sector: request.sector ? sectorLabel(request.sector) : "Niet opgegeven",
      municipalityName: request.routing.municipalityName,
      regionName: request.routing.regionName,
      postcode: request.postcode,
      answers: requestAnswers(request.details),
      receivedAt: formatDateTime(request.createdAt),
      owner: owner && showsWhereItIs ? `${owner.name}${owner.organisationName ? ` – ${owner.organisationName}` : ""}` : null,
      ownerId: request.ownerId,
      outcome: request.outcome,
      outcomeLabel: request.outcome ? REQUEST_STATUS_LABELS[request.outcome] : null,
      outcomeReason: request.outcomeReason,
      closedAt: request.closedAt ? formatDateTime(request.closedAt) : null,
      introductionOn: request.introductionOn ? formatDate(request.introductionOn) : null,
    },
    routing: showsWhereItIs
      ? {
          sentence: routingSentence(request.routing),
          handler: request.routing.handler,
          reasons: request.routing.reasons.map((reason) => reasonTextForStaff(reason.text)),
          // Other schools that were considered are none of a school's business.
          alternates: window ? [] : request.routing.alternates.map((alt) => alt.name),
        }
      : {
          sentence: "Deze aanvraag ligt niet meer bij uw school.",
          handler: request.routing.handler,
          reasons: [],
          alternates: [],
        },
    assignments: visibleAssignments.map(({ assignment, organisation }) => ({
      id: assignment.id,
      organisationName: organisation.name,
      organisationKind: organisation.kind,
      status: assignment.status,
      statusLabel: ASSIGNMENT_STATUS_LABELS[assignment.status],
      createdAt: formatDateTime(assignment.createdAt),
      respondBy: assignment.respondBy ? formatDeadline(assignment.respondBy) : null,
      respondedAt: assignment.respondedAt ? formatDateTime(assignment.respondedAt) : null,
      reason: assignment.declineReason
        ? assignment.status === "declined"
          ? quoteExplanation(declineReasonText(assignment.declineReason))
          : assignment.declineReason
        : null,
      message: assignment.message,
    })),
    timeline: timeline.map((entry) =>
      entry.kind === "event"
        ? { ...entry, at: formatDateTime(entry.at) }
        : { ...entry, at: formatDateTime(entry.at), sentAt: entry.sentAt ? formatDateTime(entry.sentAt) : null },
    ),
    statusOptions: actions.status
      ? nextStatuses(request.status).map((status) => ({ value: status, label: REQUEST_STATUS_LABELS[status] }))
      : [],
    ownerOptions: ownerOptions.map((option) => ({ value: option.id, label: `${option.name} – ${option.organisationName}` })),
    // A school that already let this request go is still a choice, but the list says so.
    forwardOptions: forwardOptions.map((option) => {
      const earlier = found.assignments.find((x) => x.organisation.id === option.id && !LOAD_STATUSES.includes(x.assignment.status));
      return { value: option.id, label: earlier ? `${option.name} (had deze aanvraag al: ${ASSIGNMENT_STATUS_LABELS[earlier.assignment.status].toLowerCase()})` : option.name };
    }),
  };
}
