/**
 * The kennismaking steps on the back-office request page: plan it (or move it), and cancel it.
 * Planning puts the request at "kennismaking gepland"; cancelling puts it back at "in
 * behandeling". Each tells the employer and the person who made the change, with the calendar
 * invite (`introductions.server.ts`). When a request leaves the school or the status moves on
 * while the appointment is still ahead, `cancelUpcomingIntroduction` sends the cancellation.
 */
import { LOAD_STATUSES } from "~/domain/assignments";
import { amsterdamMoment, type IntroductionPlaceKind, parseStartTime } from "~/domain/introduction";
import { refuse } from "~/domain/refusal";
import { planStatusChange } from "~/domain/request-workflow";
import { type Database, type Transaction } from "~/lib/db.server";
import { logAudit } from "./audit-log.server";
import { currentIntroduction, markCancelled, organisationOf, saveIntroduction, sendIntroductionEmails } from "./introductions.server";
import { addEvent, type Found, type RequestRow, updateRequest, withRequest } from "./request-steps.server";
import type { StaffMember } from "./staff-scope.server";

export interface IntroductionInput {
  /** YYYY-MM-DD and HH:MM, as a clock in the Netherlands shows them. */
  date: string;
  startTime: string;
  placeKind: IntroductionPlaceKind;
  address: string | null;
  meetWith: string;
}

/**
 * The organisation the appointment is with ("op school" is this one): the person's own school or
 * WSP; for an administrator, the organisation that has the request now.
 */
function appointmentOrganisation(staff: StaffMember, found: Found) {
  if (staff.organisation) return staff.organisation;
  const holding = found.assignments.filter((x) => LOAD_STATUSES.includes(x.assignment.status));
  return holding.sort((x, y) => y.assignment.createdAt.getTime() - x.assignment.createdAt.getTime())[0]?.organisation ?? null;
}

export async function planIntroduction(db: Database, staff: StaffMember, reference: string, input: IntroductionInput, now: Date = new Date()) {
  return withRequest(db, staff, reference, "introduction", async (tx, found) => {
    const { request } = found;
    const plan = planStatusChange(request.status, { to: "kennismaking_gepland", introductionOn: input.date });
    if ("problem" in plan) return refuse(plan.problem);
    // Moving an appointment keeps it with the organisation it was planned with: "op school" stays
    // that school when the WSP (or another colleague) moves it, instead of becoming their office.
    const planned = await currentIntroduction(tx, request.id);
    const organisation = planned ? await organisationOf(tx, planned.organisationId) : appointmentOrganisation(staff, found);
    if (!organisation) return refuse("Er is geen school of werkgeversservicepunt die deze aanvraag heeft. Stuur de aanvraag eerst door.");
    // The form checks these too; a step called with other input refuses rather than fails.
    const time = parseStartTime(input.startTime);
    if (!time) return refuse("Vul een tijd in zoals 14:00.", "startTime");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || Number.isNaN(Date.parse(`${input.date}T00:00:00Z`))) {
      return refuse("Vul een datum in zoals 14-03-2026.", "introductionOn");
    }
    const startsAt = amsterdamMoment(input.date, time);
    if (startsAt <= now) return refuse("Deze tijd is al voorbij. Kies een latere tijd.", "startTime");

    const { row, moved } = await saveIntroduction(
      tx,
      {
        requestId: request.id,
        organisationId: organisation.id,
        plannedById: staff.id,
        plan: { startsAt, placeKind: input.placeKind, address: input.address, meetWith: input.meetWith },
      },
      now,
    );
    await updateRequest(tx, request, { status: plan.status, outcome: null, outcomeReason: null, closedAt: null, introductionOn: input.date }, now);
    await addEvent(
      tx,
      request,
      staff,
      "kennismaking_gepland",
      {
        from: request.status,
        introductionOn: input.date,
        startsAt: startsAt.toISOString(),
        placeKind: input.placeKind,
        address: input.address,
        meetWith: input.meetWith,
        // Not "organisationName": signedBy sets that to the person's own organisation.
        place: { name: organisation.name, kind: organisation.kind },
        moved,
      },
      now,
    );
    await sendIntroductionEmails(tx, { change: moved ? "verzet" : "gepland", row, request, staff }, now);
    await logAudit(tx, staff, "gewijzigd", `Kennismaking ${moved ? "verzet" : "gepland"} bij ${request.reference}`, request.id, now);
  });
}

/** Cancels the appointment that is not cancelled yet, if any, and tells the people; returns whether there was one. */
async function cancelWithEmails(
  tx: Transaction,
  staff: StaffMember,
  request: RequestRow,
  now: Date,
  options: { message: string | null; onlyUpcoming: boolean },
): Promise<boolean> {
  const row = await currentIntroduction(tx, request.id);
  if (!row) return false;
  // An appointment that already took place is history, not something to call off.
  if (options.onlyUpcoming && row.startsAt <= now) return false;
  const cancelled = await markCancelled(tx, row, now);
  await addEvent(tx, request, staff, "kennismaking_afgezegd", { startsAt: row.startsAt.toISOString(), message: options.message }, now);
  await sendIntroductionEmails(tx, { change: "afgezegd", row: cancelled, request, staff, message: options.message }, now);
  return true;
}

/** For the steps that move the request on (status, hand back, forward): an appointment still ahead is called off. */
export function cancelUpcomingIntroduction(tx: Transaction, staff: StaffMember, request: RequestRow, now: Date): Promise<boolean> {
  return cancelWithEmails(tx, staff, request, now, { message: null, onlyUpcoming: true });
}

export async function cancelIntroduction(db: Database, staff: StaffMember, reference: string, input: { message: string | null }, now: Date = new Date()) {
  return withRequest(db, staff, reference, "introduction", async (tx, { request }) => {
    if (request.status !== "kennismaking_gepland") return refuse("Er is geen kennismaking gepland.");
    const cancelled = await cancelWithEmails(tx, staff, request, now, { message: input.message, onlyUpcoming: false });
    if (!cancelled) return refuse("Er is geen kennismaking gepland.");
    await updateRequest(tx, request, { status: "in_behandeling", introductionOn: null }, now);
    await logAudit(tx, staff, "gewijzigd", `Kennismaking afgezegd bij ${request.reference}`, request.id, now);
  });
}

