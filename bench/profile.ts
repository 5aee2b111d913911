/**
 * `node --import tsx bench/profile.ts [target…]`: where the app server's CPU time goes under load.
 *
 * Builds nothing (run `npx remix build` first). Creates a fresh database on BENCH_DATABASE_URL's
 * server, starts scripts/server.ts (NODE_ENV=production), loads one
 * target at a time with autocannon (10 connections, BENCH_DURATION seconds, default 8) with the
 * CPU profiler on during the load only (bench/profile-hook.ts), and prints for each target: self time per package or app
 * module, the inclusive time of the layers docs/performance.md talks about (rendering, helmet,
 * compression, the body check, the database driver), and the hottest functions. The raw
 * .cpuprofile files stay in bench/profiles/ (open them in Chrome DevTools → Performance).
 *
 * Targets: landing, explainer, begrippen, form, post, healthz. Default: all of them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import autocannon from "autocannon";
import postgres from "postgres";
import { freePort } from "../tests/support/app-server";
import { startFakeResend } from "../tests/support/fake-resend";
import { benchAppEnv } from "./app-env";
import { proefplaatsingBody } from "./proefplaatsing-form";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PROFILE_DIR = path.join(ROOT, "bench", "profiles");
const HOST = "127.0.0.1";

interface Target {
  path: string;
  method?: "GET" | "POST";
  body?: () => string;
}

function proefplaatsingForm(): string {
  const n = randomUUID();
  return proefplaatsingBody({ companyName: `Profielbakkerij ${n.slice(0, 6)}`, email: `profiel+${n}@example.org`, submissionKey: n });
}

const TARGETS: Record<string, Target> = {
  landing: { path: "/" },
  explainer: { path: "/regelingen/no-riskpolis" },
  begrippen: { path: "/regelingen/begrippen" },
  form: { path: "/proefplaatsing" },
  healthz: { path: "/healthz" },
  post: { path: "/proefplaatsing?index", method: "POST", body: proefplaatsingForm },
};

/** Layers whose inclusive time is reported: a frame matches on its function name and its file. */
const LAYERS: Array<[string, (fn: string, url: string) => boolean]> = [
  ["React server render (react-dom/server)", (_fn, url) => url.includes("react-dom/cjs/react-dom-server")],
  ["Remix request handler", (fn, url) => url.includes("@remix-run/server-runtime") && /^(requestHandler|handleDocumentRequest|handleSingleFetchRequest)/.test(fn)],
  ["helmet", (_fn, url) => url.includes("/helmet/")],
  ["compression (zlib included)", (_fn, url) => url.includes("/compression/")],
  ["postgres.js driver", (_fn, url) => url.includes("/postgres/")],
  ["drizzle-orm", (_fn, url) => url.includes("/drizzle-orm/")],
  ["zod", (_fn, url) => url.includes("/zod/")],
  ["react-email render", (_fn, url) => url.includes("@react-email")],
  ["garbage collection", (fn) => fn === "(garbage collector)"],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function bucketOf(url: string, fn: string): string {
  if (!url) return fn.startsWith("(") ? fn : "(native/V8)";
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0]}`;
  if (url.startsWith("file:")) return path.relative(ROOT, fileURLToPath(url));
  if (url.startsWith("/")) return path.relative(ROOT, url);
  return url.split("/")[0] ?? url;
}

export function summarise(file: string, topN = 15) {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Time per sample from the deltas: hitCount alone ignores the sampling jitter.
  // The profiler's own work (serialising the profile when it stops) is not the app's.
  const ownWork = new Set<number>();
  const markOwn = (node: ProfileNode, inside: boolean) => {
    const own = inside || node.callFrame.url === "node:inspector";
    if (own) ownWork.add(node.id);
    for (const id of node.children ?? []) markOwn(byId.get(id)!, own);
  };
  markOwn(profile.nodes[0]!, false);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    if (!ownWork.has(id)) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const idle = [...selfUs].filter(([id]) => byId.get(id)?.callFrame.functionName === "(idle)").reduce((a, [, us]) => a + us, 0);
  const busy = total - idle;

  const buckets = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === "(idle)") continue;
    const bucket = bucketOf(url, functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + us);
    const key = `${functionName || "(anonymous)"} ${bucket}:${lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }

  // Inclusive time: a matching frame counts its whole subtree once (not again below itself).
  const inclusive = new Map<string, number>();
  const subtree = (node: ProfileNode): number =>
    (selfUs.get(node.id) ?? 0) + (node.children ?? []).reduce((sum, id) => sum + subtree(byId.get(id)!), 0);
  const walk = (node: ProfileNode, inside: Set<string>) => {
    const { functionName, url } = node.callFrame;
    const entered = new Set(inside);
    for (const [name, matches] of LAYERS) {
      if (!inside.has(name) && matches(functionName, url)) {
        inclusive.set(name, (inclusive.get(name) ?? 0) + subtree(node));
        entered.add(name);
      }
    }
    for (const id of node.children ?? []) walk(byId.get(id)!, entered);
  };
  walk(profile.nodes[0]!, new Set());

  const pct = (us: number) => `${((us / busy) * 100).toFixed(1).padStart(5)} %`;
  const top = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, topN);
  console.log(`  busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s sampled (the rest idle)`);
  console.log("  self time by package or module:");
  for (const [name, us] of top(buckets)) console.log(`    ${pct(us)}  ${name}`);
  console.log("  inclusive time of layers:");
  for (const [name] of LAYERS) console.log(`    ${pct(inclusive.get(name) ?? 0)}  ${name}`);
  console.log("  hottest functions (self):");
  for (const [name, us] of top(functions)) console.log(`    ${pct(us)}  ${name}`);
}

