/**
 * `npm run bench`: how many requests Opstap serves, measured next to a bare node:http
 * hello-world server in the same run, so the numbers say something on any machine.
 *
 * First it runs the routing benchmark (bench/routing.ts): `routeRequest` in-process for every
 * PC4, no database, next to a trivial lookup as its baseline.
 *
 * Builds the app, starts it on a fresh database on a real PostgreSQL server, and loads it with
 * autocannon: GET / (the landing page), the back office on a seeded volume of requests (bench/
 * backoffice.ts: the inbox, a later page of it and a request page as a signed-in WSP
 * accountmanager, the CSV export as an administrator) and POST /proefplaatsing (a real new
 * submission per request). Prints requests/s, p50/p99 latency, the ratio to the baseline, errors,
 * and the app server's memory before and after each target. It reports; it asserts no timings.
 *
 * Email goes to a local fake of the Resend API (tests/support/fake-resend.ts) that answers after
 * BENCH_PROVIDER_LATENCY_MS (default 100). After the POST load the benchmark waits for the
 * outbox to drain and reports how long that took after the load ended, and the email latency:
 * submit (the outbox row) → accepted by the provider, p50/p95/max.
 *
 * Environment: BENCH_DURATION (seconds per target, default 10), BENCH_CONNECTIONS (default 10),
 * BENCH_REQUESTS (seeded requests for the back office, default 100000), BENCH_EMPLOYERS (entries in
 * the employer register, default 20000), BENCH_DATABASE_URL (admin
 * connection used to create and drop the bench database, default
 * postgres://postgres@127.0.0.1:5432/postgres). See bench/README.md.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { parse } from "csv-parse";
import postgres from "postgres";
import {
  BENCH_WSP_SLUG,
  busiestRequest,
  connectBenchDatabase,
  laterPagePath,
  SEED_EMAIL_PREFIX,
  SEED_SUBMISSION_PREFIX,
  seedRegister,
  seedRequests,
  signInStaff,
} from "./backoffice";
import { freePort, startApp } from "../tests/support/app-server";
import { startFakeResend } from "../tests/support/fake-resend";
import { runRoutingBench } from "./routing";
import { table } from "./table";
import { benchAppEnv } from "./app-env";
import { proefplaatsingBody } from "./proefplaatsing-form";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The bare Remix v2 page the app is compared with: one route, the app's own packages. */
const BARE_REMIX_DIR = path.join(ROOT, "bench", "bare-remix");
// Only loopback: the benchmark never talks to anything but this machine.
const HOST = "127.0.0.1";
const WARMUP_SECONDS = 2;
const READY_TIMEOUT_MS = 60_000;
/** The inbox page the "later page" target asks for, reached by following "Volgende" links. */
const LATER_PAGE = 10;
/** The employer register's list (decision 028). */
const REGISTER_PATH = "/backoffice/werkgevers";
/** How often the app's resident memory is read while an export streams. */
const EXPORT_MEMORY_SAMPLE_MS = 20;
const STOP_TIMEOUT_MS = 10_000;
/** How long to wait for the outbox to drain after the load before reporting it did not. */
const DRAIN_LIMIT_MS = 180_000;

/** An expected failure (no database, build broke, app did not start): a message, no stack. */
class BenchError extends Error {}

function positiveNumber(name: string, fallback: number, integer: boolean): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new BenchError(`${name} must be a positive ${integer ? "whole " : ""}number, got "${raw}".`);
  }
  return value;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** For printing: a URL without its password. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(invalid URL)";
  }
}

// ---------------------------------------------------------------------------------------------
// Cleanup: every resource registers how to release it, and the steps run in reverse order, once,
// whether the run succeeds, fails, is interrupted with Ctrl-C or meets an uncaught error.

const cleanups: Array<{ what: string; run: () => Promise<void> }> = [];

function onCleanup(what: string, run: () => Promise<void>) {
  cleanups.push({ what, run });
}

async function cleanUp() {
  for (let step = cleanups.pop(); step; step = cleanups.pop()) {
    try {
      await step.run();
    } catch (error) {
      console.error(`cleanup: could not ${step.what}: ${errorMessage(error)}`);
    }
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the benchmark…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

// An error thrown outside main()'s own chain (an event handler, a promise nobody awaited) would
// end the process before the finally below, leaving the app and its database behind.
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.once(event, (error: unknown) => {
    console.error(`\n${event}:`, error);
    void cleanUp().finally(() => process.exit(1));
  });
}

// ---------------------------------------------------------------------------------------------
// Child processes

interface Server {
  name: string;
  child: ChildProcess;
  baseUrl: string;
  /** The last lines the process wrote, to show when it fails to start. */
  log: string[];
  /** The first lines it wrote to stderr: errors the app logged while under load. */
  stderr: string[];
}

interface LineSink {
  lines: string[];
  max: number;
  /** "last" for a tail (start-up failures), "first" where the first error explains the rest. */
  keep: "first" | "last";
}

function collectLines(stream: NodeJS.ReadableStream | null, ...sinks: LineSink[]) {
  let partial = "";
  stream?.setEncoding("utf8");
  stream?.on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) {
      for (const sink of sinks) {
        if (sink.lines.length >= sink.max) {
          if (sink.keep === "first") continue;
          sink.lines.shift();
        }
        sink.lines.push(line);
      }
    }
  });
}

