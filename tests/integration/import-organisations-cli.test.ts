/**
 * `npm run orgs:import`, run the way people run it: a separate process against a database of its
 * own (a fresh PGlite folder, or a fresh database on the TEST_DATABASE_URL server), never the
 * database of this test process. Each run migrates and loads reference data, so there are few.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ORGANISATION_CSV_COLUMNS } from "~/domain/organisation-csv";
import { dropDatabase, recreateDatabase, uniqueDatabaseName } from "../support/postgres-admin";

const root = path.resolve(import.meta.dirname, "../..");
const EXAMPLE = path.join(root, "db/examples/organisations.example.csv");
const header = ORGANISATION_CSV_COLUMNS.join(",");
const base = process.env.TEST_DATABASE_URL;
const databaseName = uniqueDatabaseName("opstap_cli");

let workDir = "";
let childEnv = { ...process.env };

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), "opstap-orgs-import-"));
  childEnv = { ...process.env, APP_ENV: "test", DATABASE_URL: "", PGLITE_DIR: path.join(workDir, "pglite") };
  // An empty database: the command runs the migrations itself.
  if (base) childEnv.DATABASE_URL = await recreateDatabase(base, databaseName);
});

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
  if (base) await dropDatabase(base, databaseName);
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runImport(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import-organisations.ts", ...args], {
      cwd: root,
      env: childEnv,
      timeout: 90_000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

async function csvFile(name: string, lines: string[]): Promise<string> {
  const file = path.join(workDir, name);
  await writeFile(file, `${lines.join("\n")}\n`);
  return file;
}

describe("npm run orgs:import", () => {
  it("exits 2 with the usage when the file is missing or not given", async () => {
    const none = await runImport();
    expect(none.code, none.stderr).toBe(2);
    expect(none.stderr).toContain("Gebruik: npm run orgs:import -- <bestand.csv>");
    expect(none.stderr).toContain("mag de app-server niet tegelijk draaien");

    const missing = await runImport(path.join(workDir, "bestaat-niet.csv"));
    expect(missing.code, missing.stderr).toBe(2);
    expect(missing.stderr).toContain("Bestand niet gevonden");
  });

  it("imports the example, rejects a file with a bad row whole, and updates by slug on the next run", async () => {
    const example = (await readFile(EXAMPLE, "utf8")).trim().split("\n");
    expect(example[0]).toBe(header);
    const n = example.length - 1;

    const first = await runImport(EXAMPLE);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`${n} organisaties geïmporteerd: ${n} nieuw, 0 bijgewerkt.`);

    const goodRow = "pro-alleen-in-foutbestand,school,Praktijkschool Fout (voorbeeld),midden-utrecht,pro,,ja,nee,,,10,GM0344,fout@example.org,,,ja";
    const bad = await csvFile("fout.csv", [
      header,
      goodRow,
      "pro-foute-rij,school,Foute rij (voorbeeld),midden-utrecht,pro,,ja,nee,,,10,GM0344,geen-e-mailadres,,,ja",
    ]);
    const rejected = await runImport(bad);
    expect(rejected.code, rejected.stderr).toBe(1);
    expect(rejected.stderr).toContain("rij 3, kolom email: vul een geldig e-mailadres in");
    expect(rejected.stderr).toContain("Er is niets geïmporteerd");
    expect(rejected.stdout).not.toContain("geïmporteerd:");

    // The good row of the rejected file is still new, so nothing of that file was written.
    const again = await runImport(await csvFile("opnieuw.csv", [...example, goodRow]));
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${n + 1} organisaties geïmporteerd: 1 nieuw, ${n} bijgewerkt.`);
  }, 240_000);
});