async function waitForHealth(url: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("the app exited before it was ready");
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the app did not become ready in 120 s");
}

async function profileTarget(name: string, target: Target, databaseUrl: string, providerUrl: string, duration: number) {
  const port = await freePort();
  const dir = path.join(PROFILE_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./bench/profile-hook.ts", "scripts/server.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...benchAppEnv({ host: HOST, databaseUrl }),
      NODE_ENV: "production",
      PORT: String(port),
      RESEND_BASE_URL: providerUrl,
      PROFILE_FILE: path.join(dir, `${name}.cpuprofile`),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://${HOST}:${port}`;
  try {
    await waitForHealth(url, child);
    const request: autocannon.Request = {
      method: target.method ?? "GET",
      path: target.path,
      headers: {
        accept: "text/html",
        "accept-encoding": "gzip",
        ...(target.method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(target.body ? { setupRequest: (r: autocannon.Request) => ({ ...r, body: target.body!() }) } : {}),
    };
    child.kill("SIGUSR2");
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ url, connections: 10, duration, requests: [request] }, (error, r) => (error ? reject(error) : resolve(r))),
    );
    const bad = result.non2xx - (target.method === "POST" ? result["3xx"] : 0);
    console.log(`\n${name} ${target.method ?? "GET"} ${target.path}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${bad ? `, ${bad} unexpected statuses` : ""}`);
    // The hook answers the second signal by writing the profile; give it a moment on a busy machine.
    child.kill("SIGUSR2");
    const deadline = Date.now() + 30_000;
    while (!readdirSync(dir).some((f) => f.endsWith(".cpuprofile")) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await exited;
  }
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
  if (!file) throw new Error(`no profile written in ${dir}`);
  summarise(path.join(dir, file));
}

async function main() {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(TARGETS);
  for (const name of names) if (!TARGETS[name]) throw new Error(`unknown target ${name}; known: ${Object.keys(TARGETS).join(", ")}`);
  const duration = Number(process.env.BENCH_DURATION ?? 8);
  const adminUrl = process.env.BENCH_DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const dbName = `opstap_profile_${Date.now()}`;
  await admin`create database ${admin(dbName)}`;
  const provider = await startFakeResend();
  try {
    const databaseUrl = new URL(adminUrl);
    databaseUrl.pathname = `/${dbName}`;
    for (const name of names) await profileTarget(name, TARGETS[name]!, databaseUrl.toString(), provider.url, duration);
  } finally {
    await provider.close();
    await admin`drop database if exists ${admin(dbName)} with (force)`;
    await admin.end({ timeout: 5 });
  }
}

// Only when run as a script: bench/backoffice-profile.ts imports `summarise`.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
