/**
 * Starts the built app as `npm start` does (scripts/server.ts) on a free port with a database of
 * its own: a fresh PGlite folder, or a fresh database on TEST_DATABASE_URL's server, or (the
 * bench) a database the caller made and removes itself.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { dropDatabase, recreateDatabase, uniqueDatabaseName } from "./postgres-admin";

export interface AppServer {
  url: string;
  output: () => string;
  /** null while the server process runs. */
  exitCode: () => number | null;
  /** The server process, for its memory (the bench). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** A port nothing listens on now (the bench and the browser tests start servers on it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("geen poort"))));
    });
  });
}

export interface StartAppOptions {
  /** A database the caller made (the bench): used as it is and left for the caller to drop. */
  databaseUrl?: string;
}

export async function startApp(env: Record<string, string> = {}, options: StartAppOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const base = options.databaseUrl ? undefined : process.env.TEST_DATABASE_URL;
  const dbName = uniqueDatabaseName("opstap_e2e");
  const pgliteDir = base || options.databaseUrl ? null : mkdtempSync(path.join(tmpdir(), "opstap-e2e-"));
  const databaseEnv = options.databaseUrl
    ? { DATABASE_URL: options.databaseUrl }
    : base
      ? { DATABASE_URL: await recreateDatabase(base, dbName) }
      : { PGLITE_DIR: pgliteDir!, DATABASE_URL: "" };

  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      APP_ENV: "test",
      DEMO_DATA: "on",
      HOST: "127.0.0.1",
      PORT: String(port),
      OUTBOX_POLL_MS: "100",
      RESEND_API_KEY: "",
      ...databaseEnv,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));

  const url = `http://127.0.0.1:${port}`;
  // A bound, not a wait: on a busy two-core machine preparing PGlite alone can take a minute.
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`De app stopte meteen:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`De app startte niet binnen 180 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    url,
    output: () => output,
    exitCode: () => child.exitCode,
    pid: child.pid,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
      if (base) await dropDatabase(base, dbName);
    },
  };
}
