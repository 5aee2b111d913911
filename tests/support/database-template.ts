/**
 * Global setup for the integration tests. On PostgreSQL it builds the migrated template database
 * once; on PGlite every test file migrates its own in-memory database, so there is nothing to do.
 */
import { execFileSync } from "node:child_process";
import { dropDatabase, recreateDatabase, TEMPLATE_DATABASE } from "./postgres-admin";

export async function setup() {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return;
  const url = await recreateDatabase(base, TEMPLATE_DATABASE);
  // A separate process, so this run's modules never hold a connection to the template.
  execFileSync(process.execPath, ["--import", "tsx", "scripts/setup-db.ts"], {
    env: { ...process.env, DATABASE_URL: url, APP_ENV: "test", DEMO_DATA: "on" },
    stdio: "inherit",
  });
  return async () => dropDatabase(base, TEMPLATE_DATABASE);
}
