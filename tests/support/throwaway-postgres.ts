/**
 * A PostgreSQL server of a test's own, in a temporary folder on a free port, that the test may
 * stop and start again (to see what the app does while the database is away). It is made with
 * the machine's `initdb` and `postgres` (Debian: /usr/lib/postgresql/<version>/bin) and removed
 * afterwards. As root (CI), the server runs as the `postgres` user, because PostgreSQL refuses
 * to run as root.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";

export interface ThrowawayPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  start(): Promise<void>;
  /** "fast" closes sessions politely (a planned restart); "immediate" drops them as a crash does. */
  stop(mode?: "fast" | "immediate"): Promise<void>;
  restart(mode?: "fast" | "immediate"): Promise<void>;
  /** Stops the server and removes its folder. */
  remove(): Promise<void>;
}

/** The newest installed PostgreSQL's bin folder, or null when there is none. */
export function postgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0]!, "bin") : null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("geen poort"))));
    });
  });
}

/** As root, PostgreSQL's programs run as the postgres user: its ids for spawn's uid/gid options. */
function postgresUser(): { uid: number; gid: number } | Record<string, never> {
  if (process.getuid?.() !== 0) return {};
  return {
    uid: Number(execFileSync("id", ["-u", "postgres"]).toString().trim()),
    gid: Number(execFileSync("id", ["-g", "postgres"]).toString().trim()),
  };
}

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} duurde langer dan ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function createThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error("Geen PostgreSQL gevonden in /usr/lib/postgresql (apt-get install postgresql).");
  const dir = mkdtempSync(path.join(tmpdir(), "opstap-pg-"));
  const data = path.join(dir, "data");
  const user = postgresUser();
  if ("uid" in user) chownSync(dir, user.uid, user.gid);
  chmodSync(dir, 0o700);
  execFileSync(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8"], {
    stdio: "ignore",
    cwd: dir,
    ...user,
  });

  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let child: ChildProcess | null = null;
  let log = "";

  async function accepting(): Promise<boolean> {
    const probe = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await probe`select 1`;
      return true;
    } catch {
      return false;
    } finally {
      await probe.end({ timeout: 1 }).catch(() => {});
    }
  }

  const server: ThrowawayPostgres = {
    url,
    async start() {
      if (child) return;
      const args = ["-D", data, "-p", String(port), "-k", dir, "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off"];
      const started = spawn(path.join(bin, "postgres"), args, { stdio: ["ignore", "pipe", "pipe"], cwd: dir, ...user });
      started.stdout?.on("data", (d) => (log += d));
      started.stderr?.on("data", (d) => (log += d));
      child = started;
      await waitFor(async () => {
        if (started.exitCode !== null) throw new Error(`PostgreSQL stopte meteen:\n${log}`);
        return accepting();
      }, "PostgreSQL starten");
    },
    async stop(mode = "fast") {
      const running = child;
      if (!running) return;
      child = null;
      if (running.exitCode !== null) return;
      const exited = new Promise((r) => running.once("exit", r));
      running.kill(mode === "fast" ? "SIGINT" : "SIGQUIT");
      await exited;
    },
    async restart(mode = "fast") {
      await server.stop(mode);
      await server.start();
    },
    async remove() {
      await server.stop("immediate");
      rmSync(dir, { recursive: true, force: true });
    },
  };
  // A test process that dies (or is stopped) mid-test must not leave a server running.
  process.once("exit", () => {
    child?.kill("SIGQUIT");
    rmSync(dir, { recursive: true, force: true });
  });
  await server.start();
  return server;
}
