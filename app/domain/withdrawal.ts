/**
 * Withdrawing a request, and taking the withdrawal back. An employer who withdrew by mistake (or
 * whose plans changed again) may reopen the request for REOPEN_DAYS days: it goes back to the
 * status it had, with the organisation that had it. After that the school or WSP has moved on,
 * and a new request is the honest way back. A request withdrawn because the employer had their
 * data erased never reopens: there is nobody left to reopen it for.
 *
 * What to put back is read from the request's timeline: the withdrawal event records the status
 * and the assignments it closed (`withdrawalRecord`). For withdrawals recorded before it did,
 * the status is replayed from the events before it and the assignments are the ones closed at
 * that same moment (`legacyAssignmentsToRestore`).
 */
import type { AssignmentStatus } from "./assignments";
import type { RequestEventType } from "./request-events";
import type { RequestStatus } from "./request-status";
import { OPEN_STATUSES } from "./request-workflow";

/** How long after withdrawing an employer may reopen the request. */
export const REOPEN_DAYS = 14;

const DAY_MS = 24 * 3600 * 1000;

/** A status a withdrawn request can go back to: one it can have been withdrawn from. */
export type StatusBeforeWithdrawal = "nieuw" | "in_behandeling" | "kennismaking_gepland";

/** An assignment the withdrawal closed, and what it was before (the withdrawal overwrites `respondedAt`). */
export interface WithdrawnAssignment {
  id: string;
  status: Extract<AssignmentStatus, "open" | "accepted">;
  /** ISO time; when a school accepted, null while it still had to answer. */
  respondedAt: string | null;
}

export interface TimelineEntry {
  type: RequestEventType;
  data: Record<string, unknown>;
  createdAt: Date;
}

/** The data the withdrawal event stores, so a reopening can put back exactly this. */
export function withdrawalRecord(
  previousStatus: RequestStatus,
  assignments: ReadonlyArray<{ id: string; status: AssignmentStatus; respondedAt: Date | null }>,
): { previousStatus: RequestStatus; assignments: WithdrawnAssignment[] } {
  return {
    previousStatus,
    assignments: assignments.flatMap((a) =>
      a.status === "open" || a.status === "accepted" ? [{ id: a.id, status: a.status, respondedAt: a.respondedAt?.toISOString() ?? null }] : [],
    ),
  };
}

function isReopenableStatus(value: unknown): value is StatusBeforeWithdrawal {
  return typeof value === "string" && (OPEN_STATUSES as readonly string[]).includes(value);
}

function isWithdrawnAssignment(value: unknown): value is WithdrawnAssignment {
  if (typeof value !== "object" || value === null) return false;
  const { id, status, respondedAt } = value as Record<string, unknown>;
  return typeof id === "string" && (status === "open" || status === "accepted") && (respondedAt === null || typeof respondedAt === "string");
}

/** What the events before a withdrawal say the status was, for withdrawals that did not record it. */
function replayedStatus(events: readonly TimelineEntry[]): StatusBeforeWithdrawal {
  let status: StatusBeforeWithdrawal = "nieuw";
  for (const event of events) {
    switch (event.type) {
      case "geaccepteerd":
        status = "in_behandeling";
        break;
      case "kennismaking_gepland":
        status = "kennismaking_gepland";
        break;
      case "status_gewijzigd":
      case "heropend":
        if (isReopenableStatus(event.data.to)) status = event.data.to;
        break;
      case "teruggegeven":
      case "doorgestuurd_door_wsp":
        // Handing back and forwarding start the request over at a new holder.
        status = "nieuw";
        break;
      default:
        break;
    }
  }
  return status;
}

export interface Withdrawal {
  at: Date;
  /** Withdrawn because the employer's data was erased. */
  erased: boolean;
  previousStatus: StatusBeforeWithdrawal;
  /** Null when the withdrawal did not record them (see `legacyAssignmentsToRestore`). */
  assignments: WithdrawnAssignment[] | null;
}

/** The request's last withdrawal, from its timeline (oldest first), or null if it has none. */
export function lastWithdrawal(events: readonly TimelineEntry[]): Withdrawal | null {
  const index = events.findLastIndex((e) => e.type === "ingetrokken");
  const event = events[index];
  if (!event) return null;
  const recorded = event.data.previousStatus;
  const assignments = event.data.assignments;
  return {
    at: event.createdAt,
    erased: event.data.gewist === true,
    previousStatus: isReopenableStatus(recorded) ? recorded : replayedStatus(events.slice(0, index)),
    assignments: Array.isArray(assignments) ? assignments.filter(isWithdrawnAssignment) : null,
  };
}

/** The last moment a withdrawal can be taken back. */
export function reopenDeadline(withdrawnAt: Date): Date {
  return new Date(withdrawnAt.getTime() + REOPEN_DAYS * DAY_MS);
}

/**
 * Whether the employer may reopen now: "open" until the deadline, "te_laat" after it, "nee" for a
 * request that is not withdrawn or was withdrawn by an erasure.
 */
export type ReopenChance = { kind: "open"; until: Date } | { kind: "te_laat"; since: Date } | { kind: "nee" };

export function reopenChance(status: RequestStatus, withdrawal: Withdrawal | null, now: Date): ReopenChance {
  if (status !== "ingetrokken" || !withdrawal || withdrawal.erased) return { kind: "nee" };
  const until = reopenDeadline(withdrawal.at);
  return now < until ? { kind: "open", until } : { kind: "te_laat", since: until };
}

/**
 * A school that still had to answer gets back the time it had left: the withdrawal stopped its
 * clock, so the days in between do not count against it.
 */
export function resumedRespondBy(respondBy: Date | null, withdrawnAt: Date, reopenedAt: Date): Date | null {
  if (!respondBy) return null;
  const paused = Math.max(0, reopenedAt.getTime() - withdrawnAt.getTime());
  return new Date(respondBy.getTime() + paused);
}

/**
 * For a withdrawal that did not record its assignments: the ones it closed are those marked
 * withdrawn at that same moment. A school (it has an answer deadline) had accepted when the
 * request was further than "nieuw"; otherwise it, or the WSP, still had it open.
 */
export function legacyAssignmentsToRestore(
  withdrawal: Pick<Withdrawal, "at" | "previousStatus">,
  assignments: ReadonlyArray<{ id: string; status: AssignmentStatus; respondedAt: Date | null; respondBy: Date | null }>,
): WithdrawnAssignment[] {
  return assignments
    .filter((a) => a.status === "withdrawn" && a.respondedAt?.getTime() === withdrawal.at.getTime())
    .map((a) =>
      a.respondBy && withdrawal.previousStatus !== "nieuw"
        ? // When it accepted is lost; the withdrawal's moment is the nearest there is.
          { id: a.id, status: "accepted", respondedAt: withdrawal.at.toISOString() }
        : { id: a.id, status: "open", respondedAt: null },
    );
}
