/**
 * Brings the database up to date at start-up: migrations, then reference data, then (outside
 * production) the demo organisations. Every step is safe to repeat.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { importOrganisationsCsv } from "~/models/organisations.server";
import { placesForPostcode } from "~/models/places.server";
import { loadReferenceData } from "~/models/reference-data.server";
import { type NewRequest, submitRequest } from "~/models/requests.server";
import { type Database, database, migrateDatabase, schema } from "~/lib/db.server";
import { env, loadsDemoData } from "~/lib/env.server";

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

const DEMO_REQUESTS = path.resolve("db/demo/requests.json");

/**
 * A few employer requests, so the back office has something to show on a fresh `npm start`. Only
 * in development and only into an empty database: tests count their own requests, and a demo
 * request must never appear next to real ones. They go through routing like any request.
 */
export async function loadDemoRequests(db: Database): Promise<number> {
  if ((await db.$count(schema.requests)) > 0) return 0;
  const demo = JSON.parse(readFileSync(DEMO_REQUESTS, "utf8")) as Array<Omit<NewRequest, "submissionKey"> & { postcode: string }>;
  let sent = 0;
  for (const [i, { postcode, ...request }] of demo.entries()) {
    const [place] = await placesForPostcode(db, postcode);
    if (!place) throw new Error(`Demo-aanvraag ${i + 1}: postcode ${postcode} is onbekend`);
    await submitRequest(db, { ...request, submissionKey: `demo-${i + 1}` }, place);
    sent += 1;
  }
  return sent;
}

export async function prepareDatabase(options: { demo?: boolean } = {}) {
  const db = database();
  await migrateDatabase();
  const reference = await loadReferenceData(db);
  const withDemo = options.demo ?? loadsDemoData();
  const demo = withDemo ? await loadDemoData(db) : "skipped";
  if (withDemo && env().APP_ENV === "development") await loadDemoRequests(db);
  return { reference, demo };
}
