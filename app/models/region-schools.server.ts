/**
 * The schools a person may read: a WSP the schools of its region (to know where to send an
 * employer), a school itself, an administrator all. Through `organisationScope`, like every
 * back-office read of organisations.
 */
import { and, asc, eq, gte, inArray, sql } from "drizzle-orm";
import { LOAD_STATUSES, schoolYearStart } from "~/domain/assignments";
import { type Queryable, schema } from "~/lib/db.server";
import { organisationScope, type StaffMember } from "./staff-scope.server";

export async function regionSchools(q: Queryable, staff: StaffMember, now: Date = new Date()) {
  const organisations = schema.organisations;
  const assignments = schema.requestAssignments;
  const schools = await q
    .select({
      organisation: organisations,
      regionName: schema.regions.name,
      // What counts against the capacity: requests it has or took on this school year.
      load: sql<number>`(select count(*)::int from ${assignments} where ${assignments.organisationId} = ${organisations.id}
        and ${inArray(assignments.status, [...LOAD_STATUSES])} and ${gte(assignments.createdAt, schoolYearStart(now))})`,
    })
    .from(organisations)
    .innerJoin(schema.regions, eq(schema.regions.slug, organisations.regionSlug))
    .where(and(eq(organisations.kind, "school"), organisationScope(staff)))
    .orderBy(asc(schema.regions.name), asc(organisations.name));
  if (schools.length === 0) return [];
  const areas = await q
    .select({ organisationId: schema.organisationServiceAreas.organisationId, name: schema.municipalities.name })
    .from(schema.organisationServiceAreas)
    .innerJoin(schema.municipalities, eq(schema.municipalities.code, schema.organisationServiceAreas.municipalityCode))
    .where(inArray(schema.organisationServiceAreas.organisationId, schools.map((s) => s.organisation.id)))
    .orderBy(asc(schema.municipalities.name));
  return schools.map(({ organisation, regionName, load }) => ({
    ...organisation,
    regionName,
    load: Number(load),
    serviceArea: areas.filter((area) => area.organisationId === organisation.id).map((area) => area.name),
  }));
}
