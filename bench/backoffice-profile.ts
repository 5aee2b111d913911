/**
 * `node --import tsx bench/backoffice-profile.ts <seed|queries|load|profile>`: the back office as
 * the bench's WSP accountmanager sees it, on a bench database that is kept between runs, so a
 * change can be measured again in a minute instead of after a 5-minute seed.
 *
 *  - `seed`: creates the database `BENCH_KEEP_DATABASE` (default `opstap_bo_profile`) on
 *    BENCH_DATABASE_URL's server, starts the app once (migrations, reference and demo data),
 *    signs in the WSP and a colleague, seeds `BENCH_REQUESTS` requests (100,000) and the register
 *    (`BENCH_EMPLOYERS`, 20,000) as `npm run bench` does, and writes the session secret, cookie and
 *    page paths to bench/profiles/<database>.json. Run once; `drop` removes both again.
 *  - `queries`: loads each page once in this process through the built app (build/index.js of
 *    the current directory, or `BENCH_APP_DIR`) and counts the statements it sends (postgres.js
 *    `debug`), including the root's and the back-office frame's loaders; `BENCH_SHOW_QUERIES=1`
 *    prints them.
 *  - `load`: starts one app per directory in `BENCH_APPS` (`label=dir,label=dir`; default the
 *    current directory), each with its own build, all on the kept database, and loads every page
 *    with autocannon (10 connections) in alternating rounds: A B A B per page, so a busy moment on
 *    the shared machine hits both alike. Prints req/s, p50, p97.5 and p99 per app and page, the
 *    app process's CPU time per page (from /proc: what a page costs the app, which other work on
 *    the machine changes far less than the latency), and the load average.
 *  - `profile`: as `load` for the first app only, with the CPU profiler on during each page's
 *    load (bench/profile-hook.ts); prints the shares as bench/profile.ts does.
 *
 * Build each directory first (`npx remix build`). It asserts nothing; compare runs on one machine.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { freePort, startApp } from "../tests/support/app-server";
import { startFakeResend } from "../tests/support/fake-resend";
import { BENCH_WSP_SLUG, busiestRequest, connectBenchDatabase, laterPagePath, seedRegister, seedRequests, signInStaff } from "./backoffice";
import { summarise } from "./profile";
import { benchAppEnv } from "./app-env";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PROFILE_DIR = path.join(ROOT, "bench", "profiles");
const HOST = "127.0.0.1";
const ADMIN_URL = process.env.BENCH_DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";
const DB_NAME = process.env.BENCH_KEEP_DATABASE?.trim() || "opstap_bo_profile";
const STATE_FILE = path.join(PROFILE_DIR, `${DB_NAME}.json`);

interface State {
  sessionSecret: string;
  cookie: string;
  pages: Record<string, string>;
}

function databaseUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

function appEnv(sessionSecret: string): Record<string, string> {
  return benchAppEnv({ host: HOST, databaseUrl: databaseUrl(), sessionSecret });
}

async function seed() {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(DB_NAME)} with (force)`;
  await admin`create database ${admin(DB_NAME)}`;
  await admin.end({ timeout: 5 });
  const provider = await startFakeResend();
  const sessionSecret = randomBytes(32).toString("base64url");
  const env = { ...appEnv(sessionSecret), RESEND_BASE_URL: provider.url };
  const app = await startApp(env, { databaseUrl: databaseUrl() });
  Object.assign(process.env, env);
  const bench = connectBenchDatabase(databaseUrl());
  try {
    const wsp = await signInStaff(bench.db, { role: "wsp", organisationSlug: BENCH_WSP_SLUG, email: "accountmanager@bench.example.org", name: "Bench Accountmanager" });
    const colleague = await signInStaff(bench.db, { role: "wsp", organisationSlug: BENCH_WSP_SLUG, email: "collega@bench.example.org", name: "Bench Collega" });
    const count = Number(process.env.BENCH_REQUESTS ?? 100_000);
    console.log(`Seeding ${count} requests…`);
    const seeded = await seedRequests(bench.db, { count, owners: [wsp, colleague] });
    console.log(`  ${seeded.requests} requests in ${seeded.seconds.toFixed(0)} s`);
    const register = await seedRegister(bench.db, { total: Number(process.env.BENCH_EMPLOYERS ?? 20_000) });
    console.log(`  ${register.entries} register entries in ${register.seconds.toFixed(0)} s`);
    const inbox = "/backoffice?status=alle";
    const later = await laterPagePath(app.url, wsp.cookie, inbox, 10);
    const busiest = await busiestRequest(bench.db);
    const state: State = {
      sessionSecret,
      cookie: wsp.cookie,
      pages: {
        inbox,
        [`page ${later.page}`]: later.path,
        filtered: "/backoffice?status=nieuw&sector=detailhandel",
        mine: "/backoffice?status=alle&eigenaar=mij&ouder=14",
        search: "/backoffice?status=alle&zoek=bakkerij",
        "request page": `/backoffice/aanvragen/${busiest.reference}`,
      },
    };
    mkdirSync(PROFILE_DIR, { recursive: true });
    writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
    console.log(`Kept as ${DB_NAME}; state in ${path.relative(ROOT, STATE_FILE)}`);
  } finally {
    await bench.close();
    await app.stop();
    await provider.close();
  }
}

async function drop() {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(DB_NAME)} with (force)`;
  await admin.end({ timeout: 5 });
  rmSync(STATE_FILE, { force: true });
}

function readState(): State {
  if (!existsSync(STATE_FILE)) throw new Error(`no kept database: run \`node --import tsx bench/backoffice-profile.ts seed\` first (${STATE_FILE})`);
  return JSON.parse(readFileSync(STATE_FILE, "utf8")) as State;
}

/**
 * Counts the statements of one page view in this process. The app keeps its one connection on
 * globalThis (app/lib/db.server.ts), so a connection made here with postgres.js's `debug` hook,
 * put there before the build is loaded, is the one the app's loaders use.
 */
