/**
 * postgres.js 3.4.9 throws from a timer when a write is flushed after its socket closed
 * (upstream #1154, #1208), which no caller can catch: the process dies. patches/postgres+3.4.9.patch
 * (applied by `npm install`/`npm ci` through patch-package) makes such a write reject its queries
 * instead. These tests fail without the patch: the first deterministically, the second on most runs.
 */
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createThrowawayPostgres, postgresBinDir, type ThrowawayPostgres } from "../support/throwaway-postgres";

/** Errors thrown from timers while `work` runs; without the patch they would end the process. */
async function uncaughtDuring(work: () => Promise<void>): Promise<Error[]> {
  const caught: Error[] = [];
  const listener = (error: Error) => caught.push(error);
  process.prependListener("uncaughtException", listener);
  try {
    await work();
    // One more turn of the event loop, so a write deferred with setImmediate has run.
    await new Promise((r) => setTimeout(r, 20));
  } finally {
    process.removeListener("uncaughtException", listener);
  }
  return caught;
}

describe.skipIf(!postgresBinDir())("the patched PostgreSQL driver", () => {
  let server: ThrowawayPostgres;
  beforeAll(async () => {
    server = await createThrowawayPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.remove();
  });

  it("rejects a query on a connection whose server process died, instead of throwing from a timer (#1208)", async () => {
    const sql = postgres(server.url, { max: 2, onnotice: () => {} });
    const killer = postgres(server.url, { max: 1, onnotice: () => {} });
    try {
      const uncaught = await uncaughtDuring(async () => {
        const reserved = await sql.reserve();
        const [row] = await reserved<{ pid: number }[]>`select pg_backend_pid() as pid`;
        await killer`select pg_terminate_backend(${row!.pid})`;
        await expect(reserved`select 1`).rejects.toThrow();
        await expect(reserved`select 1`).rejects.toMatchObject({ code: "CONNECTION_CLOSED" });
        reserved.release();
      });
      expect(uncaught).toEqual([]);
      // The pool is still usable.
      await expect(sql`select 1 as one`).resolves.toEqual([{ one: 1 }]);
    } finally {
      await Promise.all([sql.end({ timeout: 1 }), killer.end({ timeout: 1 })]);
    }
  });

  it("keeps a busy pool alive through server restarts and reconnects on its own", async () => {
    const sql = postgres(server.url, { max: 10, onnotice: () => {}, connect_timeout: 5 });
    let succeeded = 0;
    let stop = false;
    async function client() {
      while (!stop) {
        try {
          // Plain queries and transactions (a reserved connection), as the app uses both.
          if (succeeded % 2) await sql`select ${succeeded}::int as n`;
          else await sql.begin(async (tx) => [await tx`select 1`, await tx`select ${"x"}::text`]);
          succeeded++;
        } catch {
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    }
    try {
      const uncaught = await uncaughtDuring(async () => {
        const clients = Array.from({ length: 12 }, client);
        for (const mode of ["immediate", "fast", "immediate"] as const) {
          const before = succeeded;
          await waitUntil(() => succeeded > before + 50);
          await server.restart(mode);
        }
        const before = succeeded;
        await waitUntil(() => succeeded > before + 50);
        stop = true;
        await Promise.all(clients);
      });
      expect(uncaught).toEqual([]);
    } finally {
      stop = true;
      await sql.end({ timeout: 1 });
    }
  }, 90_000);
});

async function waitUntil(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("wachten duurde te lang");
    await new Promise((r) => setTimeout(r, 10));
  }
}
