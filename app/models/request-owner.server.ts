/** Who follows a request ("eigenaar"): the people who may, and the step that changes it. */
import { and, asc, eq, inArray, or, type SQL } from "drizzle-orm";
import { LOAD_STATUSES } from "~/domain/assignments";
import { refuse } from "~/domain/refusal";
import { STAFF_ROLE_LABELS } from "~/domain/staff";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { logAudit } from "./audit-log.server";
import { addEvent, updateRequest, withRequest } from "./request-steps.server";
import { organisationScope, type StaffMember, type VisibleRequest } from "./staff-scope.server";

export interface OwnerOption {
  id: string;
  name: string;
  organisationName: string;
}

/**
 * Who can be the owner: the people of the region's WSP and of the school that has the request
 * now, as far as this person may see those organisations (so a school only picks its own
 * people); an administrator can also pick an administrator.
 */
export async function ownerCandidates(q: Queryable, staff: StaffMember, found: VisibleRequest): Promise<OwnerOption[]> {
  const organisations = schema.organisations;
  const people = schema.staffMembers;
  const currentSchool = found.assignments.find((x) => x.organisation.kind === "school" && LOAD_STATUSES.includes(x.assignment.status));
  const candidates = await q
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        organisationScope(staff),
        or(
          found.request.regionSlug ? and(eq(organisations.kind, "wsp"), eq(organisations.regionSlug, found.request.regionSlug)) : undefined,
          currentSchool ? eq(organisations.id, currentSchool.organisation.id) : undefined,
        ),
      ),
    );
  const who: SQL[] = [];
  if (candidates.length > 0) {
    who.push(
      inArray(
        people.organisationId,
        candidates.map((x) => x.id),
      ),
    );
  }
  if (staff.role === "admin") who.push(eq(people.role, "admin"));
  if (who.length === 0) return [];
  const rows = await q
    .select({ id: people.id, name: people.name, role: people.role, organisationName: organisations.name })
    .from(people)
    .leftJoin(organisations, eq(organisations.id, people.organisationId))
    .where(and(eq(people.active, true), or(...who)))
    .orderBy(asc(organisations.name), asc(people.name));
  return rows.map((row) => ({ id: row.id, name: row.name, organisationName: row.organisationName ?? STAFF_ROLE_LABELS[row.role] }));
}

/** `ownerId` null: nobody owns the request. */
export async function setOwner(
  db: Database,
  staff: StaffMember,
  reference: string,
  input: { ownerId: string | null },
  now: Date = new Date(),
) {
  return withRequest(db, staff, reference, "owner", async (tx, found) => {
    const { request } = found;
    if (input.ownerId === request.ownerId) return refuse(input.ownerId ? "Deze persoon is al de eigenaar." : "Er is al geen eigenaar.");
    let ownerName: string | null = null;
    if (input.ownerId) {
      const candidate = (await ownerCandidates(tx, staff, found)).find((c) => c.id === input.ownerId);
      if (!candidate) return refuse("Deze persoon kan deze aanvraag niet oppakken. Kies iemand uit de lijst.");
      ownerName = candidate.name;
    }
    await updateRequest(tx, request, { ownerId: input.ownerId }, now);
    await addEvent(tx, request, staff, "eigenaar_gewijzigd", { ownerId: input.ownerId, ownerName }, now);
    await logAudit(tx, staff, "gewijzigd", `Eigenaar van ${request.reference}: ${ownerName ?? "niemand"}`, request.id, now);
  });
}
