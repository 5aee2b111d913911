/**
 * Who sees what of the employer register (decision 028), in one place, like staff-scope does for
 * requests. Every school and the WSP of a region see that region's register and who is in contact;
 * nothing crosses regions. A note is read by its own organisation only, unless its writer shared it
 * with the region. Something a person may not see is "not found", never "forbidden".
 */
import { and, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { isUuid } from "~/domain/uuid";
import { type Queryable, schema } from "~/lib/db.server";
import type { StaffMember } from "./staff-scope.server";

export type RegisterViewer = Pick<StaffMember, "id" | "role" | "organisation">;

const entries = schema.registerEmployers;
const log = schema.registerContactLog;

/** The condition on `register_employers` for what this person may see (erased entries never). */
export function registerScope(staff: Pick<StaffMember, "role" | "organisation">): SQL {
  const live = isNull(entries.erasedAt);
  if (staff.role === "admin") return live;
  const organisation = staff.organisation;
  if (!organisation) return sql`false`;
  return and(live, eq(entries.regionSlug, organisation.regionSlug))!;
}

/** The condition on `register_contact_log` for whose notes this person may read. */
export function noteScope(staff: Pick<StaffMember, "role" | "organisation">): SQL {
  const organisation = staff.organisation;
  if (!organisation) return eq(log.visibility, "regio");
  return or(eq(log.visibility, "regio"), eq(log.organisationId, organisation.id))!;
}

/** Only people of a school or WSP add, log and share: they act for their organisation. */
export function mayWorkRegister(staff: Pick<StaffMember, "role" | "organisation">): staff is RegisterViewer & {
  organisation: NonNullable<StaffMember["organisation"]>;
} {
  return staff.role !== "admin" && staff.organisation !== null;
}

/** One entry by id, if this person may see it; null otherwise (the route answers 404). */
export async function findVisibleEntry(q: Queryable, staff: Pick<StaffMember, "role" | "organisation">, id: string) {
  if (!isUuid(id)) return null;
  const [entry] = await q
    .select()
    .from(entries)
    .where(and(eq(entries.id, id), registerScope(staff)));
  return entry ?? null;
}