function startServer(name: string, args: string[], env: Record<string, string>, port: number): Server {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const server: Server = { name, child, baseUrl: `http://${HOST}:${port}`, log: [], stderr: [] };
  const tail: LineSink = { lines: server.log, max: 40, keep: "last" };
  collectLines(child.stdout, tail);
  collectLines(child.stderr, tail, { lines: server.stderr, max: 200, keep: "first" });
  onCleanup(`stop ${name}`, () => stopServer(server));
  return server;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** SIGTERM lets the app close its database pool; SIGKILL only if it does not exit in time. */
async function stopServer({ child }: Server): Promise<void> {
  if (hasExited(child)) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function waitUntilReady(server: Server, readyPath: string): Promise<number> {
  const started = performance.now();
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = "no answer yet";
  while (Date.now() < deadline) {
    if (hasExited(server.child)) {
      throw new BenchError(
        `${server.name} exited (${server.child.exitCode ?? server.child.signalCode}) before it was ready. Its output:\n` +
          server.log.join("\n"),
      );
    }
    try {
      const response = await fetch(server.baseUrl + readyPath, { signal: AbortSignal.timeout(2_000) });
      await response.text();
      if (response.status === 200) return performance.now() - started;
      last = `HTTP ${response.status}`;
    } catch (error) {
      last = errorMessage(error);
    }
    await sleep(250);
  }
  throw new BenchError(
    `${server.name}: GET ${readyPath} did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${last}). Its output:\n` +
      server.log.join("\n"),
  );
}

/** Resident memory in KiB, from /proc where there is one, else from ps. */
function rssKiB(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    if (match?.[1]) return Number(match[1]);
  } catch {
    // No /proc (macOS): fall through to ps.
  }
  try {
    const value = Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim());
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

interface ExportRun {
  name: string;
  rows: number;
  bytes: number;
  seconds: number;
  /** The app's resident memory just before the export, and the most it reached while streaming. */
  rssBeforeKiB: number | null;
  rssPeakKiB: number | null;
}

/** One CSV export read to its last row, the app's memory sampled while it streams. */
async function measureExport(name: string, url: string, cookie: string, pid: number | undefined): Promise<ExportRun> {
  const rssBeforeKiB = rssKiB(pid);
  let rssPeakKiB = rssBeforeKiB;
  const sampler = setInterval(() => {
    const now = rssKiB(pid);
    if (now !== null && (rssPeakKiB === null || now > rssPeakKiB)) rssPeakKiB = now;
  }, EXPORT_MEMORY_SAMPLE_MS);
  const started = performance.now();
  try {
    const response = await fetch(url, { headers: { cookie } });
    if (response.status !== 200 || !response.body) throw new BenchError(`The CSV export (${name}) answered ${response.status}.`);
    let bytes = 0;
    let records = 0;
    // Counted as a spreadsheet reads it (the app writes ";" for Dutch Excel): a quoted field may hold a line break.
    const parser = parse({ bom: true, delimiter: ";" });
    parser.on("data", () => records++);
    const parsed = new Promise<void>((resolve, reject) => parser.on("end", resolve).on("error", reject));
    // Awaited below, after the body: a parse error before then must not be an unhandled rejection.
    parsed.catch(() => undefined);
    const reader = response.body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      bytes += chunk.value.byteLength;
      parser.write(chunk.value);
    }
    parser.end();
    await parsed;
    return { name, rows: Math.max(0, records - 1), bytes, seconds: (performance.now() - started) / 1000, rssBeforeKiB, rssPeakKiB };
  } finally {
    clearInterval(sampler);
  }
}

function printExports(runs: ExportRun[]): void {
  const mib = (kib: number | null) => (kib === null ? "n/a" : (kib / 1024).toFixed(1));
  console.log("\nCSV export (GET /backoffice/export?status=alle), one at a time, read to the last row\n");
  console.log(
    table(
      ["export", "rows", "MiB of CSV", "seconds", "rows/s", "app RSS before MiB", "peak while streaming MiB", "peak − before MiB"],
      runs.map((run) => [
        run.name,
        String(run.rows),
        (run.bytes / 1024 / 1024).toFixed(1),
        run.seconds.toFixed(2),
        (run.rows / run.seconds).toFixed(0),
        mib(run.rssBeforeKiB),
        mib(run.rssPeakKiB),
        run.rssBeforeKiB === null || run.rssPeakKiB === null ? "n/a" : mib(run.rssPeakKiB - run.rssBeforeKiB),
      ]),
    ),
  );
}

// The baseline runs in its own process, like the app, so it does not share autocannon's event loop.
const HELLO_WORLD = `
require("node:http")
  .createServer((req, res) => { res.writeHead(200, { "content-type": "text/plain" }); res.end("hello world\\n"); })
  .listen(Number(process.env.PORT), process.env.HOST);
`;

// ---------------------------------------------------------------------------------------------
// Building and the database

/** Runs a command, showing its output only when it fails, to keep the report readable. */
function runQuietly(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new BenchError(`${command} ${args.join(" ")} failed (${code ?? signal}):\n${output}`)),
    );
  });
}

