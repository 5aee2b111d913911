/**
 * `npm run orgs:import -- <bestand.csv>`: loads schools and WSPs from an organisations CSV, or
 * updates them by slug. The columns are those of app/domain/organisation-csv.ts; an example is in
 * db/examples/. Migrations and reference data come first (never demo data). Every row is checked
 * before anything is written, so one bad row means nothing is imported.
 *
 * Exit codes: 0 imported, 1 the file has errors or the import failed, 2 wrong usage.
 */
import "./load-dotenv";
import { statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { type CsvRowError } from "~/domain/organisation-csv";

const USAGE = [
  "Gebruik: npm run orgs:import -- <bestand.csv>",
  "Laadt scholen en werkgeversservicepunten uit een CSV, of werkt ze bij (op slug).",
  "Voorbeeld van het bestand: db/examples/organisations.example.csv",
  "Let op: met de standaarddatabase (PGlite, zonder DATABASE_URL) mag de app-server niet tegelijk draaien.",
].join("\n");

function formatCsvError(error: CsvRowError): string {
  const where = [error.row > 0 ? `rij ${error.row}` : "", error.column ? `kolom ${error.column}` : ""]
    .filter(Boolean)
    .join(", ");
  return where ? `${where}: ${error.message}` : error.message;
}

function organisaties(n: number): string {
  return `${n} ${n === 1 ? "organisatie" : "organisaties"}`;
}

/** The CSV path, relative to where `npm run` was started (npm itself runs in the project root). */
function csvPath(argument: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), argument);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

async function main(args: string[]): Promise<number> {
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
    console.log(USAGE);
    return 0;
  }
  const [argument] = args;
  if (args.length !== 1 || !argument) {
    console.error(args.length === 0 ? "Geef het CSV-bestand op." : "Geef precies één CSV-bestand op.");
    console.error(USAGE);
    return 2;
  }
  const file = csvPath(argument);
  if (!isFile(file)) {
    console.error(`Bestand niet gevonden: ${file}`);
    console.error(USAGE);
    return 2;
  }

  // Loaded only now, so a usage error answers at once instead of after loading the drivers.
  const [{ closeDatabase, database, migrateDatabase }, { importOrganisationsCsv }, { loadReferenceData }] =
    await Promise.all([
      import("~/lib/db.server"),
      import("~/models/organisations.server"),
      import("~/models/reference-data.server"),
    ]);
  try {
    const text = await readFile(file, "utf8");
    const db = database();
    await migrateDatabase();
    await loadReferenceData(db);
    const result = await importOrganisationsCsv(db, text);
    if (!result.ok) {
      const n = result.errors.length;
      console.error(`${path.basename(file)} bevat ${n} ${n === 1 ? "fout" : "fouten"}:`);
      for (const error of result.errors) console.error(formatCsvError(error));
      console.error("Er is niets geïmporteerd. Verbeter het bestand en probeer het opnieuw.");
      return 1;
    }
    const { created, updated } = result;
    console.log(`${organisaties(created + updated)} geïmporteerd: ${created} nieuw, ${updated} bijgewerkt.`);
    return 0;
  } catch (error) {
    console.error(`Importeren mislukt: ${error instanceof Error ? error.message : String(error)}`);
    console.error("Er is niets geïmporteerd.");
    return 1;
  } finally {
    await closeDatabase();
  }
}

process.exitCode = await main(process.argv.slice(2));
