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

const organisations = schema.organisations;
const requests = schema.requests;
const assignments = schema.requestAssignments;
const members = schema.staffMembers;

/** The signed-in administrator (requireAdmin has checked the role). */
type Admin = StaffMember;

export interface OrganisationFilter {
  regionSlug?: string | null;
  kind?: OrganisationKind | null;
}

/**
 * Organisations with their open requests: for assignments school the open requests it has or took on, for
 * assignments WSP every open request of its region (it follows them all).
 */
export async function listOrganisations(db: Queryable, staff: Admin, filter: OrganisationFilter = {}) {
  const openForSchool = sql<number>`(
    select count(distinct ${assignments.requestId})::int from ${assignments} inner join ${requests} on ${requests.id} = ${assignments.requestId}
    where ${assignments.organisationId} = ${organisations.id} and ${inArray(assignments.status, [...LOAD_STATUSES])}
      and ${inArray(requests.status, [...OPEN_STATUSES])} and ${requestScope(staff)})`;
  const openForWsp = sql<number>`(
    select count(*)::int from ${requests}
    where ${requests.regionSlug} = ${organisations.regionSlug} and ${inArray(requests.status, [...OPEN_STATUSES])} and ${requestScope(staff)})`;
  const conditions: SQL[] = [organisationScope(staff)];
  if (filter.regionSlug) conditions.push(eq(organisations.regionSlug, filter.regionSlug));
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      schoolType: organisations.schoolType,
      regionSlug: organisations.regionSlug,
      regionName: schema.regions.name,
      active: organisations.active,
      capacityPerSchoolYear: organisations.capacityPerSchoolYear,
      openRequests: sql<number>`case when ${organisations.kind} = 'wsp' then ${openForWsp} else ${openForSchool} end`,
    })
    .from(organisations)
    .innerJoin(schema.regions, eq(schema.regions.slug, organisations.regionSlug))
    .where(and(...conditions))
    .orderBy(asc(schema.regions.name), desc(organisations.kind), asc(organisations.name));
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

/** The fields of the organisation form assignments refusal can belong to. */
export type OrganisationField = "slug" | "kind" | "regionSlug" | "serviceArea";

export type OrganisationSaveResult = { ok: true; id: string } | Refusal<OrganisationField>;

/**
 * Routing hands assignments region's requests to its one WSP, so assignments region gets no second one. The kind of
 * an organisation with people stays what it is: their roles were given for that kind.
 */
async function organisationConflicts(
  q: Queryable,
  values: OrganisationDetails,
  current: { id: string; kind: string } | null,
): Promise<Refusal<OrganisationField> | null> {
  if (values.kind === "wsp") {
    const [other] = await q
      .select({ name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.kind, "wsp"), eq(organisations.regionSlug, values.regionSlug), current ? ne(organisations.id, current.id) : undefined))
      .limit(1);
    if (other) return refuse(`Deze regio heeft al een werkgeversservicepunt: ${other.name}.`, "regionSlug");
  }
  if (current && current.kind !== values.kind) {
    const [member] = await q.select({ id: members.id }).from(members).where(eq(members.organisationId, current.id)).limit(1);
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
    const [created] = await tx.insert(organisations).values(values).onConflictDoNothing({ target: organisations.slug }).returning({ id: organisations.id });
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
      .update(organisations)
      .set({ ...values, updatedAt: new Date() })
      .where(and(eq(organisations.id, id), organisationScope(staff)));
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
      .update(organisations)
      .set({ active, updatedAt: new Date() })
      .where(and(eq(organisations.id, id), organisationScope(staff)));
    await logAudit(tx, staff, "beheer", `Organisatie ${organisation.name} ${active ? "weer actief gemaakt" : "gepauzeerd"}`);
  });
  return true;
}

/** The organisation choices of the people forms, with their kind to check against the role. */
export async function organisationChoices(db: Queryable, staff: Admin) {
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, active: organisations.active })
    .from(organisations)
    .where(organisationScope(staff))
    .orderBy(asc(organisations.name));
}

export async function importOrganisationsUpload(db: Database, staff: Admin, csvText: string) {
  const result = await importOrganisationsCsv(db, csvText);
  if (result.ok) {
    await logAudit(db, staff, "beheer", `Import van organisaties: ${importOutcome(result.created, result.updated)}`);
  }
  return result;
}
