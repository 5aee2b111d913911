/**
 * Organisations as administrators manage them: the list with filters, create and edit (with the
 * service area), pause, and the CSV import. Queries take their conditions from
 * `staff-scope.server`; every change is written to the audit log in the same transaction.
 */
import { and, asc, desc, eq, inArray, ne, type SQL, sql } from "drizzle-orm";
import { LOAD_STATUSES } from "~/domain/assignments";
import { municipalitiesOutsideRegion, ORGANISATION_KIND_LABELS } from "~/domain/organisation-rules";
import type { OrganisationKind } from "~/domain/organisations";
import { type Refusal, refuse } from "~/domain/refusal";
import { OPEN_STATUSES } from "~/domain/request-workflow";
import { importOutcome, type NewOrganisation, type OrganisationDetails } from "~/domain/organisation-rules";
import { type Database, type Queryable, schema } from "~/lib/db.server";
import { logAudit } from "./audit-log.server";
import { importOrganisationsCsv, knownPlaces } from "./organisations.server";
import { findVisibleOrganisation, organisationScope, requestScope, type StaffMember } from "./staff-scope.server";

const o = schema.organisations;
const r = schema.requests;
const a = schema.requestAssignments;
const m = schema.staffMembers;

/** The signed-in administrator (requireAdmin has checked the role). */
type Admin = StaffMember;

export interface OrganisationFilter {
  regionSlug?: string | null;
  kind?: OrganisationKind | null;
}

/**
 * Organisations with their open requests: for a school the open requests it has or took on, for
 * a WSP every open request of its region (it follows them all).
 */
export async function listOrganisations(db: Queryable, staff: Admin, filter: OrganisationFilter = {}) {
  const openForSchool = sql<number>`(
    select count(distinct ${a.requestId})::int from ${a} inner join ${r} on ${r.id} = ${a.requestId}
    where ${a.organisationId} = ${o.id} and ${inArray(a.status, [...LOAD_STATUSES])}
      and ${inArray(r.status, [...OPEN_STATUSES])} and ${requestScope(staff)})`;
  const openForWsp = sql<number>`(
    select count(*)::int from ${r}
    where ${r.regionSlug} = ${o.regionSlug} and ${inArray(r.status, [...OPEN_STATUSES])} and ${requestScope(staff)})`;
  const conditions: SQL[] = [organisationScope(staff)];
  if (filter.regionSlug) conditions.push(eq(o.regionSlug, filter.regionSlug));
  if (filter.kind) conditions.push(eq(o.kind, filter.kind));
  return db
    .select({
      id: o.id,
      name: o.name,
      kind: o.kind,
      schoolType: o.schoolType,
      regionSlug: o.regionSlug,
      regionName: schema.regions.name,
      active: o.active,
      capacityPerSchoolYear: o.capacityPerSchoolYear,
      openRequests: sql<number>`case when ${o.kind} = 'wsp' then ${openForWsp} else ${openForSchool} end`,
    })
    .from(o)
    .innerJoin(schema.regions, eq(schema.regions.slug, o.regionSlug))
    .where(and(...conditions))
    .orderBy(asc(schema.regions.name), desc(o.kind), asc(o.name));
}

export async function regionChoices(db: Queryable) {
  return db.select().from(schema.regions).orderBy(asc(schema.regions.name));
}

/** Every region with its municipalities, for the region select and the service-area boxes. */
export async function regionsWithMunicipalities(db: Queryable) {
  const [regions, municipalities] = await Promise.all([
    db.select().from(schema.regions).orderBy(asc(schema.regions.name)),
    db.select().from(schema.municipalities).orderBy(asc(schema.municipalities.name)),
  ]);
  return regions.map((region) => ({
    slug: region.slug,
    name: region.name,
    municipalities: municipalities.filter((mu) => mu.regionSlug === region.slug).map((mu) => ({ code: mu.code, name: mu.name })),
  }));
}

/** One organisation with its service area, for the edit form; null when it does not exist. */
export async function organisationForEdit(db: Queryable, staff: Admin, id: string) {
  const organisation = await findVisibleOrganisation(db, staff, id);
  if (!organisation) return null;
  const area = await db
    .select({ code: schema.organisationServiceAreas.municipalityCode })
    .from(schema.organisationServiceAreas)
    .where(eq(schema.organisationServiceAreas.organisationId, id))
    .orderBy(asc(schema.organisationServiceAreas.municipalityCode));
  return { organisation, serviceArea: area.map((x) => x.code) };
}

/** The fields of the organisation form a refusal can belong to. */
export type OrganisationField = "slug" | "kind" | "regionSlug" | "serviceArea";

export type OrganisationSaveResult = { ok: true; id: string } | Refusal<OrganisationField>;

/**
 * Routing hands a region's requests to its one WSP, so a region gets no second one. The kind of
 * an organisation with people stays what it is: their roles were given for that kind.
 */
