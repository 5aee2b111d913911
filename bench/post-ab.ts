/**
 * `POST_AB_BEFORE=<dir> node --import tsx bench/post-ab.ts`: the proefplaatsing POST of two builds
 * of Opstap, side by side in one run, on the same PostgreSQL server (issue 16: p99 < 100 ms at 10
 * connections).
 *
 * `POST_AB_BEFORE` is another checkout of the app, built (`npx remix build`) and with its
 * node_modules (a symlink will do), e.g. `git archive <commit> | tar -x -C /tmp/before`. This
 * tree is the "after" side; build it first too. Each side gets its own fresh database, is started
 * as `npm run bench` starts the app (scripts/server.ts, NODE_ENV=production, APP_ENV=development,
 * the outbox worker in the process at OUTBOX_POLL_MS=1000, a fake Resend), is seeded by its own
 * tree's code (bench/post-ab-seed.ts: POST_AB_SEED requests, default 20,000, and a register of a
 * fifth as many entries), then both are loaded in turn: POST_AB_ROUNDS rounds (default 4) of
 * POST_AB_SECONDS (default 5) per side at POST_AB_CONNECTIONS (default 10), the order alternating
 * (A B, B A, …) so a busy moment on the machine hits both alike. Both apps run during the whole
 * load; each one's outbox worker sends its own emails (the "after" side renders them there), also
 * while the other side is loaded.
 *
 * Prints per side and round: requests/s, p50, p97.5, p99, max and non-3xx answers, then the
 * totals, and the load average before and after. Databases and apps are removed at the end.
 * It reports; it asserts nothing.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { copyFileSync, existsSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { freePort } from "../tests/support/app-server";
import { startFakeResend } from "../tests/support/fake-resend";
import { dropDatabase, recreateDatabase } from "../tests/support/postgres-admin";
import { benchAppEnv } from "./app-env";
import { proefplaatsingBody } from "./proefplaatsing-form";

const AFTER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BEFORE_DIR = process.env.POST_AB_BEFORE;
const ADMIN_URL = process.env.BENCH_DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";
const SEED = Number(process.env.POST_AB_SEED ?? 20_000);
const ROUNDS = Number(process.env.POST_AB_ROUNDS ?? 4);
const SECONDS = Number(process.env.POST_AB_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.POST_AB_CONNECTIONS ?? 10);
const HOST = "127.0.0.1";

interface Side {
  name: string;
  dir: string;
  database: string;
  url: string;
  child: ChildProcess;
  output: string;
}

/** Every app started, also one whose seeding failed: all are stopped and their databases dropped. */
const started: Side[] = [];

const load = () => loadavg().map((n) => n.toFixed(2)).join(" ");

function form(): string {
  const n = randomUUID();
  return proefplaatsingBody({ companyName: `Abbakkerij ${n.slice(0, 6)}`, email: `ab+${n}@example.org`, submissionKey: n });
}

function run(dir: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", ...args], { cwd: dir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
}

