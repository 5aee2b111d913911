/** Organisations (WSPs and schools): loading them from the organisations CSV. */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { type KnownPlaces, type OrganisationRow, parseOrganisationCsv } from "~/domain/organisation-csv";
import { type Database, type Queryable, schema } from "~/lib/db.server";

export async function knownPlaces(db: Queryable): Promise<KnownPlaces> {
  const [regionRows, municipalityRows] = await Promise.all([
    db.select({ slug: schema.regions.slug }).from(schema.regions),
    db
      .select({ code: schema.municipalities.code, region: schema.municipalities.regionSlug })
      .from(schema.municipalities),
  ]);
  const municipalitiesByRegion = new Map<string, string[]>();
  for (const m of municipalityRows) {
    municipalitiesByRegion.set(m.region, [...(municipalitiesByRegion.get(m.region) ?? []), m.code]);
  }
  return {
    regionSlugs: new Set(regionRows.map((r) => r.slug)),
    municipalitiesByRegion,
    municipalityRegion: new Map(municipalityRows.map((m) => [m.code, m.region])),
  };
}

export type ImportResult =
  | { ok: true; created: number; updated: number }
  | { ok: false; errors: ReturnType<typeof parseOrganisationCsv> extends infer R ? (R extends { ok: false; errors: infer E } ? E : never) : never };

/** Validates every row first; writes all of them in one transaction, or nothing. */
export async function importOrganisationsCsv(db: Database, csvText: string): Promise<ImportResult> {
  const parsed = parseOrganisationCsv(csvText, await knownPlaces(db));
  if (!parsed.ok) return parsed;
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ slug: schema.organisations.slug })
      .from(schema.organisations)
      .where(inArray(schema.organisations.slug, parsed.rows.map((r) => r.slug)));
    const existingSlugs = new Set(existing.map((e) => e.slug));
    for (const row of parsed.rows) await upsertOrganisation(tx, row);
    const updated = parsed.rows.filter((r) => existingSlugs.has(r.slug)).length;
    return { ok: true as const, created: parsed.rows.length - updated, updated };
  });
}

async function upsertOrganisation(tx: Queryable, row: OrganisationRow): Promise<void> {
  const { serviceArea, ...values } = row;
  const [saved] = await tx
    .insert(schema.organisations)
    .values(values)
    .onConflictDoUpdate({ target: schema.organisations.slug, set: { ...values, updatedAt: sql`now()` } })
    .returning({ id: schema.organisations.id });
  if (!saved) throw new Error(`Organisatie ${row.slug} is niet opgeslagen`);
  await tx.delete(schema.organisationServiceAreas).where(eq(schema.organisationServiceAreas.organisationId, saved.id));
  if (serviceArea.length > 0) {
    await tx
      .insert(schema.organisationServiceAreas)
      .values(serviceArea.map((municipalityCode) => ({ organisationId: saved.id, municipalityCode })));
  }
}

/**
 * The active WSP of a region as it is now (administration allows one per region; the oldest
 * wins should there ever be two, so the answer does not change from call to call).
 */
export async function activeWspOfRegion(q: Queryable, regionSlug: string | null) {
  // A question sent without a place has no region, so no WSP (decision 032).
  if (regionSlug === null) return null;
  const organisations = schema.organisations;
  const [wsp] = await q
    .select()
    .from(organisations)
    .where(and(eq(organisations.kind, "wsp"), eq(organisations.regionSlug, regionSlug), eq(organisations.active, true)))
    .orderBy(asc(organisations.createdAt), asc(organisations.id))
    .limit(1);
  return wsp ?? null;
}