async function organisationConflicts(
  q: Queryable,
  values: OrganisationDetails,
  current: { id: string; kind: string } | null,
): Promise<Refusal<OrganisationField> | null> {
  if (values.kind === "wsp") {
    const [other] = await q
      .select({ name: o.name })
      .from(o)
      .where(and(eq(o.kind, "wsp"), eq(o.regionSlug, values.regionSlug), current ? ne(o.id, current.id) : undefined))
      .limit(1);
    if (other) return refuse(`Deze regio heeft al een werkgeversservicepunt: ${other.name}.`, "regionSlug");
  }
  if (current && current.kind !== values.kind) {
    const [member] = await q.select({ id: m.id }).from(m).where(eq(m.organisationId, current.id)).limit(1);
    if (member) return refuse("Er werken mensen bij deze organisatie. Geef hen eerst een andere organisatie.", "kind");
  }
  return null;
}

/**
 * The form checks the service area against the region too; this check keeps any other caller
 * from giving an organisation municipalities outside its region.
 */
async function serviceAreaProblem(q: Queryable, values: OrganisationDetails): Promise<Refusal<OrganisationField> | null> {
  const places = await knownPlaces(q);
  if (!places.regionSlugs.has(values.regionSlug)) return refuse("Kies de arbeidsmarktregio.", "regionSlug");
  if (values.serviceArea.length === 0) return refuse("Kies minstens één gemeente voor het werkgebied.", "serviceArea");
  if (municipalitiesOutsideRegion(values.serviceArea, values.regionSlug, places).length > 0) {
    return refuse("Het werkgebied past niet bij de gekozen regio. Kies de gemeenten van de nieuwe regio.", "serviceArea");
  }
  return null;
}

async function replaceServiceArea(tx: Queryable, organisationId: string, codes: readonly string[]) {
  await tx.delete(schema.organisationServiceAreas).where(eq(schema.organisationServiceAreas.organisationId, organisationId));
  if (codes.length > 0) {
    await tx
      .insert(schema.organisationServiceAreas)
      .values(codes.map((municipalityCode) => ({ organisationId, municipalityCode })));
  }
}

export async function createOrganisation(db: Database, staff: Admin, input: NewOrganisation): Promise<OrganisationSaveResult> {
  const refused = (await serviceAreaProblem(db, input)) ?? (await organisationConflicts(db, input, null));
  if (refused) return refused;
  return db.transaction(async (tx) => {
    const { serviceArea, ...values } = input;
    const [created] = await tx.insert(o).values(values).onConflictDoNothing({ target: o.slug }).returning({ id: o.id });
    if (!created) return refuse<OrganisationField>("Deze korte naam is al in gebruik. Kies een andere.", "slug");
    await replaceServiceArea(tx, created.id, serviceArea);
    const [region] = await tx.select({ name: schema.regions.name }).from(schema.regions).where(eq(schema.regions.slug, input.regionSlug));
    const what = `${ORGANISATION_KIND_LABELS[input.kind]} in ${region?.name ?? input.regionSlug}`;
    await logAudit(tx, staff, "beheer", `Organisatie ${input.name} toegevoegd (${what})`);
    return { ok: true, id: created.id } as const;
  });
}

/** Saves the edit form; null when the organisation does not exist. */
export async function updateOrganisation(
  db: Database,
  staff: Admin,
  id: string,
  input: OrganisationDetails,
): Promise<OrganisationSaveResult | null> {
  const current = await findVisibleOrganisation(db, staff, id);
  if (!current) return null;
  const refused = (await serviceAreaProblem(db, input)) ?? (await organisationConflicts(db, input, current));
  if (refused) return refused;
  return db.transaction(async (tx) => {
    const { serviceArea, ...values } = input;
    await tx
      .update(o)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(o.id, id), organisationScope(staff)));
    await replaceServiceArea(tx, id, serviceArea);
    await logAudit(tx, staff, "beheer", `Organisatie ${input.name} gewijzigd`);
    return { ok: true, id } as const;
  });
}

/** Pauses an organisation (it gets no new requests) or makes it active again. */
export async function setOrganisationActive(db: Database, staff: Admin, id: string, active: boolean): Promise<boolean> {
  const organisation = await findVisibleOrganisation(db, staff, id);
  if (!organisation) return false;
  await db.transaction(async (tx) => {
    await tx
      .update(o)
      .set({ active, updatedAt: new Date() })
      .where(and(eq(o.id, id), organisationScope(staff)));
    await logAudit(tx, staff, "beheer", `Organisatie ${organisation.name} ${active ? "weer actief gemaakt" : "gepauzeerd"}`);
  });
  return true;
}

/** The organisation choices of the people forms, with their kind to check against the role. */
export async function organisationChoices(db: Queryable, staff: Admin) {
  return db
    .select({ id: o.id, name: o.name, kind: o.kind, active: o.active })
    .from(o)
    .where(organisationScope(staff))
    .orderBy(asc(o.name));
}

export async function importOrganisationsUpload(db: Database, staff: Admin, csvText: string) {
  const result = await importOrganisationsCsv(db, csvText);
  if (result.ok) {
    await logAudit(db, staff, "beheer", `Import van organisaties: ${importOutcome(result.created, result.updated)}`);
  }
  return result;
}
