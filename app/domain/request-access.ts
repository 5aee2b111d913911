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
  regionSlug: string;
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
