/**
 * The web process (`npm start`'s server) and the worker (`npm run worker`) on a PostgreSQL
 * server that is restarted under them, three times, as a crash and as a planned restart: neither
 * process may die (postgres.js 3.4.9 used to kill them, see docs/decisions/020), both reconnect on
 * their own, and while the database is away visitors get a 503 with Retry-After and a Dutch page
 * that says nothing was saved.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { sendRaw } from "../support/raw-http";
import { createThrowawayPostgres, postgresBinDir, type ThrowawayPostgres } from "../support/throwaway-postgres";

/** Shaped like a tracking link, so the page looks it up in the database (and finds nothing: 404). */
const UNKNOWN_LINK = `/volgen/${"onbekend".padEnd(43, "x")}`;

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what}: niet binnen ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!postgresBinDir())("a PostgreSQL restart under the web process and the worker", () => {
  let server: ThrowawayPostgres;
  let app: AppServer;
  let worker: ChildProcess;
  let workerOutput = "";

  beforeAll(async () => {
    server = await createThrowawayPostgres();
    app = await startApp({ DATABASE_URL: server.url });
    worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, NODE_ENV: "production", APP_ENV: "test", DATABASE_URL: server.url, OUTBOX_POLL_MS: "100", RESEND_API_KEY: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    worker.stdout?.on("data", (d) => (workerOutput += d));
    worker.stderr?.on("data", (d) => (workerOutput += d));
    await waitFor(async () => workerOutput.includes("worker gestart"), "de worker starten");
  }, 150_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null) {
      const exited = new Promise((r) => worker.once("exit", r));
      worker.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (worker.exitCode === null) worker.kill("SIGKILL");
    }
    await app?.stop();
    await server?.remove();
  });

  it("keeps both processes alive, answers 503 while the database is away, and reconnects", async () => {
    // Load on the database from visitors the whole time, as in production.
    let stop = false;
    const statuses = new Map<number, number>();
    const visitors = Array.from({ length: 4 }, async (_, i) => {
      while (!stop) {
        const path = i % 2 ? "/healthz" : UNKNOWN_LINK;
        const status = await fetch(`${app.url}${path}`).then((r) => r.status, () => 0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        await new Promise((r) => setTimeout(r, 10));
      }
    });

    try {
      for (const mode of ["immediate", "fast", "immediate"] as const) {
        await server.stop(mode);

        const page = await sendRaw(app.url, { method: "GET", path: UNKNOWN_LINK });
        expect(page.status).toBe(503);
        expect(page.headers["retry-after"]).toBe("60");
        expect(page.body).toContain("niets is opgeslagen");
        expect(page.body).toMatch(/Noem dan deze code: <strong class="reference">[0-9A-F]{8}</);
        const post = await sendRaw(app.url, {
          method: "POST",
          path: "/volgen",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url },
          body: "email=iemand%40example.org",
        });
        expect(post.status).toBe(503);
        expect(post.body).toContain("Probeer het over een minuut opnieuw");
        expect((await fetch(`${app.url}/healthz`)).status).toBe(503);

        await server.start();
        await waitFor(async () => (await fetch(`${app.url}/healthz`)).status === 200, `weer verbinden na een ${mode} herstart`);
        await waitFor(
          async () => (await fetch(`${app.url}${UNKNOWN_LINK}`)).status === 404,
          `pagina's weer uit de database na een ${mode} herstart`,
        );
        expect(app.exitCode(), app.output()).toBeNull();
        expect(worker.exitCode, workerOutput).toBeNull();
      }
    } finally {
      stop = true;
      await Promise.all(visitors);
    }

    // The visitors only ever saw answers from a live server: 200/404 and 503, never a dropped connection or a 500.
    expect([...statuses.keys()].sort(), JSON.stringify(Object.fromEntries(statuses))).toEqual(
      expect.arrayContaining([200, 503]),
    );
    expect(statuses.has(0) || statuses.has(500), JSON.stringify(Object.fromEntries(statuses))).toBe(false);
    const crashes = /Cannot read properties of null|uncaughtException/;
    expect(app.output()).not.toMatch(crashes);
    expect(workerOutput).not.toMatch(crashes);
    expect(worker.exitCode, workerOutput).toBeNull();
  }, 240_000);
});
