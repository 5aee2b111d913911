/**
 * `npm run chaos`: Opstap under faults. Creates a PostgreSQL cluster of its own (initdb in a temp
 * folder, on a free port, removed afterwards), starts the built app (`scripts/server.ts`, with
 * OUTBOX_WORKER=off) and the worker (`scripts/worker.ts`) as child processes, and a local fake of
 * the Resend API that can go down, hang and come back. Clients post real proefplaatsing forms
 * (retrying with the same form key after a 5xx or a cut connection, as a person pressing "send"
 * again would) while the run restarts PostgreSQL, kills the worker with SIGKILL, and takes the
 * provider down and makes it hang. Then it waits for the outbox to drain and reports: accepted,
 * lost and duplicate requests, emails expected and delivered, provider calls per key, process
 * deaths, 5xx seen by users, and the drain time. Exit code 1 if anything was lost, doubled,
 * undelivered, or a process died.
 *
 * Faults are triggered by progress (after every so many accepted submissions), and each waits
 * for a condition (the app noticed the database was gone, the worker started again, sends hit
 * the outage), so the run adapts to the machine instead of sleeping.
 *
 * Traffic goes on until every fault has happened under load and at least CHAOS_SUBMISSIONS forms
 * were posted. Traffic goes only to 127.0.0.1. Environment: CHAOS_SUBMISSIONS (default 600), CHAOS_CLIENTS (4),
 * CHAOS_PG_RESTARTS (3), CHAOS_WORKER_KILLS (5), CHAOS_SKIP_BUILD=1 to use the build as it is.
 * `--short` runs the CI version: fewer submissions, same faults.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { appendFileSync, chownSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";
import { type FakeResend, startFakeResend } from "../tests/support/fake-resend";
import { table } from "./table";
import { freePort } from "../tests/support/app-server";
import { proefplaatsingBody } from "./proefplaatsing-form";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const HOST = "127.0.0.1";
const PG_USER = "postgres";

export interface ChaosOptions {
  submissions: number;
  clients: number;
  pgRestarts: number;
  workerKills: number;
  /** Build the app first (`remix build`); off when the caller built it. */
  build: boolean;
  /** How long the outbox may take to drain after the last fault before the run reports it did not. */
  drainLimitMs: number;
  log: (line: string) => void;
}

export interface ChaosReport {
  submitted: number;
  accepted: number;
  gaveUp: number;
  lost: number;
  duplicateRequests: number;
  emailsExpected: number;
  emailsDelivered: number;
  emailsMissing: number;
  outboxStatuses: Record<string, number>;
  providerCallsPerKey: Record<string, number>;
  maxEmailsPerKey: number;
  pgRestarts: number;
  workerKills: number;
  providerOutages: number;
  providerHangs: number;
  deaths: { app: number; worker: number; lines: string[] };
  userAnswers: Record<string, number>;
  serverErrors: number;
  serverErrorsWithRetryAfter: number;
  connectionErrors: number;
  drainSeconds: number | null;
  runSeconds: number;
}

class ChaosError extends Error {}

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs: number, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new ChaosError(`gave up waiting for ${what} after ${timeoutMs / 1000} s${last ? ` (${errorMessage(last)})` : ""}`);
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: a cluster of its own in a temp folder. As root, the server runs as the postgres user
// (PostgreSQL refuses to run as root).

