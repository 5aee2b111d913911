/**
 * Runs before every integration test file: points the app at a database of its own, migrated,
 * with reference data and the demo organisations. PGlite in memory by default; a copy of the
 * template on the PostgreSQL server when TEST_DATABASE_URL is set.
 */
import { afterAll } from "vitest";
import { closeDatabase } from "~/lib/db.server";
import { prepareDatabase } from "~/jobs/prepare-database.server";
import { dropDatabase, recreateDatabase, TEMPLATE_DATABASE, uniqueDatabaseName } from "./postgres-admin";

const base = process.env.TEST_DATABASE_URL;
const name = uniqueDatabaseName("opstap_test");

process.env.APP_ENV = "test";
process.env.DEMO_DATA = "on";
delete process.env.RESEND_API_KEY;
if (base) {
  process.env.DATABASE_URL = await recreateDatabase(base, name, TEMPLATE_DATABASE);
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}
await prepareDatabase({ demo: true });

afterAll(async () => {
  await closeDatabase();
  if (base) await dropDatabase(base, name);
});