async function queries() {
  const state = readState();
  Object.assign(process.env, appEnv(state.sessionSecret), { NODE_ENV: "production" });
  const appDir = path.resolve(process.env.BENCH_APP_DIR ?? ROOT);
  let sent: string[] = [];
  const client = postgres(databaseUrl(), { max: 10, onnotice: () => {}, connection: { jit: "off" }, debug: (_c, query) => sent.push(query.replace(/\s+/g, " ").trim()) });
  const schema = await import(pathToFileURL(path.join(appDir, "db/schema.ts")).href);
  (globalThis as Record<string, unknown>).__opstapConnection = {
    db: drizzle(client, { schema }),
    driver: "postgres",
    migrate: async () => {},
    close: () => client.end({ timeout: 5 }),
  };
  const { createRequestHandler } = await import("@remix-run/node");
  const build = await import(pathToFileURL(path.join(appDir, "build/index.js")).href);
  const handler = createRequestHandler(build, "production");
  const show = process.env.BENCH_SHOW_QUERIES === "1";
  for (const [name, pagePath] of Object.entries(state.pages)) {
    // Twice: the first view may fill caches (installation details); the second is the steady state.
    for (const round of [1, 2]) {
      sent = [];
      const response = await handler(new Request(`http://${HOST}${pagePath}`, { headers: { cookie: state.cookie, accept: "text/html" } }), { cspNonce: "x", clientIp: "127.0.0.1" });
      await response.text();
      if (round === 2) {
        console.log(`${name.padEnd(14)} ${response.status}  ${sent.length} statements`);
        if (show) for (const q of sent) console.log(`    ${q.slice(0, 220)}`);
      }
    }
  }
  await client.end({ timeout: 5 });
}

interface RunningApp {
  label: string;
  url: string;
  child: ChildProcess;
}

