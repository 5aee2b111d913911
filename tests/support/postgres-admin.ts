/**
 * Databases for tests on a PostgreSQL server (TEST_DATABASE_URL): a migrated template made once
 * per run, and a copy of it per test file, so every file starts from the same known state.
 */
import { randomBytes } from "node:crypto";
import postgres from "postgres";

export const TEMPLATE_DATABASE = "opstap_test_template";

export function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(base: string, work: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(base, { max: 1, onnotice: () => {} });
  try {
    return await work(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export async function recreateDatabase(base: string, name: string, template?: string): Promise<string> {
  await withAdmin(base, async (sql) => {
    await sql.unsafe(`drop database if exists "${name}" with (force)`);
    await sql.unsafe(`create database "${name}"${template ? ` template "${template}"` : ""}`);
  });
  return databaseUrl(base, name);
}

export async function dropDatabase(base: string, name: string): Promise<void> {
  await withAdmin(base, (sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}