function postgresBin(): string {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new ChaosError("No PostgreSQL server binaries under /usr/lib/postgresql");
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

class Cluster {
  private readonly bin = postgresBin();
  private readonly asRoot = process.getuid?.() === 0;
  readonly dir: string;
  restarts = 0;

  constructor(readonly port: number) {
    this.dir = mkdtempSync(path.join(os.tmpdir(), "opstap-chaos-pg-"));
    if (this.asRoot) {
      const uid = Number(execFileSync("id", ["-u", PG_USER], { encoding: "utf8" }).trim());
      const gid = Number(execFileSync("id", ["-g", PG_USER], { encoding: "utf8" }).trim());
      chownSync(this.dir, uid, gid);
    }
  }

  get adminUrl() {
    return `postgres://${PG_USER}@${HOST}:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]) {
    const command = this.asRoot ? "runuser" : path.join(this.bin, tool);
    const full = this.asRoot ? ["-u", PG_USER, "--", path.join(this.bin, tool), ...args] : args;
    try {
      execFileSync(command, full, { stdio: ["ignore", "pipe", "pipe"], cwd: this.dir });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? "";
      throw new ChaosError(`${tool} ${args.join(" ")} failed: ${stderr || errorMessage(error)}`);
    }
  }

  init() {
    this.run("initdb", ["-D", path.join(this.dir, "data"), "-U", PG_USER, "--auth=trust", "-E", "UTF8", "--no-sync"]);
  }

  start() {
    // fsync off: a process crash (immediate shutdown) loses nothing committed; only a machine
    // crash would, and this cluster is thrown away. synchronous_commit stays on.
    const options = `-p ${this.port} -c listen_addresses=${HOST} -c unix_socket_directories=${this.dir} -c fsync=off -c max_connections=100`;
    this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-l", path.join(this.dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  }

  /** fast: clients are disconnected, a clean shutdown; immediate: as after a crash, recovery on start. */
  stop(mode: "fast" | "immediate") {
    this.run("pg_ctl", ["-D", path.join(this.dir, "data"), "-m", mode, "-w", "-t", "60", "stop"]);
  }

  remove() {
    try {
      this.stop("immediate");
    } catch {
      // Already stopped.
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Processes: the app and the worker, restarted when they die. A death the run did not cause is
// counted, with its last lines.

class Supervised {
  child: ChildProcess | null = null;
  deaths = 0;
  kills = 0;
  private expectExit = false;
  /** Set when the run is over: nothing starts it again. */
  stopped = false;
  private started = 0;
  readonly tail: string[] = [];
  readonly deathLines: string[] = [];

  constructor(
    readonly name: string,
    private readonly args: string[],
    private readonly env: Record<string, string>,
    private readonly readyLine: RegExp | null,
    private readonly onDeath: (proc: Supervised) => Promise<void>,
    /** Everything the process writes, kept after the run for a post-mortem. */
    readonly logFile: string,
  ) {}

  /** Starts the process; resolves when it printed its ready line (if it has one). */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.stopped) return;
    this.expectExit = false;
    this.started += 1;
    const run = this.started;
    let ready = this.readyLine === null;
    const child = spawn(process.execPath, this.args, { cwd: ROOT, env: { ...process.env, ...this.env }, stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    const collect = (stream: NodeJS.ReadableStream | null) => {
      let partial = "";
      stream?.setEncoding("utf8");
      stream?.on("data", (chunk: string) => {
        const lines = (partial + chunk).split("\n");
        partial = lines.pop() ?? "";
        if (lines.length > 0) appendFileSync(this.logFile, lines.map((l) => `${new Date().toISOString()} ${l}\n`).join(""));
        for (const line of lines) {
          if (this.readyLine?.test(line)) ready = true;
          this.tail.push(line);
          if (this.tail.length > 200) this.tail.shift();
        }
      });
    };
    collect(child.stdout);
    collect(child.stderr);
    child.once("exit", (code, signal) => {
      if (this.expectExit || this.stopped || run !== this.started) return;
      this.deaths += 1;
      const wasReady = ready;
      this.deathLines.push(
        `${this.name} died (${code ?? signal}); its last lines (all of them in ${this.logFile}):`,
        ...this.tail.slice(-30).map((l) => `  ${l}`),
      );
      // A process that dies while starting makes start() fail; whoever started it tries again.
      if (wasReady) void this.onDeath(this);
    });
    await waitFor(`${this.name} to start`, async () => {
      if (child.exitCode !== null || child.signalCode !== null) throw new ChaosError(`${this.name} exited while starting`);
      return ready;
    }, timeoutMs);
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    this.expectExit = true;
    this.kills += 1;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGKILL");
    await exited;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Traffic

interface Traffic {
  submitted: number;
  accepted: Set<string>;
  gaveUp: number;
  answers: Map<string, number>;
  serverErrors: number;
  serverErrorsWithRetryAfter: number;
  connectionErrors: number;
}

function proefplaatsingForm(email: string, submissionKey: string): string {
  return proefplaatsingBody({ companyName: `Chaosbakkerij ${email.slice(6, 14)}`, email, submissionKey, tester: "Chaos Tester" });
}

/** One person submitting one form: again with the same key after a 5xx or a cut connection. */
async function submitOnce(baseUrl: string, traffic: Traffic, n: number) {
  const email = `chaos+${String(n).padStart(6, "0")}@example.org`;
  const body = proefplaatsingForm(email, randomUUID());
  for (let attempt = 1; attempt <= 30; attempt++) {
    try {
      const response = await fetch(`${baseUrl}/proefplaatsing?index`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html", origin: baseUrl },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      const key = String(response.status);
      traffic.answers.set(key, (traffic.answers.get(key) ?? 0) + 1);
      if (response.status >= 300 && response.status < 400 && /ontvangen/.test(response.headers.get("location") ?? "")) {
        traffic.accepted.add(email);
        return;
      }
      if (response.status >= 500) {
        traffic.serverErrors += 1;
        if (response.headers.get("retry-after")) traffic.serverErrorsWithRetryAfter += 1;
      } else {
        // A 2xx with the form again or a 4xx: the submission was refused; trying again will not help.
        traffic.gaveUp += 1;
        return;
      }
    } catch {
      traffic.connectionErrors += 1;
      traffic.answers.set("connection error", (traffic.answers.get("connection error") ?? 0) + 1);
    }
    // A person waits a moment before pressing "send" again.
    await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * attempt)));
  }
  traffic.gaveUp += 1;
}

// ---------------------------------------------------------------------------------------------

type Fault = "pg-restart" | "worker-kill" | "provider-down" | "provider-hang";

/** Interleaves the faults, so every kind happens early and late. */
function faultPlan(pgRestarts: number, workerKills: number): Fault[] {
  const plan: Fault[] = [];
  const kinds: Array<[Fault, number]> = [
    ["worker-kill", workerKills],
    ["pg-restart", pgRestarts],
    ["provider-down", 1],
    ["provider-hang", 1],
  ];
  for (let round = 0; plan.length < pgRestarts + workerKills + 2; round++) {
    for (const [kind, count] of kinds) if (round < count) plan.push(kind);
  }
  return plan;
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const { log } = options;
  const started = performance.now();
  const cleanups: Array<() => Promise<void> | void> = [];
  const cleanUp = async () => {
    for (let step = cleanups.pop(); step; step = cleanups.pop()) {
      try {
        await step();
      } catch (error) {
        log(`cleanup: ${errorMessage(error)}`);
      }
    }
  };
  const onSignal = () => void cleanUp().finally(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  cleanups.push(() => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  });

  try {
    if (options.build) {
      log("Building the app (npx remix build)…");
      execFileSync("npx", ["remix", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
    }

    const cluster = new Cluster(await freePort());
    cleanups.push(() => cluster.remove());
    cluster.init();
    cluster.start();
    const admin = postgres(cluster.adminUrl, { max: 1, onnotice: () => {} });
    await admin`create database opstap_chaos`;
    await admin.end({ timeout: 5 });
    const databaseUrl = `postgres://${PG_USER}@${HOST}:${cluster.port}/opstap_chaos`;
    log(`PostgreSQL: own cluster in ${cluster.dir} on port ${cluster.port}`);

    const provider: FakeResend = await startFakeResend();
    provider.setLatency(30);
    cleanups.push(() => provider.close());

    const appPort = await freePort();
    const baseUrl = `http://${HOST}:${appPort}`;
    const env = {
      HOST,
      PORT: String(appPort),
      DATABASE_URL: databaseUrl,
      APP_ENV: "development",
      APP_URL: baseUrl,
      RESEND_API_KEY: "re_chaos",
      RESEND_BASE_URL: provider.url,
      RATE_LIMIT: "off",
      OUTBOX_WORKER: "off",
      OUTBOX_POLL_MS: "200",
      NODE_ENV: "production",
    };

    const health = async () => {
      try {
        const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        return response.status;
      } catch {
        return 0;
      }
    };
    let databaseUp = true;
    // A process that died is started again, once the database is there to start with.
    const restartAfterDeath = async (proc: Supervised) => {
      for (let attempt = 1; attempt <= 5 && !proc.stopped; attempt++) {
        await waitFor("the database, to restart a dead process", async () => databaseUp, 120_000, 200).catch(() => {});
        try {
          await proc.start();
          return;
        } catch (error) {
          log(`could not restart ${proc.name} (try ${attempt}): ${errorMessage(error)}`);
        }
      }
    };
    const logs = mkdtempSync(path.join(os.tmpdir(), "opstap-chaos-logs-"));
    log(`Process output: ${logs}`);
    const app = new Supervised(
      "web",
      ["--import", "tsx", "scripts/server.ts"],
      env,
      null,
      async (proc) => {
        await restartAfterDeath(proc);
        await waitFor("the web process after its death", async () => (await health()) === 200, 60_000, 200).catch(() => {});
      },
      path.join(logs, "web.log"),
    );
    const worker = new Supervised(
      "worker",
      ["--import", "tsx", "scripts/worker.ts"],
      env,
      /worker gestart/,
      restartAfterDeath,
      path.join(logs, "worker.log"),
    );
    cleanups.push(() => app.stop());
    cleanups.push(() => worker.stop());

    await app.start();
    await waitFor("the web process (GET /healthz)", async () => (await health()) === 200, 90_000, 250);
    await worker.start();
    log(`App on ${baseUrl}; worker running; fake Resend on ${provider.url}`);

    const traffic: Traffic = {
      submitted: 0,
      accepted: new Set(),
      gaveUp: 0,
      answers: new Map(),
      serverErrors: 0,
      serverErrorsWithRetryAfter: 0,
      connectionErrors: 0,
    };
    let next = 0;
    let faultsDone = false;
    // Traffic goes on until every fault has happened under it, and at least `submissions` were posted.
    const clients = Array.from({ length: options.clients }, async () => {
      while (next < options.submissions || !faultsDone) {
        const n = ++next;
        traffic.submitted += 1;
        await submitOnce(baseUrl, traffic, n);
      }
    });
    const trafficDone = Promise.all(clients);
    const handled = () => traffic.accepted.size + traffic.gaveUp;

    const plan = faultPlan(options.pgRestarts, options.workerKills);
    const step = Math.max(1, Math.floor(options.submissions / (plan.length + 1)));
    let outages = 0;
    let hangs = 0;
    for (const [i, fault] of plan.entries()) {
      // The next fault comes after so many more submissions were handled (or when traffic ends).
      await waitFor(`submission ${step * (i + 1)}`, async () => handled() >= step * (i + 1), 600_000, 100);
      const at = `after ${handled()} forms`;
      if (fault === "worker-kill") {
        await worker.kill();
        log(`[${at}] worker killed (SIGKILL, ${worker.kills}×); starting it again`);
        await restartAfterDeath(worker);
      } else if (fault === "pg-restart") {
        const mode = cluster.restarts % 2 === 0 ? "immediate" : "fast";
        databaseUp = false;
        cluster.stop(mode);
        cluster.restarts += 1;
        await waitFor("the app to notice the database is gone", async () => (await health()) !== 200, 30_000, 100).catch(() => {});
        cluster.start();
        databaseUp = true;
        log(`[${at}] PostgreSQL restarted (${mode} stop, ${cluster.restarts}×)`);
        await waitFor("the app to reach the database again", async () => (await health()) === 200, 120_000, 200).catch((error) =>
          log(`  ${errorMessage(error)}`),
        );
      } else {
        const mode = fault === "provider-down" ? "down" : "hang";
        const before = provider.requests + provider.cutConnections;
        provider.setMode(mode);
        if (mode === "down") outages += 1;
        else hangs += 1;
        log(`[${at}] email provider ${mode === "down" ? "down" : "hanging"}`);
        // It stays away until sends have run into it and some more forms were handled.
        const target = handled() + Math.max(1, Math.floor(step / 2));
        await waitFor(
          "sends to hit the provider fault",
          async () => provider.requests + provider.cutConnections >= before + 5 && handled() >= target,
          60_000,
          100,
        ).catch((error) => log(`  ${errorMessage(error)}`));
        provider.setMode("up");
        log(`[after ${handled()} forms] email provider back`);
      }
    }
    faultsDone = true;
    await trafficDone;
    const faultsOver = performance.now();
    log(`Traffic done: ${traffic.accepted.size} accepted of ${traffic.submitted}; waiting for the outbox to drain…`);

    const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    cleanups.push(() => sql.end({ timeout: 5 }));
    const waiting = async () => {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from email_outbox where status in ('pending', 'sending')`;
      return row?.n ?? 0;
    };
    const drainSeconds = await waitFor("the outbox to drain", async () => (await waiting()) === 0, options.drainLimitMs, 250)
      .then(() => (performance.now() - faultsOver) / 1000)
      .catch(() => null);

    // What the database holds for the addresses the clients used.
    const stored = await sql<{ email: string; n: number }[]>`
      select e.email, count(r.id)::int as n from employers e left join requests r on r.employer_id = e.id
      where e.email like 'chaos+%' group by e.email`;
    const requestsPer = new Map(stored.map((r) => [r.email, r.n]));
    const lost = [...traffic.accepted].filter((email) => !requestsPer.get(email)).length;
    const duplicateRequests = stored.reduce((sum, r) => sum + Math.max(0, r.n - 1), 0);

    const [installation] = await sql<{ id: string }[]>`select id from installation`;
    const outbox = await sql<{ key: string; status: string }[]>`select idempotency_key as key, status from email_outbox`;
    const delivered = new Set(provider.emails.map((e) => e.idempotencyKey));
    const emailsDelivered = outbox.filter((row) => delivered.has(`${installation?.id}/${row.key}`)).length;
    const outboxStatuses: Record<string, number> = {};
    for (const row of outbox) outboxStatuses[row.status] = (outboxStatuses[row.status] ?? 0) + 1;
    const providerCallsPerKey: Record<string, number> = {};
    for (const calls of provider.acceptedPerKey.values()) {
      const bucket = calls >= 3 ? "3+" : String(calls);
      providerCallsPerKey[bucket] = (providerCallsPerKey[bucket] ?? 0) + 1;
    }
    const emailsPerKey = new Map<string, number>();
    for (const email of provider.emails) emailsPerKey.set(email.idempotencyKey ?? "", (emailsPerKey.get(email.idempotencyKey ?? "") ?? 0) + 1);

    return {
      submitted: traffic.submitted,
      accepted: traffic.accepted.size,
      gaveUp: traffic.gaveUp,
      lost,
      duplicateRequests,
      emailsExpected: outbox.length,
      emailsDelivered,
      emailsMissing: outbox.length - emailsDelivered,
      outboxStatuses,
      providerCallsPerKey,
      maxEmailsPerKey: Math.max(0, ...emailsPerKey.values()),
      pgRestarts: cluster.restarts,
      workerKills: worker.kills,
      providerOutages: outages,
      providerHangs: hangs,
      deaths: { app: app.deaths, worker: worker.deaths, lines: [...app.deathLines, ...worker.deathLines] },
      userAnswers: Object.fromEntries(traffic.answers),
      serverErrors: traffic.serverErrors,
      serverErrorsWithRetryAfter: traffic.serverErrorsWithRetryAfter,
      connectionErrors: traffic.connectionErrors,
      drainSeconds,
      runSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await cleanUp();
  }
}

export function chaosFailures(report: ChaosReport): string[] {
  const failures: string[] = [];
  if (report.lost > 0) failures.push(`${report.lost} accepted submissions lost`);
  if (report.duplicateRequests > 0) failures.push(`${report.duplicateRequests} duplicate requests`);
  if (report.emailsMissing > 0) failures.push(`${report.emailsMissing} emails not delivered`);
  if (report.maxEmailsPerKey > 1) failures.push("an idempotency key was delivered more than once");
  if (report.deaths.app + report.deaths.worker > 0) failures.push(`${report.deaths.app + report.deaths.worker} process deaths`);
  if (report.drainSeconds === null) failures.push("the outbox did not drain");
  return failures;
}

export function formatChaosReport(report: ChaosReport): string {
  const entries = (record: Record<string, number>) =>
    Object.entries(record)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}: ${v}`)
      .join(", ") || "none";
  const rows: Array<[string, string]> = [
    ["submissions (forms posted)", String(report.submitted)],
    ["accepted (redirected to 'ontvangen')", String(report.accepted)],
    ["refused or given up by the client", String(report.gaveUp)],
    ["lost (accepted, not stored)", String(report.lost)],
    ["duplicate requests", String(report.duplicateRequests)],
    ["emails expected (outbox rows)", String(report.emailsExpected)],
    ["emails delivered to the provider", String(report.emailsDelivered)],
    ["emails missing", String(report.emailsMissing)],
    ["outbox at the end", entries(report.outboxStatuses)],
    ["provider calls per key (calls: keys)", entries(report.providerCallsPerKey)],
    ["emails per key (max)", String(report.maxEmailsPerKey)],
    ["PostgreSQL restarts", String(report.pgRestarts)],
    ["worker kills (SIGKILL)", String(report.workerKills)],
    ["provider outages / hangs", `${report.providerOutages} / ${report.providerHangs}`],
    ["process deaths (web / worker)", `${report.deaths.app} / ${report.deaths.worker}`],
    ["answers seen by users (status: count)", entries(report.userAnswers)],
    ["5xx seen by users (with Retry-After)", `${report.serverErrors} (${report.serverErrorsWithRetryAfter})`],
    ["cut connections seen by users", String(report.connectionErrors)],
    ["drain time after the last fault and POST", report.drainSeconds === null ? "did not drain" : `${report.drainSeconds.toFixed(1)} s`],
    ["whole run", `${report.runSeconds.toFixed(0)} s`],
  ];
  const lines = [table(["", ""], rows.map(([a, b]) => [a, b]))];
  if (report.deaths.lines.length > 0) lines.push("", ...report.deaths.lines);
  return lines.join("\n");
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ChaosError(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return value;
}

async function main() {
  const short = process.argv.includes("--short");
  const options: ChaosOptions = {
    submissions: positive("CHAOS_SUBMISSIONS", short ? 60 : 600),
    clients: positive("CHAOS_CLIENTS", short ? 3 : 4),
    pgRestarts: positive("CHAOS_PG_RESTARTS", 3),
    workerKills: positive("CHAOS_WORKER_KILLS", 5),
    build: process.env.CHAOS_SKIP_BUILD !== "1",
    drainLimitMs: 240_000,
    log: (line) => console.log(line),
  };
  console.log(
    `Chaos run: ${options.submissions} submissions from ${options.clients} clients, ${options.pgRestarts} PostgreSQL restarts, ` +
      `${options.workerKills} worker kills, the email provider down once and hanging once.`,
  );
  const report = await runChaos(options);
  console.log(`\n${formatChaosReport(report)}`);
  const failures = chaosFailures(report);
  if (failures.length > 0) {
    console.log(`\nFailed: ${failures.join("; ")}.`);
    process.exitCode = 1;
  } else {
    console.log("\nNothing lost, nothing doubled, every email delivered, no process died.");
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof ChaosError ? `\n${error.message}` : error);
    process.exitCode = 1;
  });
}