async function startAt(label: string, dir: string, state: State, providerUrl: string, profileFile?: string): Promise<RunningApp> {
  const port = await freePort();
  const args = ["--import", "tsx", ...(profileFile ? ["--import", path.join(ROOT, "bench/profile-hook.ts")] : []), "scripts/server.ts"];
  const child = spawn(process.execPath, args, {
    cwd: dir,
    env: { ...process.env, ...appEnv(state.sessionSecret), NODE_ENV: "production", PORT: String(port), RESEND_BASE_URL: providerUrl, ...(profileFile ? { PROFILE_FILE: profileFile } : {}) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${label} exited before it was ready`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${label} was not ready in 180 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { label, url, child };
}

/** User and system CPU seconds of a process so far (Linux: /proc/<pid>/stat, in clock ticks of 1/100 s). */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // After "pid (comm) ", utime and stime are the 12th and 13th fields.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function stop(app: RunningApp) {
  if (app.child.exitCode !== null) return;
  const exited = new Promise((r) => app.child.once("exit", r));
  app.child.kill("SIGTERM");
  await exited;
}

function cannon(url: string, pagePath: string, cookie: string, duration: number): Promise<autocannon.Result> {
  return new Promise((resolve, reject) =>
    autocannon(
      { url, connections: 10, duration, requests: [{ method: "GET", path: pagePath, headers: { cookie, accept: "text/html", "accept-encoding": "gzip" } }] },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

async function load(profile: boolean) {
  const state = readState();
  const apps = (process.env.BENCH_APPS ?? `app=${ROOT}`).split(",").map((pair) => {
    const [label, dir] = pair.split("=");
    return { label: label!, dir: path.resolve(dir!) };
  });
  const only = process.env.BENCH_PAGES?.split(",");
  const pages = Object.entries(state.pages).filter(([name]) => !only || only.includes(name));
  const duration = Number(process.env.BENCH_DURATION ?? 4);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
  const provider = await startFakeResend();
  try {
    if (profile) {
      const { label, dir } = apps[0]!;
      for (const [name, pagePath] of pages) {
        const outDir = path.join(PROFILE_DIR, `backoffice-${name.replace(/\W+/g, "-")}`);
        rmSync(outDir, { recursive: true, force: true });
        mkdirSync(outDir, { recursive: true });
        const app = await startAt(label, dir, state, provider.url, path.join(outDir, "profile.cpuprofile"));
        try {
          await cannon(app.url, pagePath, state.cookie, 2);
          app.child.kill("SIGUSR2");
          const result = await cannon(app.url, pagePath, state.cookie, duration);
          app.child.kill("SIGUSR2");
          const deadline = Date.now() + 30_000;
          while (!readdirSync(outDir).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
          console.log(`\n${name} ${pagePath}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, non-2xx ${result.non2xx}; load ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
        } finally {
          await stop(app);
        }
        summarise(path.join(outDir, "profile.cpuprofile"), 25);
      }
      return;
    }
    const running: RunningApp[] = [];
    try {
      for (const { label, dir } of apps) running.push(await startAt(label, dir, state, provider.url));
      const results = new Map<string, autocannon.Result[]>();
      // CPU seconds the app process used per window: what a page costs the app, which a busy
      // machine changes far less than it changes the latency.
      const cpu = new Map<string, number>();
      for (const app of running) for (const [, pagePath] of pages) await cannon(app.url, pagePath, state.cookie, 1);
      for (let round = 0; round < rounds; round++) {
        for (const [name, pagePath] of pages) {
          for (const app of round % 2 ? [...running].reverse() : running) {
            const before = cpuSeconds(app.child.pid);
            const result = await cannon(app.url, pagePath, state.cookie, duration);
            const key = `${name}\t${app.label}`;
            cpu.set(key, (cpu.get(key) ?? 0) + cpuSeconds(app.child.pid) - before);
            results.set(key, [...(results.get(key) ?? []), result]);
          }
        }
      }
      console.log(`\n${rounds} rounds × ${duration} s per page and app, 10 connections; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
      console.log("| page | app | req/s | p50 ms | p97.5 ms | p99 ms | app CPU ms per page | non-2xx |");
      console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
      for (const [key, list] of results) {
        const [name, label] = key.split("\t");
        const total = list.reduce((sum, r) => sum + r.requests.total, 0);
        const seconds = list.reduce((sum, r) => sum + r.duration, 0);
        const p50 = list.map((r) => r.latency.p50).sort((a, b) => a - b)[Math.floor(list.length / 2)];
        const worst = (f: (r: autocannon.Result) => number) => Math.max(...list.map(f));
        const bad = list.reduce((sum, r) => sum + r.non2xx, 0);
        const cpuMs = total ? ((cpu.get(key) ?? 0) * 1000) / total : 0;
        console.log(`| ${name} | ${label} | ${(total / seconds).toFixed(0)} | ${p50} | ${worst((r) => r.latency.p97_5)} | ${worst((r) => r.latency.p99)} | ${cpuMs.toFixed(1)} | ${bad} |`);
      }
    } finally {
      for (const app of running) await stop(app);
    }
  } finally {
    await provider.close();
  }
}

const mode = process.argv[2];
if (mode === "seed") await seed();
else if (mode === "drop") await drop();
else if (mode === "queries") await queries();
else if (mode === "load") await load(false);
else if (mode === "profile") await load(true);
else throw new Error("usage: bench/backoffice-profile.ts seed|queries|load|profile|drop");
