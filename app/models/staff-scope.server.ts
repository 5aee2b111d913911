/**
 * The one data-access layer of the back office. Every back-office loader and action reads and
 * changes requests and organisations through functions here (or through models that take their
 * conditions from here), always with the signed-in person as the first argument. Something a
 * person may not see is "not found", never "forbidden", so its existence does not leak.
 */
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { OrganisationKind } from "~/domain/organisations";
import { isReference } from "~/domain/reference";
import { currentSchoolAssignment, type RequestAccess, requestAccess } from "~/domain/request-access";
import type { StaffRole } from "~/domain/staff";
import { isUuid } from "~/domain/uuid";
import { type Queryable, schema } from "~/lib/db.server";

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  role: StaffRole;
  digestEnabled: boolean;
  sessionId: string;
  organisation: { id: string; name: string; kind: OrganisationKind; regionSlug: string } | null;
}

/** The signed-in person as the back office works with it, from their rows. */
export function toStaffMember(
  member: typeof schema.staffMembers.$inferSelect,
  organisation: typeof schema.organisations.$inferSelect | null,
  sessionId: string,
): StaffMember {
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    role: member.role,
    digestEnabled: member.digestEnabled,
    sessionId,
    organisation: organisation ? { id: organisation.id, name: organisation.name, kind: organisation.kind, regionSlug: organisation.regionSlug } : null,
  };
}

const r = schema.requests;
const a = schema.requestAssignments;
const o = schema.organisations;

/** The condition on `requests` that selects what this person may see. */
export function requestScope(staff: Pick<StaffMember, "role" | "organisation">): SQL {
  if (staff.role === "admin") return sql`true`;
  const organisation = staff.organisation;
  if (!organisation) return sql`false`;
  if (staff.role === "wsp") return organisation.kind === "wsp" ? eq(r.regionSlug, organisation.regionSlug) : sql`false`;
  // Written out, so the subquery refers to the outer `requests` row.
  return sql`exists (select 1 from ${a} where ${a.requestId} = ${r.id} and ${a.organisationId} = ${organisation.id})`;
}

/** The condition on `organisations` that selects which ones this person may read. */
export function organisationScope(staff: Pick<StaffMember, "role" | "organisation">): SQL {
  if (staff.role === "admin") return sql`true`;
  const organisation = staff.organisation;
  if (!organisation) return sql`false`;
  if (staff.role === "wsp") return eq(o.regionSlug, organisation.regionSlug);
  return eq(o.id, organisation.id);
}

export type VisibleRequest = NonNullable<Awaited<ReturnType<typeof findVisibleRequest>>>;

/**
 * One request by its reference, with its assignments, if this person may see it; null otherwise
 * (the route answers 404). `access` says whether they may also work it.
 */
export async function findVisibleRequest(q: Queryable, staff: StaffMember, reference: string) {
  if (!isReference(reference)) return null;
  const [request] = await q
    .select()
    .from(r)
    .where(and(eq(r.reference, reference), requestScope(staff)));
  if (!request) return null;
  const assignments = await q
    .select({ assignment: a, organisation: { id: o.id, name: o.name, kind: o.kind, contactEmail: o.contactEmail } })
    .from(a)
    .innerJoin(o, eq(o.id, a.organisationId))
    .where(eq(a.requestId, request.id))
    .orderBy(asc(a.createdAt));
  const rows = assignments.map((x) => x.assignment);
  const access: RequestAccess = requestAccess(staff, { regionSlug: request.regionSlug, assignments: rows });
  if (access === "none") return null;
  /** For a school: the assignment it works the request through now, if it has one. */
  const schoolAssignment = currentSchoolAssignment(staff, rows);
  return { request, assignments, access, schoolAssignment };
}

/** Organisations this person may read, by id; others are not found. */
export async function findVisibleOrganisation(q: Queryable, staff: StaffMember, id: string) {
  if (!isUuid(id)) return null;
  const [organisation] = await q.select().from(o).where(and(eq(o.id, id), organisationScope(staff)));
  return organisation ?? null;
}

export const AUDIT_ACTIONS = ["bekeken", "gewijzigd", "geexporteerd", "beheer", "privacy"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Personal data access is logged: who viewed or changed which request, and what. */
export async function logAudit(
  q: Queryable,
  /** Null for what the system or the employer did themselves (the retention job, an erasure). */
  staff: Pick<StaffMember, "id"> | null,
  action: AuditAction,
  summary: string,
  requestId: string | null = null,
  now: Date = new Date(),
) {
  await q.insert(schema.auditLog).values({ staffMemberId: staff?.id ?? null, action, summary, requestId, createdAt: now });
}
