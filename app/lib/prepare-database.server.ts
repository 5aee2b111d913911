/**
 * Brings the database up to date at start-up: migrations, then reference data, then (outside
 * production) the demo organisations. Every step is safe to repeat.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { importOrganisationsCsv } from "~/models/organisations.server";
import { loadReferenceData } from "~/models/reference-data.server";
import { type Database, database, migrateDatabase, schema } from "./db.server";
import { loadsDemoData } from "./env.server";

const DEMO_ORGANISATIONS = path.resolve("db/demo/organisations.csv");

/** The demo administrator: sign in at /inloggen with this address; the code shows in /dev/mailbox. */
export const DEMO_ADMIN = { email: "beheer@opstap.example.org", name: "Beheer Opstap (demo)" } as const;

export async function loadDemoData(db: Database): Promise<"loaded" | "unchanged"> {
  await db
    .insert(schema.staffMembers)
    .values({ ...DEMO_ADMIN, role: "admin" })
    .onConflictDoNothing();
  const csv = readFileSync(DEMO_ORGANISATIONS, "utf8");
  const checksum = createHash("sha256").update(csv).digest("hex");
  const [previous] = await db.select().from(schema.dataLoads).where(eq(schema.dataLoads.name, "demo"));
  if (previous?.checksum === checksum) return "unchanged";
  const result = await importOrganisationsCsv(db, csv);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  rij ${e.row}${e.column ? ` (${e.column})` : ""}: ${e.message}`);
    throw new Error(`De demo-organisaties zijn ongeldig:\n${lines.join("\n")}`);
  }
  await db
    .insert(schema.dataLoads)
    .values({ name: "demo", checksum })
    .onConflictDoUpdate({ target: schema.dataLoads.name, set: { checksum, loadedAt: new Date() } });
  return "loaded";
}

export async function prepareDatabase(options: { demo?: boolean } = {}) {
  const db = database();
  await migrateDatabase();
  const reference = await loadReferenceData(db);
  const demo = (options.demo ?? loadsDemoData()) ? await loadDemoData(db) : "skipped";
  return { reference, demo };
}
