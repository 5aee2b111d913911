/**
 * Loads the CBS/PDOK reference files in db/reference into the database. Skipped when the files
 * are unchanged since the last load, so every start-up can call it.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { type Database, schema } from "~/lib/db.server";

const REFERENCE_DIR = path.resolve("db/reference");
const FILES = ["regions.csv", "municipalities.csv", "pc4.csv"] as const;

function readCsv<T>(file: string): T[] {
  return parse(readFileSync(path.join(REFERENCE_DIR, file), "utf8"), { columns: true, skip_empty_lines: true }) as T[];
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function loadReferenceData(db: Database): Promise<"loaded" | "unchanged"> {
  const hash = createHash("sha256");
  for (const file of FILES) hash.update(readFileSync(path.join(REFERENCE_DIR, file)));
  const checksum = hash.digest("hex");

  const [previous] = await db.select().from(schema.dataLoads).where(eq(schema.dataLoads.name, "reference"));
  if (previous?.checksum === checksum) return "unchanged";

  const regions = readCsv<{ slug: string; name: string }>("regions.csv");
  const municipalities = readCsv<{ code: string; name: string; region: string }>("municipalities.csv");
  const postcodes = readCsv<{ pc4: string; municipality: string; pc6_count: string }>("pc4.csv");

  await db.transaction(async (tx) => {
    await tx
      .insert(schema.regions)
      .values(regions)
      .onConflictDoUpdate({ target: schema.regions.slug, set: { name: sql`excluded.name` } });
    await tx
      .insert(schema.municipalities)
      .values(municipalities.map((m) => ({ code: m.code, name: m.name, regionSlug: m.region })))
      .onConflictDoUpdate({
        target: schema.municipalities.code,
        set: { name: sql`excluded.name`, regionSlug: sql`excluded.region_slug` },
      });
    // Nothing refers to postcode rows, so the simplest correct refresh is to replace them all.
    await tx.delete(schema.postcodeAreas);
    for (const batch of chunks(postcodes, 1000)) {
      await tx.insert(schema.postcodeAreas).values(
        batch.map((p) => ({ pc4: p.pc4, municipalityCode: p.municipality, pc6Count: Number(p.pc6_count) })),
      );
    }
    await tx
      .insert(schema.dataLoads)
      .values({ name: "reference", checksum })
      .onConflictDoUpdate({ target: schema.dataLoads.name, set: { checksum, loadedAt: new Date() } });
  });
  return "loaded";
}
