/**
 * What the back-office request page shows to one person: the request, why it went where it went,
 * who had it, its timeline (a school sees only its own part), and the choices for the steps this
 * person can take. The steps themselves are in `request-work.server.ts`.
 */
import { asc, eq } from "drizzle-orm";
import { type AssignmentStatus, LOAD_STATUSES } from "~/domain/assignments";
import { formatDate, formatDateTime, formatDeadline } from "~/domain/dates";
import { schoolHistoryWindow, schoolSeesEmail, schoolSeesEvent } from "~/domain/request-access";
import { requestAnswers } from "~/domain/request-answers";
import { contactOf } from "~/domain/request-details";
import { REQUEST_STATUS_LABELS } from "~/domain/request-status";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { isOpen, nextStatuses } from "~/domain/request-workflow";
import { reasonTextForStaff, type RoutingDecision } from "~/domain/routing-decision";
import { sectorLabel } from "~/domain/sectors";
import { declineReasonText, mergeTimeline, type TimelineEntry } from "~/domain/timeline";
import { type Database, schema } from "~/lib/db.server";
import { amsterdamDateAndTime, appointmentSentenceForStaff } from "~/domain/introduction";
import { appointmentOf, currentIntroduction, lastOrganisationAddress } from "./introductions.server";
import { actionsOn, forwardCandidates, ownerCandidates } from "./request-work.server";
import { findVisibleRequest, type StaffMember } from "./staff-scope.server";

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
/**
 * The form's first place option. Before there is an appointment it is the person's own place
 * ("Op school", or "Bij <WSP>"). Once there is one, it is the place of the organisation it was
 * planned with, which moving it keeps (`planIntroduction`): a WSP moving a school's
 * kennismaking reads "Op school (De Brug)", not its own office.
 */
function organisationPlaceLabel(staff: StaffMember, plannedWith: { id: string; name: string; kind: "school" | "wsp" } | null): string {
  const place = plannedWith ?? staff.organisation;
  if (place?.kind === "wsp") return `Bij ${place.name}`;
  return place && place.id !== staff.organisation?.id ? `Op school (${place.name})` : "Op school";
}

function routingSentence(decision: RoutingDecision): string {
  if (decision.school) return `Ligt bij ${decision.school.name}.${decision.wsp ? ` ${decision.wsp.name} is op de hoogte.` : ""}`;
  if (decision.wsp) return `Ligt bij ${decision.wsp.name}.`;
  if (decision.handler === "opstap") return "Ligt bij het team van Opstap: de werkgever gaf geen postcode, dus geen regio. Een beheerder beantwoordt de vraag.";
  return "Er is geen school en geen werkgeversservicepunt gevonden. Een beheerder moet deze aanvraag oppakken.";
}

/** "Reden. “Toelichting”": one colon is enough in "Reden: …". */
function quoteExplanation({ label, explanation }: { label: string; explanation: string | null }): string {
  return explanation ? `${label}. “${explanation}”` : label;
}

/** Everything the request page shows to this person, or null when they may not see the request. */
export async function requestPage(db: Database, staff: StaffMember, reference: string) {
  const found = await findVisibleRequest(db, staff, reference);
  if (!found) return null;
  const { request } = found;
  const actions = actionsOn(staff, found);

  const owner = found.owner;
  const [events, emails, ownerOptions, forwardOptions, introduction, lastSchoolAddress] = await Promise.all([
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
    actions.owner ? ownerCandidates(db, staff, found) : Promise.resolve([]),
    actions.forward ? forwardCandidates(db, staff, found) : Promise.resolve([]),
    currentIntroduction(db, request.id),
    actions.introduction && staff.organisation ? lastOrganisationAddress(db, staff.organisation.id) : Promise.resolve(null),
  ]);
  const introductionOrganisation = introduction ? found.assignments.find((x) => x.organisation.id === introduction.organisationId)?.organisation : null;
  const appointment = introduction
    ? appointmentOf(introduction, introductionOrganisation ?? { name: staff.organisation?.name ?? "de school", kind: staff.organisation?.kind ?? "school" })
    : null;

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
  const details = contactOf(request.details);
  const employerAddress = details.email;
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
      companyName: details.companyName,
      kvkNumber: details.kvkNumber,
      contactName: details.contactName,
      email: details.email,
      phone: details.phone,
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
      placementEndsOn: request.placementEndsOn ? formatDate(request.placementEndsOn) : null,
    },
    /** The kennismaking that is planned, in words, and as the form to move it starts. */
    introduction: appointment
      ? {
          sentence: appointmentSentenceForStaff(appointment),
          upcoming: appointment.startsAt > new Date(),
          date: amsterdamDateAndTime(appointment.startsAt).date,
          startTime: amsterdamDateAndTime(appointment.startsAt).time,
          placeKind: appointment.placeKind,
          address: appointment.address,
          meetWith: appointment.meetWith,
        }
      : null,
    /** For a new kennismaking: what "op school" is called here, the address used last time, and this person as who the employer meets. */
    introductionDefaults: {
      organisationLabel: organisationPlaceLabel(staff, introduction && appointment ? { ...appointment.organisation, id: introduction.organisationId } : null),
      address: lastSchoolAddress,
      meetWith: staff.name,
    },
    routing: showsWhereItIs
      ? {
          sentence: routingSentence(request.routing),
          handler: request.routing.handler,
          reasons: request.routing.reasons.map((reason) => reasonTextForStaff(reason, request.routing)),
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
    // A kennismaking is planned with its own form, not chosen as a status.
    statusOptions: actions.status
      ? nextStatuses(request.status)
          .filter((status) => status !== "kennismaking_gepland")
          .map((status) => ({ value: status, label: REQUEST_STATUS_LABELS[status] }))
      : [],
    ownerOptions: ownerOptions.map((option) => ({ value: option.id, label: `${option.name} – ${option.organisationName}` })),
    // A school that already let this request go is still a choice, but the list says so.
    forwardOptions: forwardOptions.map((option) => {
      const earlier = found.assignments.find((x) => x.organisation.id === option.id && !LOAD_STATUSES.includes(x.assignment.status));
      return { value: option.id, label: earlier ? `${option.name} (had deze aanvraag al: ${ASSIGNMENT_STATUS_LABELS[earlier.assignment.status].toLowerCase()})` : option.name };
    }),
  };
}
