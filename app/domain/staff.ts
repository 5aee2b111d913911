/**
 * Staff: the people who work the requests in the back office. A person belongs to one
 * organisation (or to none, as platform administrator) and has one role.
 */
import type { OrganisationKind } from "./organisations";

export const STAFF_ROLES = ["admin", "wsp", "school"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  admin: "Beheerder",
  wsp: "Accountmanager werkgeversservicepunt",
  school: "Coördinator school",
};

/** The kind of organisation a role belongs to; an administrator belongs to none. */
export const ROLE_ORGANISATION_KIND: Record<StaffRole, OrganisationKind | null> = {
  admin: null,
  wsp: "wsp",
  school: "school",
};

/** Why a role and an organisation do not go together, or null when they do. */
export function roleOrganisationProblem(role: StaffRole, organisationKind: OrganisationKind | null): string | null {
  const needed = ROLE_ORGANISATION_KIND[role];
  if (needed === null) return organisationKind === null ? null : "Een beheerder hoort niet bij een organisatie.";
  if (organisationKind === null) return "Kies de organisatie van deze persoon.";
  if (organisationKind !== needed) {
    return needed === "wsp"
      ? "Een accountmanager hoort bij een werkgeversservicepunt."
      : "Een coördinator hoort bij een school.";
  }
  return null;
}

/** How long the things that let someone in stay valid. */
export const SIGN_IN_CODE_MINUTES = 15;
export const INVITE_DAYS = 7;
/** A session ends after this long without use, and always after SESSION_MAX_DAYS. */
export const SESSION_IDLE_HOURS = 12;
export const SESSION_MAX_DAYS = 14;
/** Wrong codes allowed per sign-in before it is spent. */
export const SIGN_IN_MAX_ATTEMPTS = 5;

/** When a session stops being valid: idle timeout or absolute lifetime, whichever comes first. */
export function sessionValidUntil(session: { createdAt: Date; lastSeenAt: Date }): Date {
  const idle = session.lastSeenAt.getTime() + SESSION_IDLE_HOURS * 3600_000;
  const absolute = session.createdAt.getTime() + SESSION_MAX_DAYS * 86400_000;
  return new Date(Math.min(idle, absolute));
}
