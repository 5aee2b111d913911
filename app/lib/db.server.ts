/**
 * The one database module. With DATABASE_URL it talks to a PostgreSQL server through
 * postgres.js; without it, to an embedded PGlite database persisted in PGLITE_DIR. Nothing
 * outside this file knows which one is in use.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "../../db/schema";
import { env } from "./env.server";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Functions that write take either, so a caller can make them part of its own transaction. */
export type Queryable = Database | Transaction;

interface Connection {
  db: Database;
  driver: "pglite" | "postgres";
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const MIGRATIONS_FOLDER = path.resolve("db/migrations");

function connect(): Connection {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (DATABASE_URL) {
    const client = postgres(DATABASE_URL, {
      max: 10,
      // A server that does not answer at all (not even "refused") fails a request after 10 s, not 30.
      connect_timeout: 10,
      // postgres.js waits longer after each failed connect, up to 20 s, and a visitor's query waits
      // with it; 2 s at most lets a request during an outage get its 503 quickly and the pool come
      // back within seconds of the server (a refused connect costs the server nothing).
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 2) * (0.5 + Math.random() / 2),
      onnotice: () => {},
      // PostgreSQL compiles a query with LLVM once its estimated cost passes jit_above_cost; for
      // the back office's aggregates (the figures) that took 1.4 s to save a few ms of a 120 ms
      // query. Short queries are all this app runs (docs/performance.md).
      connection: { jit: "off" },
    });
    const db = drizzlePostgres(client, { schema }) as unknown as Database;
    return {
      db,
      driver: "postgres",
      migrate: () => migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  if (!PGLITE_DIR.startsWith("memory://")) mkdirSync(PGLITE_DIR, { recursive: true });
  // pg_trgm: the inbox search's trigram indexes (decision 031); PostgreSQL ships it in contrib.
  const client = new PGlite(PGLITE_DIR, { extensions: { pg_trgm } });
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    driver: "pglite",
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

/*
 * One connection per process, kept on globalThis: the server script and the Remix server bundle
 * each have their own copy of this module, and PGlite must never be opened twice on one folder.
 */
const holder = globalThis as typeof globalThis & { __opstapConnection?: Connection };

function connection(): Connection {
  holder.__opstapConnection ??= connect();
  return holder.__opstapConnection;
}

export function database(): Database {
  return connection().db;
}

export function databaseDriver(): Connection["driver"] {
  return connection().driver;
}

export async function migrateDatabase(): Promise<void> {
  await connection().migrate();
}

export async function closeDatabase(): Promise<void> {
  const current = holder.__opstapConnection;
  holder.__opstapConnection = undefined;
  await current?.close();
}

export { schema };

/**
 * Rows of a raw SQL query. The drivers shape `execute` results differently (PGlite returns
 * `{ rows }`, postgres.js an array), and that difference stays in this module.
 */
export async function queryRows<T extends Record<string, unknown>>(q: Queryable, query: SQL): Promise<T[]> {
  const result = (await q.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}

/** postgres.js's own codes for a connection that could not be made or was lost. */
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * Statements of one transaction sent together: on its one connection postgres.js pipelines them
 * (one write, one wait), and the server runs them in the order they were sent. Unlike
 * `Promise.all`, this waits until every one has settled before it throws the first failure, so
 * no branch can still send a statement after the transaction's callback has ended (and its
 * connection gone back to the pool).
 */
export async function together<const P extends readonly unknown[]>(work: P): Promise<{ -readonly [K in keyof P]: Awaited<P[K]> }> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof P]: Awaited<P[K]> };
}

/**
 * True when an error means the database server is away (down, restarting, unreachable), not that
 * a query was wrong: the caller may answer "try again in a minute". SQLSTATE class 08 is a
 * connection exception; 57P01–57P03 are a server shutting down, crashed or starting up; 53300 is
 * "too many connections". drizzle wraps driver errors, so the cause chain is followed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") return false;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") {
      if (CONNECTION_CODES.has(code) || code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300") {
        return true;
      }
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
