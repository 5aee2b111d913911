/**
 * The one data-access layer of the back office. Every back-office loader and action reads and
 * changes requests and organisations through functions here (or through models that take their
 * conditions from here), always with the signed-in person as the first argument. Something a
 * person may not see is "not found", never "forbidden", so its existence does not leak.
 */
import { and, asc, eq, getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import { alias, QueryBuilder } from "drizzle-orm/pg-core";
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

const requests = schema.requests;
const assignments = schema.requestAssignments;
const organisations = schema.organisations;
const owners = alias(schema.staffMembers, "owner");
const ownerOrganisations = alias(schema.organisations, "owner_organisation");

/** The condition on `requests` that selects what this person may see. */
export function requestScope(staff: Pick<StaffMember, "role" | "organisation">): SQL {
  if (staff.role === "admin") return sql`true`;
  const organisation = staff.organisation;
  if (!organisation) return sql`false`;
  if (staff.role === "wsp") return organisation.kind === "wsp" ? eq(requests.regionSlug, organisation.regionSlug) : sql`false`;
  // Written out, so the subquery refers to the outer `requests` row.
  return sql`exists (select 1 from ${assignments} where ${assignments.requestId} = ${requests.id} and ${assignments.organisationId} = ${organisation.id})`;
}

const queryBuilder = new QueryBuilder();

/**
 * The requests this person may see: the one source every back-office read selects from,
 * `q.select(fields).from(visibleRequests(staff))`, or `from ${visibleRequests(staff)}` in raw SQL.
 * Back-office models may not name the `requests` table in a select (the `no-restricted-syntax`
 * rule in eslint.config.js), so a read that forgets the scope does not pass lint.
 *
 * It is a subquery that carries the table's own name, so the columns of `schema.requests` in
 * fields, conditions and correlated subqueries refer to the visible rows and read as before.
 * PostgreSQL folds such a subquery into the outer query: the plans stay those of the table.
 */
export function visibleRequests(staff: Pick<StaffMember, "role" | "organisation">) {
  return queryBuilder.select().from(requests).where(requestScope(staff)).as(getTableName(requests));
}

export type VisibleRequests = ReturnType<typeof visibleRequests>;

/**
 * The columns of `requests`, for the fields and conditions of a select from `visibleRequests`.
 * Columns only: a back-office model gets no table to select from but the visible one.
 */
export const requestColumns = getTableColumns(requests);

/** The condition on `organisations` that selects which ones this person may read. */
export function organisationScope(staff: Pick<StaffMember, "role" | "organisation">): SQL {
  if (staff.role === "admin") return sql`true`;
  const organisation = staff.organisation;
  if (!organisation) return sql`false`;
  if (staff.role === "wsp") return eq(organisations.regionSlug, organisation.regionSlug);
  return eq(organisations.id, organisation.id);
}

export type VisibleRequest = NonNullable<Awaited<ReturnType<typeof findVisibleRequest>>>;

/**
 * One request by its reference, with its assignments, if this person may see it; null otherwise
 * (the route answers 404). `access` says whether they may also work it.
 */
export async function findVisibleRequest(q: Queryable, staff: StaffMember, reference: string) {
  if (!isReference(reference)) return null;
  // One statement: the request with a row per assignment (left joins: a request may have none).
  // Every page and step of a request starts here, so a second round trip costs on each of them.
  const rows = await q
    .select({
      request: getTableColumns(requests),
      assignment: assignments,
      organisation: { id: organisations.id, name: organisations.name, kind: organisations.kind, contactEmail: organisations.contactEmail },
      // Who follows it, for the request page. Fields of their own: drizzle makes a nested object
      // null for a missing left join only when all its fields come from one table.
      ownerName: owners.name,
      ownerOrganisationName: ownerOrganisations.name,
    })
    .from(visibleRequests(staff))
    .leftJoin(assignments, eq(assignments.requestId, requests.id))
    .leftJoin(organisations, eq(organisations.id, assignments.organisationId))
    .leftJoin(owners, eq(owners.id, requests.ownerId))
    .leftJoin(ownerOrganisations, eq(ownerOrganisations.id, owners.organisationId))
    .where(eq(requests.reference, reference))
    .orderBy(asc(assignments.createdAt), asc(assignments.id));
  const request = rows[0]?.request;
  if (!request) return null;
  const handlers = rows.flatMap(({ assignment, organisation }) => (assignment && organisation ? [{ assignment, organisation }] : []));
  const assignmentRows = handlers.map((x) => x.assignment);
  const access: RequestAccess = requestAccess(staff, { regionSlug: request.regionSlug, assignments: assignmentRows });
  if (access === "none") return null;
  /** For a school: the assignment it works the request through now, if it has one. */
  const schoolAssignment = currentSchoolAssignment(staff, assignmentRows);
  const first = rows[0]!;
  const owner = first.ownerName === null ? null : { name: first.ownerName, organisationName: first.ownerOrganisationName };
  return { request, assignments: handlers, access, schoolAssignment, owner };
}

/** Organisations this person may read, by id; others are not found. */
export async function findVisibleOrganisation(q: Queryable, staff: StaffMember, id: string) {
  if (!isUuid(id)) return null;
  const [organisation] = await q
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, id), organisationScope(staff)));
  return organisation ?? null;
}
