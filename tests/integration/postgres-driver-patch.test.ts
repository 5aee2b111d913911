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

/**
 * A server that accepts the connection, says it is ready, and hangs up as soon as the client asks
 * anything: exactly what a PostgreSQL restart looks like to a client that just connected and is
 * fetching the array types (an un-awaited promise in postgres.js 3.4.9: without the patch the
 * rejection is unhandled and the process ends).
 */
async function serverThatHangsUpAfterReady(): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import("node:net");
  const message = (type: string, body: Buffer) => {
    const head = Buffer.alloc(5);
    head.write(type, 0, "latin1");
    head.writeInt32BE(body.length + 4, 1);
    return Buffer.concat([head, body]);
  };
  const int32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    return b;
  };
  const server = createServer((socket) => {
    let greeted = false;
    socket.on("data", () => {
      if (greeted) {
        // Hang up, and stay away: the next connection is refused, as by a server that is down.
        server.close();
        socket.destroy();
        return;
      }
      greeted = true;
      socket.write(Buffer.concat([message("R", int32(0)), message("Z", Buffer.from("I", "latin1"))]));
    });
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `postgres://opstap@127.0.0.1:${port}/opstap`,
    close: () => new Promise((resolve) => (server.listening ? server.close(() => resolve()) : resolve())),
  };
}

describe("the patched PostgreSQL driver, when the server goes away while types are fetched", () => {
  it("rejects the query instead of ending the process with an unhandled rejection", async () => {
    const fake = await serverThatHangsUpAfterReady();
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.prependListener("unhandledRejection", listener);
    const sql = postgres(fake.url, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await expect(sql`select 1`).rejects.toThrow();
      // Give a stray rejection time to surface.
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.removeListener("unhandledRejection", listener);
      await sql.end({ timeout: 1 }).catch(() => undefined);
      await fake.close();
    }
  });
});
