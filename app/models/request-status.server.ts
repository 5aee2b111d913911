/**
 * The status step: in behandeling, geplaatst, geen match (with a reason), or opened again
 * (`~/domain/request-workflow` decides what may follow what). Planning a kennismaking is its own
 * step (`request-introduction.server.ts`); leaving "kennismaking gepland" while the appointment
 * is still ahead calls it off.
 */
import { and, eq, inArray } from "drizzle-orm";
import { LOAD_STATUSES } from "~/domain/assignments";
import { amsterdamDate, formatDate } from "~/domain/dates";
import { refuse } from "~/domain/refusal";
import { REQUEST_STATUS_LABELS } from "~/domain/request-status";
import { employerNews, placementEndProblem, planStatusChange, type StatusChange } from "~/domain/request-workflow";
import { type Database, schema } from "~/lib/db.server";
import { logAudit } from "./audit-log.server";
import { activeWspOfRegion } from "./organisations.server";
import { cancelUpcomingIntroduction } from "./request-introduction.server";
import { addEvent, updateRequest, withRequest } from "./request-steps.server";
import { notifyEmployer } from "./routing.server";
import type { StaffMember } from "./staff-scope.server";

/** The changes the status form makes; a kennismaking is planned with `planIntroduction`. */
export type StatusFormChange = Exclude<StatusChange, { to: "kennismaking_gepland" }>;

export async function changeStatus(db: Database, staff: StaffMember, reference: string, change: StatusFormChange, now: Date = new Date()) {
  return withRequest(db, staff, reference, "status", async (tx, { request }) => {
    const plan = planStatusChange(request.status, change);
    if ("problem" in plan) return refuse(plan.problem);
    const endProblem = plan.placementEndsOn ? placementEndProblem(plan.placementEndsOn, amsterdamDate(request.createdAt)) : null;
    if (endProblem) return refuse(endProblem, "placementEndsOn");
    const assignments = schema.requestAssignments;
    if (request.status === "kennismaking_gepland") await cancelUpcomingIntroduction(tx, staff, request, now);
    await updateRequest(
      tx,
      request,
      {
        status: plan.status,
        outcome: plan.outcome,
        outcomeReason: plan.outcomeReason,
        closedAt: plan.closed ? now : null,
        introductionOn: plan.introductionOn,
        placementEndsOn: plan.placementEndsOn,
      },
      now,
    );
    if (plan.closed) {
      // A school still asked to answer is not any more: its link closes and its window stops.
      await tx
        .update(assignments)
        .set({ status: "withdrawn", respondedAt: now })
        .where(and(eq(assignments.requestId, request.id), eq(assignments.status, "open")));
    }
    if (plan.reopened) {
      // Opened again with nobody holding it: it goes to the region's WSP, so someone has it.
      const [holder] = await tx
        .select({ id: assignments.id })
        .from(assignments)
        .where(and(eq(assignments.requestId, request.id), inArray(assignments.status, [...LOAD_STATUSES])));
      const wsp = holder ? null : await activeWspOfRegion(tx, request.regionSlug);
      if (wsp) await tx.insert(assignments).values({ requestId: request.id, organisationId: wsp.id, createdAt: now });
    }
    await addEvent(
      tx,
      request,
      staff,
      "status_gewijzigd",
      { from: request.status, to: plan.status, outcome: plan.outcome, reason: plan.outcomeReason, ...(plan.placementEndsOn ? { placementEndsOn: plan.placementEndsOn } : {}) },
      now,
    );
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
