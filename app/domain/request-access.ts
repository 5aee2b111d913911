/**
 * Who may see and work a request. Pure, so the rules are tested on their own; the data-access
 * layer (`~/models/staff-scope.server`) applies the same rules in SQL for lists.
 *
 * - admin: every request.
 * - wsp: every request from the WSP's own region.
 * - school: requests that were ever routed to the school; it works them only while it has them
 *   (open or accepted); earlier ones it can still read.
 */
import type { AssignmentStatus } from "./assignments";
import type { OrganisationKind } from "./organisations";
import type { StaffRole } from "./staff";

export interface Viewer {
  role: StaffRole;
  organisation: { id: string; kind: OrganisationKind; regionSlug: string } | null;
}

export interface RequestForAccess {
  /** Empty for a question without a place: only administrators see it (decision 032). */
  regionSlug: string | null;
  assignments: readonly { organisationId: string; status: AssignmentStatus }[];
}

export type RequestAccess = "none" | "read" | "work";

export function requestAccess(viewer: Viewer, request: RequestForAccess): RequestAccess {
  if (viewer.role === "admin") return "work";
  const organisation = viewer.organisation;
  if (!organisation) return "none";
  if (viewer.role === "wsp") return organisation.kind === "wsp" && organisation.regionSlug === request.regionSlug ? "work" : "none";
  const own = request.assignments.filter((a) => a.organisationId === organisation.id);
  if (own.length === 0) return "none";
  return own.some((a) => a.status === "open" || a.status === "accepted") ? "work" : "read";
}

/** The assignment a school acts on now: the one it still has to answer or took on. */
export function currentSchoolAssignment<T extends { organisationId: string; status: AssignmentStatus }>(
  viewer: Viewer,
  assignments: readonly T[],
): T | null {
  if (viewer.role !== "school" || !viewer.organisation) return null;
  const id = viewer.organisation.id;
  return assignments.find((a) => a.organisationId === id && (a.status === "open" || a.status === "accepted")) ?? null;
}

/**
 * What a school sees of a request's history. A school sees the request while it has it, and
 * what happened up to the moment it let go (declined, handed back, moved on); never what other
 * organisations wrote for themselves (notes, contact log, owner changes, messages to another
 * school, their reminders) and never emails to other organisations.
 */
export interface SchoolHistoryWindow {
  organisationId: string;
  /** Null while the school still has the request. */
  until: Date | null;
}

export function schoolHistoryWindow(
  viewer: Viewer,
  assignments: readonly { organisationId: string; status: AssignmentStatus; createdAt: Date; respondedAt: Date | null }[],
): SchoolHistoryWindow | null {
  if (viewer.role !== "school" || !viewer.organisation) return null;
  const id = viewer.organisation.id;
  const own = assignments.filter((a) => a.organisationId === id);
  if (own.some((a) => a.status === "open" || a.status === "accepted")) return { organisationId: id, until: null };
  const ends = own.map((a) => (a.respondedAt ?? a.createdAt).getTime());
  return { organisationId: id, until: new Date(Math.max(0, ...ends)) };
}

/** Events that say where the request went next. */
const MOVED_ON_EVENT_TYPES: readonly string[] = ["doorgestuurd", "naar_wsp", "doorgestuurd_door_wsp"];

/** Event types that are an organisation's own working notes. */
const INTERNAL_EVENT_TYPES: readonly string[] = ["notitie", "contact", "eigenaar_gewijzigd", "doorgestuurd_door_wsp", "herinnering"];

export function schoolSeesEvent(
  window: SchoolHistoryWindow,
  event: { type: string; createdAt: Date; authorOrganisationId: string | null },
): boolean {
  if (window.until) {
    if (event.createdAt > window.until) return false;
    // Letting go and moving on happen in one transaction, at one moment: the move is not the school's.
    if (event.createdAt.getTime() === window.until.getTime() && MOVED_ON_EVENT_TYPES.includes(event.type)) return false;
  }
  if (INTERNAL_EVENT_TYPES.includes(event.type)) return event.authorOrganisationId === window.organisationId;
  return true;
}

export function schoolSeesEmail(
  window: SchoolHistoryWindow,
  email: { createdAt: Date; toAddress: string },
  addresses: { school: string; employer: string },
): boolean {
  if (window.until && email.createdAt > window.until) return false;
  const to = email.toAddress.toLowerCase();
  return to === addresses.school.toLowerCase() || to === addresses.employer.toLowerCase();
}