async function startSide(name: string, dir: string, providerUrl: string): Promise<Side> {
  const database = `opstap_postab_${name}_${randomBytes(4).toString("hex")}`;
  const databaseUrl = await recreateDatabase(ADMIN_URL, database);
  const port = await freePort();
  const env = {
    ...benchAppEnv({ host: HOST, databaseUrl, sessionSecret: randomBytes(32).toString("base64url") }),
    NODE_ENV: "production",
    PORT: String(port),
    RESEND_BASE_URL: providerUrl,
  };
  const child = run(dir, ["scripts/server.ts"], env);
  const side: Side = { name, dir, database, url: `http://${HOST}:${port}`, child, output: "" };
  started.push(side);
  child.stdout?.on("data", (d) => (side.output += d));
  child.stderr?.on("data", (d) => (side.output += d));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name}: the app stopped:\n${side.output}`);
    try {
      if ((await fetch(`${side.url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${name}: the app did not start in 180 s:\n${side.output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  // The seeding script is this tree's; the other tree gets a copy, and seeds with its own code.
  const seedScript = path.join(dir, "bench", "post-ab-seed.ts");
  if (!existsSync(seedScript)) copyFileSync(path.join(AFTER_DIR, "bench", "post-ab-seed.ts"), seedScript);
  const seeding = run(dir, ["bench/post-ab-seed.ts"], { ...env, POST_AB_SEED: String(SEED) });
  let seedOutput = "";
  seeding.stdout?.on("data", (d) => (seedOutput += d));
  seeding.stderr?.on("data", (d) => (seedOutput += d));
  const code = await new Promise<number | null>((resolve) => seeding.once("exit", resolve));
  if (code !== 0) throw new Error(`${name}: seeding failed:\n${seedOutput}`);
  console.log(`${name}: ${seedOutput.trim()}`);
  return side;
}

interface Round {
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  max: number;
  requests: number;
  refused: number;
}

async function loadPost(side: Side, seconds: number): Promise<Round> {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: `${side.url}/proefplaatsing?index`,
        connections: CONNECTIONS,
        duration: seconds,
        requests: [{ method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, setupRequest: (r) => ({ ...r, body: form() }) }],
      },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    refused: result.errors + result.timeouts + result["1xx"] + result["2xx"] + result["4xx"] + result["5xx"],
  };
}

const fmt = (r: Round) =>
  `${r.rps.toFixed(0).padStart(4)} req/s  p50 ${String(r.p50).padStart(4)} ms  p97.5 ${String(r.p975).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  max ${String(r.max).padStart(5)} ms  (${r.requests} POSTs, ${r.refused} not 302)`;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main() {
  if (!BEFORE_DIR) throw new Error("Set POST_AB_BEFORE to the built checkout to compare with (see the comment at the top).");
  console.log(`load average at start: ${load()}; ${SEED} requests seeded per side; ${ROUNDS} rounds of ${SECONDS} s per side at ${CONNECTIONS} connections`);
  const provider = await startFakeResend();
  provider.setLatency(100);
  try {
    const sides = [await startSide("before", path.resolve(BEFORE_DIR), provider.url), await startSide("after", AFTER_DIR, provider.url)];
    console.log(`load average after seeding: ${load()}`);
    for (const side of sides) await loadPost(side, 2); // warm-up: JIT, pools, caches
    const rounds = new Map<string, Round[]>(sides.map((s) => [s.name, []]));
    for (let i = 0; i < ROUNDS; i++) {
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const round = await loadPost(side, SECONDS);
        rounds.get(side.name)!.push(round);
        console.log(`round ${i + 1} ${side.name.padEnd(6)} ${fmt(round)}  load ${load()}`);
      }
    }
    console.log("\nper side: req/s over all rounds, median round's p50 and p99, worst round's p99, all POSTs");
    for (const side of sides) {
      const rs = rounds.get(side.name)!;
      const total = rs.reduce((n, r) => n + r.requests, 0);
      console.log(
        `${side.name.padEnd(6)} ${(total / (ROUNDS * SECONDS)).toFixed(1)} req/s  p50 ${median(rs.map((r) => r.p50))} ms  ` +
          `p99 ${median(rs.map((r) => r.p99))} ms (worst ${Math.max(...rs.map((r) => r.p99))} ms)  ${total} POSTs, ${rs.reduce((n, r) => n + r.refused, 0)} not 302`,
      );
    }
    console.log(`load average at end: ${load()}`);
  } finally {
    for (const side of started) {
      if (side.child.exitCode === null) {
        const exited = new Promise((r) => side.child.once("exit", r));
        side.child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (side.child.exitCode === null) side.child.kill("SIGKILL");
      }
      await dropDatabase(ADMIN_URL, side.database);
    }
    await provider.close();
  }
}

await main();
