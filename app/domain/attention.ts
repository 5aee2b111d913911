/**
 * What needs someone's attention: the rules behind reminders and the daily digest. Pure, so the
 * rules are tested without a database or a clock.
 */
import type { RequestStatus } from "./request-status";
import { OPEN_STATUSES } from "./request-workflow";
import type { StaffRole } from "./staff";
import { addWorkingDays } from "./working-days";

/** A school is reminded once, when less than a working day is left to answer. */
export function schoolReminderDue(respondBy: Date, now: Date): boolean {
  return respondBy > now && addWorkingDays(now, 1) >= respondBy;
}

/** The WSP is reminded once, when a request it holds has had no owner for a whole response window. */
export function wspReminderDue(assignedAt: Date, now: Date, windowWorkingDays: number): boolean {
  return addWorkingDays(assignedAt, windowWorkingDays) <= now;
}

/** A lead that is being worked but has had no activity for this many days is "stil". */
export const QUIET_DAYS = 7;

export interface AttentionRow {
  reference: string;
  companyName: string;
  status: RequestStatus;
  ownerId: string | null;
  /** The organisation that has the request open or accepted now, and in which state. */
  handler: { organisationId: string; kind: "wsp" | "school"; state: "open" | "accepted"; respondBy: Date | null } | null;
  lastActivityAt: Date;
}

export interface AttentionViewer {
  id: string;
  role: StaffRole;
  organisationId: string | null;
}

export interface AttentionItem {
  reference: string;
  companyName: string;
  why: string;
}


/** The requests (already limited to what the viewer may see) that ask for this person's action. */
export function attentionItems(
  viewer: AttentionViewer,
  rows: readonly AttentionRow[],
  now: Date,
  formatDue: (d: Date) => string,
): AttentionItem[] {
  const quietSince = now.getTime() - QUIET_DAYS * 86400_000;
  const items: AttentionItem[] = [];
  for (const row of rows) {
    if (!OPEN_STATUSES.includes(row.status)) continue;
    const item = (why: string) => items.push({ reference: row.reference, companyName: row.companyName, why });
    const handler = row.handler;
    const quiet = row.lastActivityAt.getTime() < quietSince;
    if (viewer.role === "school") {
      if (!handler || handler.organisationId !== viewer.organisationId) continue;
      if (handler.state === "open") item(handler.respondBy ? `wacht op uw antwoord, uiterlijk ${formatDue(handler.respondBy)}` : "wacht op uw antwoord");
      else if (quiet) item(`al ${QUIET_DAYS} dagen geen nieuws`);
      continue;
    }
    if (row.ownerId === viewer.id) {
      if (quiet) item(`uw lead: al ${QUIET_DAYS} dagen geen contact`);
      continue;
    }
    const atWsp = !handler || handler.kind === "wsp";
    if (row.ownerId === null && row.status === "nieuw" && atWsp) item("nog niemand heeft deze aanvraag opgepakt");
  }
  return items;
}