async function connectAdmin(adminUrl: string): Promise<postgres.Sql> {
  const admin = postgres(adminUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await admin`select 1`;
    return admin;
  } catch (error) {
    await admin.end({ timeout: 1 }).catch(() => {});
    throw new BenchError(
      `No PostgreSQL server answers at ${redact(adminUrl)}: ${errorMessage(error)}\n` +
        "The benchmark needs a real PostgreSQL server. Start one, or set BENCH_DATABASE_URL to an admin " +
        "connection URL (a user that may create databases).",
    );
  }
}

/**
 * Waits until no email the load caused waits in the outbox; returns the seconds that took, or
 * null when it did not drain within the limit.
 */
async function waitForOutboxDrain(databaseUrl: string, limitMs: number): Promise<number | null> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const started = performance.now();
  try {
    while (performance.now() - started < limitMs) {
      const [row] = await sql<{ n: number }[]>`
        select count(*)::int as n from email_outbox
        where status in ('pending', 'sending') and idempotency_key not like ${`${SEED_EMAIL_PREFIX}%`}`;
      if ((row?.n ?? 0) === 0) return (performance.now() - started) / 1000;
      await sleep(250);
    }
    return null;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Submit (the outbox row, written with the request) → accepted by the provider, in seconds. */
async function emailLatency(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ n: number; p50: number | null; p95: number | null; max: number | null }[]>`
      select count(*)::int as n,
        percentile_cont(0.5) within group (order by extract(epoch from sent_at - created_at))::float8 as p50,
        percentile_cont(0.95) within group (order by extract(epoch from sent_at - created_at))::float8 as p95,
        max(extract(epoch from sent_at - created_at))::float8 as max
      from email_outbox
      where status = 'sent' and idempotency_key not like ${`${SEED_EMAIL_PREFIX}%`}`;
    return row ?? { n: 0, p50: null, p95: null, max: null };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** A fresh database per run, so earlier runs' rows never change what this run measures. */
async function createBenchDatabase(admin: postgres.Sql, adminUrl: string): Promise<string> {
  const name = `opstap_bench_${Date.now()}`;
  await admin`create database ${admin(name)}`;
  onCleanup(`drop database ${name}`, async () => {
    // WITH (FORCE) (PostgreSQL 13+) also ends connections a killed app may have left behind.
    await admin`drop database if exists ${admin(name)} with (force)`;
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * What the load left in the database: a check that every accepted POST became a request, and
 * the audit lines the back office wrote. The seeded rows are left out of the counts.
 */
async function databaseSummary(databaseUrl: string) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const [requests] = await sql<{ n: number }[]>`
      select count(*)::int as n from requests where submission_key not like ${`${SEED_SUBMISSION_PREFIX}%`}`;
    const outbox = await sql<{ status: string; n: number }[]>`
      select status, count(*)::int as n from email_outbox
      where idempotency_key not like ${`${SEED_EMAIL_PREFIX}%`} group by status order by status`;
    const audit = await sql<{ action: string; n: number }[]>`
      select action, count(*)::int as n from audit_log group by action order by action`;
    return { requests: requests?.n ?? 0, outbox, audit };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

// ---------------------------------------------------------------------------------------------
// Load

interface Target {
  name: string;
  /** Short name in the report's ratio columns and the JS table. */
  label: string;
  url: string;
  requests: autocannon.Request[];
  /** Fewer than BENCH_CONNECTIONS for heavy targets. */
  connections?: number;
  /**
   * Signed-in pages: a redirect means the session was refused (to /inloggen), so only 2xx
   * counts as served. Elsewhere a 3xx is a normal answer (POST/redirect/GET).
   */
  only2xx?: boolean;
}

interface Measurement {
  target: Target;
  /** One autocannon result per round. */
  rounds: autocannon.Result[];
  /** The connections it ran with: BENCH_CONNECTIONS unless the target asks for fewer. */
  connections: number;
  /** Requests answered with anything but 2xx/3xx, plus connection errors and timeouts (all rounds). */
  errors: number;
  /** The same during warm-up: not in the numbers, but a sign that something is wrong. */
  warmupErrors: number;
  /** 2xx/3xx answers in warm-up and measurement together. */
  accepted: number;
  /** Per status that was not accepted: how many (all rounds). */
  refusedByStatus: Map<number, number>;
  /** One response body per unexpected status, to show what went wrong. */
  samples: Map<number, string>;
}

function load(url: string, requests: autocannon.Request[], duration: number, connections: number) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections, duration, requests }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

const isAccepted = (status: number, target: Pick<Target, "only2xx">) =>
  status >= 200 && status < (target.only2xx ? 300 : 400);

const acceptedCount = (result: autocannon.Result, target: Target) => result["2xx"] + (target.only2xx ? 0 : result["3xx"]);
const errorCount = (result: autocannon.Result, target: Target) =>
  result.errors + result["1xx"] + (target.only2xx ? result["3xx"] : 0) + result["4xx"] + result["5xx"];

function newMeasurement(target: Target, connections: number): Measurement {
  return { target, rounds: [], connections, errors: 0, warmupErrors: 0, accepted: 0, refusedByStatus: new Map(), samples: new Map() };
}

/** The target's requests, keeping the first body of every unexpected status. */
function sampled(measurement: Measurement): autocannon.Request[] {
  const { target, samples } = measurement;
  return target.requests.map((spec) => ({
    ...spec,
    onResponse: (status: number, body: string, _context: object, headers?: Record<string, string | string[] | undefined>) => {
      if (isAccepted(status, target) || samples.has(status)) return;
      const encoding = headers?.["content-encoding"] ?? headers?.["Content-Encoding"];
      samples.set(status, encoding ? `(${String(encoding)}-compressed body)` : body.replace(/\s+/g, " ").slice(0, 300));
    },
  }));
}

async function warmUp(measurement: Measurement): Promise<void> {
  const result = await load(measurement.target.url, sampled(measurement), WARMUP_SECONDS, measurement.connections);
  measurement.warmupErrors += errorCount(result, measurement.target);
  measurement.accepted += acceptedCount(result, measurement.target);
}

async function measureRound(measurement: Measurement, seconds: number): Promise<void> {
  const { target } = measurement;
  const result = await load(target.url, sampled(measurement), seconds, measurement.connections);
  measurement.rounds.push(result);
  measurement.errors += errorCount(result, target);
  measurement.accepted += acceptedCount(result, target);
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) {
    const code = Number(status);
    if (!isAccepted(code, target)) measurement.refusedByStatus.set(code, (measurement.refusedByStatus.get(code) ?? 0) + (stats?.count ?? 0));
  }
}

/** Warm-up, then `rounds` measured runs of `seconds` each (for targets that do not alternate). */
async function measure(target: Target, seconds: number, rounds: number, defaultConnections: number): Promise<Measurement> {
  const measurement = newMeasurement(target, target.connections ?? defaultConnections);
  process.stdout.write(`  ${target.name}: warm-up ${WARMUP_SECONDS} s…`);
  await warmUp(measurement);
  process.stdout.write(` measuring ${rounds} × ${seconds} s…`);
  for (let round = 0; round < rounds; round++) await measureRound(measurement, seconds);
  const { reqPerSecond } = summary(measurement);
  console.log(` ${Math.round(reqPerSecond)} req/s${measurement.errors ? `, ${measurement.errors} errors` : ""}`);
  return measurement;
}

/**
 * Several targets in alternating rounds (A B C, A B C, …), so a busy moment on the machine hits
 * all of them alike instead of one.
 */
async function measureAlternating(targets: Target[], seconds: number, rounds: number, connections: number): Promise<Measurement[]> {
  const measurements = targets.map((target) => newMeasurement(target, target.connections ?? connections));
  process.stdout.write(`  warm-up, ${WARMUP_SECONDS} s per target…`);
  for (const measurement of measurements) await warmUp(measurement);
  console.log(" done");
  for (let round = 1; round <= rounds; round++) {
    process.stdout.write(`  round ${round} of ${rounds}, ${seconds} s per target…`);
    for (const measurement of measurements) await measureRound(measurement, seconds);
    console.log(" done");
  }
  return measurements;
}

/**
 * One line per target over its rounds: requests/s over all of them, the median round's p50 and
 * the worst round's p97.5 and p99 (autocannon keeps whole-millisecond percentiles per run and has
 * no p95; p95 ≤ p97.5, so a p97.5 under an aim means the p95 is under it too).
 */
function summary(measurement: Measurement) {
  const { rounds } = measurement;
  const requests = rounds.reduce((sum, r) => sum + r.requests.total, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.duration, 0);
  const bytes = rounds.reduce((sum, r) => sum + r.throughput.total, 0);
  const sortedP50 = rounds.map((r) => r.latency.p50).sort((a, b) => a - b);
  return {
    reqPerSecond: seconds > 0 ? requests / seconds : 0,
    p50: sortedP50[Math.floor(sortedP50.length / 2)] ?? 0,
    p97_5: Math.max(0, ...rounds.map((r) => r.latency.p97_5)),
    p99: Math.max(0, ...rounds.map((r) => r.latency.p99)),
    requests,
    kibPerResponse: requests > 0 ? bytes / requests / 1024 : null,
  };
}

/**
 * One request before the load, so a refused session or a missing page stops the run with a
 * clear message instead of being measured: autocannon would count the redirect to /inloggen as
 * a fast answer.
 */
async function expectOk(target: Target): Promise<void> {
  const spec = target.requests[0];
  const url = new URL(spec?.path ?? "/", target.url);
  const response = await fetch(url, { headers: spec?.headers as Record<string, string>, redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) {
    const where = response.headers.get("location");
    throw new BenchError(
      `${target.name}: GET ${url.pathname}${url.search} answered ${response.status}` +
        `${where ? ` (to ${where})` : ""} instead of 200: ${body.replace(/\s+/g, " ").slice(0, 300)}`,
    );
  }
}

/** A proefplaatsing form as the browser posts it; new key and address so none is a duplicate. */
function proefplaatsingForm(n: number): string {
  return proefplaatsingBody({ companyName: `Benchbakkerij ${n}`, email: `bench+${n}@example.org`, submissionKey: randomUUID() });
}

// ---------------------------------------------------------------------------------------------
// JavaScript per page

interface RemixManifest {
  entry: { module: string; imports?: string[] };
  routes: Record<string, { module: string; imports?: string[]; parentId?: string }>;
}

/** The browser manifest of a Remix build (public/build/manifest-<hash>.js). */
function readManifest(publicBuildDir: string): RemixManifest {
  const file = readdirSync(publicBuildDir).find((name) => /^manifest-.*\.js$/.test(name));
  if (!file) throw new BenchError(`no manifest-*.js in ${publicBuildDir}: did the build run?`);
  const text = readFileSync(path.join(publicBuildDir, file), "utf8");
  return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as RemixManifest;
}

/**
 * The JavaScript a first visit to a route loads, gzipped as the compression middleware sends it:
 * the entry, and the module and imports of the route and each parent up to the root.
 */
function javaScriptKiB(publicDir: string, manifest: RemixManifest, routeId: string): { files: number; kib: number } {
  const files = new Set<string>([manifest.entry.module, ...(manifest.entry.imports ?? [])]);
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) {
    const route = manifest.routes[id];
    if (!route) throw new BenchError(`route ${id} is not in the build's manifest`);
    files.add(route.module);
    for (const file of route.imports ?? []) files.add(file);
  }
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(path.join(publicDir, file))).length;
  return { files: files.size, kib: bytes / 1024 };
}

// ---------------------------------------------------------------------------------------------
// Report

// autocannon records latency in whole milliseconds, so anything faster shows as "<1".
const ms = (value: number) => (value < 1 ? "<1" : value.toFixed(0));
const mib = (kib: number | null) => (kib === null ? "n/a" : `${(kib / 1024).toFixed(1)} MiB`);
const ratio = (value: number, baseline: number) => (baseline > 0 ? `${(value / baseline).toFixed(value / baseline < 0.1 ? 3 : 2)}×` : "n/a");

function printReport(
  settings: { seconds: number; rounds: number; connections: number; note: string },
  measurements: Measurement[],
  baselines: { hello: Measurement; remix: Measurement },
  memory: Array<[string, number | null]>,
) {
  const hello = summary(baselines.hello).reqPerSecond;
  const remix = summary(baselines.remix).reqPerSecond;
  console.log(
    `\nOpstap benchmark: ${settings.rounds} rounds of ${settings.seconds} s per target after ${WARMUP_SECONDS} s warm-up, ` +
      `${settings.connections} connections${settings.note}, Node ${process.version}, ${os.availableParallelism()} CPUs ` +
      `(app, PostgreSQL and autocannon share them; load average at the end ${os.loadavg().map((n) => n.toFixed(1)).join(" ")})\n`,
  );
  console.log(
    table(
      ["target", "conns", "req/s", "p50 ms", "p97.5 ms", "p99 ms", "requests", "KiB/resp", "errors", "× node:http", "× bare Remix"],
      measurements.map((m) => {
        const s = summary(m);
        return [
          m.target.name,
          String(m.connections),
          s.reqPerSecond.toFixed(0),
          ms(s.p50),
          ms(s.p97_5),
          ms(s.p99),
          String(s.requests),
          // Bytes on the wire per answer (compressed where the app compresses).
          s.kibPerResponse === null ? "n/a" : s.kibPerResponse.toFixed(1),
          String(m.errors),
          m === baselines.hello ? "baseline" : ratio(s.reqPerSecond, hello),
          m === baselines.remix ? "baseline" : ratio(s.reqPerSecond, remix),
        ];
      }),
    ),
  );

  const first = memory[0]?.[1] ?? null;
  console.log("\nMemory (VmRSS)\n");
  console.log(
    table(
      ["moment", "RSS", "change"],
      memory.map(([moment, kib], i) => [
        moment,
        mib(kib),
        i === 0 || kib === null || first === null || moment.startsWith("bare") ? "" : `${kib >= first ? "+" : ""}${mib(kib - first)}`,
      ]),
    ),
  );

  for (const { target, rounds, errors, warmupErrors, samples, refusedByStatus } of measurements) {
    if (!errors && !warmupErrors) continue;
    console.log(`\n${target.name}: ${errors} errors (warm-up: ${warmupErrors})`);
    const connectionErrors = rounds.reduce((sum, r) => sum + r.errors, 0);
    const timeouts = rounds.reduce((sum, r) => sum + r.timeouts, 0);
    if (connectionErrors) console.log(`  connection errors: ${connectionErrors} (of which timeouts: ${timeouts})`);
    for (const [status, count] of refusedByStatus) console.log(`  HTTP ${status}: ${count}×`);
    for (const [status, body] of samples) console.log(`  first HTTP ${status} body: ${body}`);
  }
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const duration = positiveNumber("BENCH_DURATION", 10, false);
  const rounds = positiveNumber("BENCH_ROUNDS", 3, true);
  const connections = positiveNumber("BENCH_CONNECTIONS", 10, true);
  const seededRequests = positiveNumber("BENCH_REQUESTS", 100_000, true);
  const seededEmployers = positiveNumber("BENCH_EMPLOYERS", 20_000, true);
  const adminUrl = process.env.BENCH_DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";
  const providerLatencyMs = process.env.BENCH_PROVIDER_LATENCY_MS?.trim() === "0" ? 0 : positiveNumber("BENCH_PROVIDER_LATENCY_MS", 100, true);
  // BENCH_DURATION is each target's measured time, split over the rounds.
  const roundSeconds = Math.max(1, duration / rounds);

  // First, while nothing else runs: routing in-process, which needs no database (bench/routing.ts).
  runRoutingBench();
  console.log("\nHTTP benchmark");

  // Before the slow build: without a database there is nothing to measure.
  const admin = await connectAdmin(adminUrl);
  onCleanup("close the admin connection", () => admin.end({ timeout: 5 }));

  console.log("Building the app and the bare Remix page (npx remix build)…");
  await runQuietly("npx", ["remix", "build"]);
  await runQuietly("npx", ["remix", "build", BARE_REMIX_DIR]);

  const databaseUrl = await createBenchDatabase(admin, adminUrl);
  console.log(`Database: ${redact(databaseUrl)}`);

  // The app's email goes here, never to the network: a local fake of the Resend API.
  const provider = await startFakeResend();
  provider.setLatency(providerLatencyMs);
  onCleanup("stop the fake email provider", provider.close);

  const helloPort = await freePort();
  const hello = startServer("node:http hello world", ["-e", HELLO_WORLD], { PORT: String(helloPort), HOST }, helloPort);
  const barePort = await freePort();
  const bare = startServer("bare Remix page", [path.join(BARE_REMIX_DIR, "server.js")], { PORT: String(barePort), HOST, NODE_ENV: "production" }, barePort);
  const sessionSecret = randomBytes(32).toString("base64url");
  const appEnv = { ...benchAppEnv({ host: HOST, databaseUrl, sessionSecret }), RESEND_BASE_URL: provider.url };
  await waitUntilReady(hello, "/");
  await waitUntilReady(bare, "/");
  const appStarted = performance.now();
  // Started as the browser tests start it (tests/support/app-server.ts), on the bench's database.
  const app = await startApp(appEnv, { databaseUrl }).catch((error: unknown) => {
    throw new BenchError(`The app did not start: ${errorMessage(error)}`);
  });
  onCleanup("stop the app server", app.stop);
  console.log(`App ready on ${app.url} after ${((performance.now() - appStarted) / 1000).toFixed(1)} s (migrations, reference and demo data)`);
  const memory: Array<[string, number | null]> = [
    ["app: after start-up, before load", rssKiB(app.pid)],
    ["bare Remix page: after start-up", rssKiB(bare.child.pid)],
  ];

  // The back office's data and people, written by this process into the same database while the
  // app runs. The app's modules used for it (sign-in, cookie) read the same settings as the app.
  Object.assign(process.env, appEnv);
  const bench = connectBenchDatabase(databaseUrl);
  onCleanup("close the seeding connection", bench.close);
  const wsp = await signInStaff(bench.db, {
    role: "wsp",
    organisationSlug: BENCH_WSP_SLUG,
    email: "accountmanager@bench.example.org",
    name: "Bench Accountmanager",
  });
  const colleague = await signInStaff(bench.db, {
    role: "wsp",
    organisationSlug: BENCH_WSP_SLUG,
    email: "collega@bench.example.org",
    name: "Bench Collega",
  });
  const adminStaff = await signInStaff(bench.db, { role: "admin", organisationSlug: null, email: "beheer@bench.example.org", name: "Bench Beheer" });
  console.log(`Seeding ${seededRequests} requests…`);
  const seed = await seedRequests(bench.db, { count: seededRequests, owners: [wsp, colleague] });
  const share = (rows: Array<[string, number]>) => rows.map(([key, n]) => `${key} ${n}`).join(", ");
  console.log(
    `Seeded in ${seed.seconds.toFixed(1)} s (bulk inserts): ${seed.requests} requests, ${seed.employers} employers, ` +
      `${seed.assignments} assignments, ${seed.events} events, ${seed.emails} emails; ` +
      `${seed.withWorkEvents} requests with staff notes, contacts or messages.\n  regions (${seed.byRegion.length}): ${share(seed.byRegion)}\n  statuses: ${share(seed.byStatus)}`,
  );

  console.log(`Seeding the employer register (${seededEmployers} entries)…`);
  const register = await seedRegister(bench.db, { total: seededEmployers });
  console.log(
    `Seeded in ${register.seconds.toFixed(1)} s: ${register.entries} register entries (${register.fromRequests} from the requests' employers, ` +
      `${register.added} added by staff, of which ${register.duplicates} a company the region already has), ${register.inBenchRegion} in ${BENCH_WSP_SLUG}'s region; ` +
      `${register.contactLog} logged contacts, ${register.capacity} capacity lines.`,
  );

  const pageHeaders = (who: { cookie: string }) => ({ accept: "text/html", "accept-encoding": "gzip", cookie: who.cookie });
  const inboxPath = "/backoffice?status=alle";
  const later = await laterPagePath(app.url, wsp.cookie, inboxPath, LATER_PAGE);
  const registerLater = await laterPagePath(app.url, wsp.cookie, REGISTER_PATH, LATER_PAGE);
  const busiest = await busiestRequest(bench.db);
  console.log(
    `Signed in (sign-in code from the outbox): a WSP accountmanager of ${BENCH_WSP_SLUG} and an administrator. ` +
      `Later page: ${later.page} (inbox), ${registerLater.page} (register). Request page: ${busiest.reference} (${busiest.events} events, ${busiest.emails} emails).`,
  );
  // From here on, what the app writes was caused by the load.
  const outputBeforeLoad = app.output().length;

  let submissions = 0;
  const browserGet = (path: string) => [{ method: "GET" as const, path, headers: { accept: "text/html", "accept-encoding": "gzip" } }];
  const page = (label: string, name: string, base: string, path: string): Target => ({ label, name, url: `${base}${path}`, requests: browserGet(path) });
  const staffPage = (label: string, name: string, path: string, who = wsp): Target => ({
    label,
    name,
    url: `${app.url}${path}`,
    requests: [{ method: "GET", path, headers: pageHeaders(who) }],
    only2xx: true,
  });
  const helloTarget: Target = { label: "node:http", name: "node:http hello world, GET /", url: `${hello.baseUrl}/`, requests: [{ method: "GET", path: "/" }] };
  const remixTarget = page("bare Remix", "bare Remix v2 page (express + compression), GET /", bare.baseUrl, "/");
  const pageTargets = [
    page("landing", "landing page, GET /", app.url, "/"),
    page("explainer", "explainer, GET /regelingen/no-riskpolis", app.url, "/regelingen/no-riskpolis"),
    page("begrippen", "begrippenlijst, GET /regelingen/begrippen", app.url, "/regelingen/begrippen"),
    page("form", "proefplaatsing form, GET /proefplaatsing", app.url, "/proefplaatsing"),
    { label: "healthz", name: "health check (one query), GET /healthz", url: `${app.url}/healthz`, requests: [{ method: "GET" as const, path: "/healthz" }] },
  ];
  const requestPath = `/backoffice/aanvragen/${busiest.reference}`;
  const backOfficeTargets = [
    staffPage("inbox", "inbox (WSP), GET /backoffice?status=alle", inboxPath),
    staffPage("inbox later", `inbox page ${later.page} (WSP), ?status=alle&cursor=…`, later.path),
    staffPage("filtered", "inbox filtered (WSP): status new, sector detailhandel", "/backoffice?status=nieuw&sector=detailhandel"),
    staffPage("mine", "inbox filtered (WSP): mine, older than 14 days", "/backoffice?status=alle&eigenaar=mij&ouder=14"),
    staffPage("search", "inbox search (WSP): company name", "/backoffice?status=alle&zoek=bakkerij"),
    staffPage("request page", "request page (WSP), GET /backoffice/aanvragen/<ref>", requestPath),
    staffPage("figures", "figures (WSP), GET /backoffice/cijfers", "/backoffice/cijfers"),
    staffPage("register", `register (WSP), GET ${REGISTER_PATH}`, REGISTER_PATH),
    staffPage("register later", `register page ${registerLater.page} (WSP)`, registerLater.path),
    staffPage("register search", "register search (WSP): zoek=bakkerij", `${REGISTER_PATH}?zoek=bakkerij`),
    staffPage("register slapend", "register list (WSP): slapende werkgevers", `${REGISTER_PATH}?lijst=slapend`),
    staffPage("duplicates", "register duplicates (WSP), GET /backoffice/werkgevers/dubbel", `${REGISTER_PATH}/dubbel`),
  ];
  for (const target of backOfficeTargets) await expectOk(target);
  const postTarget: Target = {
    label: "POST",
    name: "proefplaatsing, POST /proefplaatsing",
    url: `${app.url}/proefplaatsing`,
    requests: [
      {
        method: "POST",
        // The URL <Form> posts to from this index route; success answers 302 to /aanvraag/ontvangen.
        path: "/proefplaatsing?index",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
        // A new body per request: an unchanged submissionKey would only find the first request again.
        setupRequest: (request: autocannon.Request) => ({ ...request, body: proefplaatsingForm(++submissions) }),
      },
    ],
  };

  console.log("Measuring the pages and the back office, alternating:");
  // The back office before the POSTs: they add requests to the WSP's region (postcode 3511), and
  // the back office should see the seeded volume, the same in every run.
  const alternating = await measureAlternating([helloTarget, remixTarget, ...pageTargets, ...backOfficeTargets], roundSeconds, rounds, connections);
  memory.push(["app: after the pages and the back office", rssKiB(app.pid)], ["bare Remix page: after its rounds", rssKiB(bare.child.pid)]);
  console.log("Measuring the CSV export and the POSTs:");
  // One export at a time, each read to its last row: a rate of whole exports says little (one
  // takes seconds), but the time per export and the app's memory while it streams do. A small
  // export (the WSP's region) beside a large one (the administrator's whole country), twice each:
  // if the export streams, the memory it takes does not grow with its rows.
  const exportPath = "/backoffice/export?status=alle";
  const exportRuns: ExportRun[] = [];
  for (let round = 1; round <= 2; round++) {
    for (const [who, label] of [
      [wsp, "the WSP's region"],
      [adminStaff, "the whole country (admin)"],
    ] as const) {
      exportRuns.push(await measureExport(`${label}, run ${round}`, `${app.url}${exportPath}`, who.cookie, app.pid));
    }
  }
  memory.push(["app: after the CSV exports", rssKiB(app.pid)]);
  const posted = await measure(postTarget, roundSeconds, rounds, connections);
  memory.push(["app: after the POSTs", rssKiB(app.pid)]);
  const measurements = [...alternating, posted];

  const loadEnded = performance.now();
  process.stdout.write("Waiting for the email outbox to drain…");
  const drainSeconds = await waitForOutboxDrain(databaseUrl, DRAIN_LIMIT_MS);
  const drainedAfter = drainSeconds === null ? null : (performance.now() - loadEnded) / 1000;
  console.log(drainedAfter === null ? ` not drained after ${DRAIN_LIMIT_MS / 1000} s` : ` done`);
  const latency = await emailLatency(databaseUrl);

  const summaryRows = await databaseSummary(databaseUrl);
  printReport({ seconds: roundSeconds, rounds, connections, note: "" }, measurements, { hello: alternating[0]!, remix: alternating[1]! }, memory);
  printExports(exportRuns);

  // JavaScript a first visit loads, per page, from each build's manifest.
  const appManifest = readManifest(path.join(ROOT, "public/build"));
  const bareManifest = readManifest(path.join(BARE_REMIX_DIR, "public/build"));
  const jsRows: Array<[string, { files: number; kib: number }]> = [
    ["bare Remix page", javaScriptKiB(path.join(BARE_REMIX_DIR, "public"), bareManifest, "routes/_index")],
    ...(
      [
        ["landing page", "routes/_index"],
        ["proefplaatsing form", "routes/proefplaatsing._index"],
        ["groepsstage form", "routes/groepsstage._index"],
        ["vraag form", "routes/vraag._index"],
        ["regelingencheck", "routes/regelingencheck"],
        ["employer's page (/werkgever/<token>)", "routes/werkgever.$token"],
        ["tracking page (/volgen/<token>)", "routes/volgen.$token"],
        ["explainer (/regelingen/<slug>)", "routes/regelingen.$slug"],
        ["back office: request page", "routes/backoffice.aanvragen.$reference"],
        ["back office: register entry", "routes/backoffice.werkgevers.$id"],
      ] as const
    ).map(([name, id]): [string, { files: number; kib: number }] => [name, javaScriptKiB(path.join(ROOT, "public"), appManifest, id)]),
  ];
  console.log("\nJavaScript on a first visit (entry, root and route chunks, gzipped)\n");
  console.log(table(["page", "files", "KiB gzipped"], jsRows.map(([name, js]) => [name, String(js.files), js.kib.toFixed(1)])));

  // Sent exceeds answered by the requests still in flight when a run stopped (at most one per
  // connection per run); the server may still store those. Fewer stored than answered would mean
  // accepted submissions were lost or merged into one another.
  const answered = posted.accepted;
  const outbox = summaryRows.outbox.map((row) => `${row.n} ${row.status}`).join(", ") || "empty";
  console.log(
    `\nDatabase after the load (warm-up included): ${submissions} POSTs sent, ${answered} answered 2xx/3xx, ` +
      `${summaryRows.requests} requests stored besides the ${seed.requests} seeded.\nEmail outbox (seeded emails left out): ${outbox}.`,
  );
  const seconds = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(1)} s`);
  console.log(
    `Email: ${latency.n} sent by the app through a local fake Resend (${providerLatencyMs} ms per answer, ` +
      `${provider.maxInFlight} at most at once); the backlog drained ${drainedAfter === null ? `not within ${DRAIN_LIMIT_MS / 1000} s` : `${drainedAfter.toFixed(1)} s`} ` +
      `after the load ended.\nEmail latency, submit → accepted by the provider: p50 ${seconds(latency.p50)}, p95 ${seconds(latency.p95)}, max ${seconds(latency.max)}.`,
  );
  if (summaryRows.requests < answered) {
    console.log(`Warning: ${answered - summaryRows.requests} accepted submissions are missing from the database.`);
  }
  // Every request page answered writes one "bekeken" line, every export one line per row plus one.
  const views = (measurements.find((m) => m.target.label === "request page")?.accepted ?? 0) + 1;
  const exports = exportRuns.length;
  const audit = summaryRows.audit.map((row) => `${row.n} ${row.action}`).join(", ") || "empty";
  console.log(
    `Audit log: ${audit} (request page views answered 200: ${views}, exports answered 200: ${exports}; ` +
      "warm-up and the checks before the load included).",
  );
  const viewed = summaryRows.audit.find((row) => row.action === "bekeken")?.n ?? 0;
  if (viewed < views) console.log(`Warning: ${views - viewed} request page views are missing from the audit log.`);
  const loadOutput = app
    .output()
    .slice(outputBeforeLoad)
    .split("\n")
    .filter((line) => line.trim());
  if (loadOutput.length) {
    console.log(`\nThe app wrote during the load; the first lines:`);
    console.log(loadOutput.slice(0, 20).map((line) => `  ${line}`).join("\n"));
  }
  if (measurements.some((m) => m.errors > 0 || m.warmupErrors > 0)) {
    console.log("\nWarning: some requests failed (see above); their numbers do not describe a healthy app.");
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof BenchError ? `\n${error.message}` : error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
