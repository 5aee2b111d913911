/**
 * Converts the source files in ../shared/data (CBS "Gebieden in Nederland 2026" and the PDOK
 * PC4 → gemeente counts) into Opstap's own compact reference files under db/reference.
 * Run once a year after the municipal division changes (see db/README.md).
 *
 *   npm run data:reference -- [path/to/shared/data]
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { regionSlug } from "../app/domain/regions";

const sourceDir = path.resolve(process.argv[2] ?? "../shared/data");
const outDir = path.resolve("db/reference");

// PDOK writes some municipality names shorter than CBS does (see shared/data/SOURCES.md).
const PDOK_TO_CBS: Record<string, string> = {
  Beek: "Beek (L.)",
  "Bergen (L)": "Bergen (L.)",
  "Bergen (NH)": "Bergen (NH.)",
  "Hengelo (O)": "Hengelo (O.)",
  Laren: "Laren (NH.)",
  Middelburg: "Middelburg (Z.)",
  Rijswijk: "Rijswijk (ZH.)",
  Stein: "Stein (L.)",
};

const amr = JSON.parse(readFileSync(path.join(sourceDir, "arbeidsmarktregio_gemeente.json"), "utf8")) as {
  _bron: { tabel: string; titel: string; opgehaald: string };
  gemeenten: Record<string, string>;
};
const pc4 = JSON.parse(readFileSync(path.join(sourceDir, "pc4_gemeenten.json"), "utf8")) as {
  versie: string;
  pc4: Record<string, Record<string, number>>;
};
const coropRows = parse(readFileSync(path.join(sourceDir, "corop.generated.csv"), "utf8"), {
  columns: true,
  skip_empty_lines: true,
}) as Array<{ Gemeentecode: string; Gemeente: string }>;

const nameByCode = new Map<string, string>();
for (const row of coropRows) nameByCode.set(`GM${row.Gemeentecode}`, row.Gemeente);
const codeByName = new Map([...nameByCode].map(([code, name]) => [name, code]));

const regionNames = [...new Set(Object.values(amr.gemeenten))].sort((a, b) => a.localeCompare(b, "nl"));
const municipalities = Object.entries(amr.gemeenten)
  .map(([digits, regionName]) => {
    const code = `GM${digits}`;
    const name = nameByCode.get(code);
    if (!name) throw new Error(`Gemeentecode ${code} ontbreekt in corop.generated.csv`);
    return { code, name, region: regionSlug(regionName) };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

const pc4Rows: Array<[string, string, number]> = [];
for (const [postcode, counts] of Object.entries(pc4.pc4).sort(([a], [b]) => a.localeCompare(b))) {
  for (const [pdokName, count] of Object.entries(counts).sort(([, a], [, b]) => b - a)) {
    const cbsName = PDOK_TO_CBS[pdokName] ?? pdokName;
    const code = codeByName.get(cbsName);
    if (!code) throw new Error(`PC4 ${postcode}: gemeente "${pdokName}" niet gevonden`);
    pc4Rows.push([postcode, code, count]);
  }
}

const writeCsv = (file: string, header: string[], rows: Array<Array<string | number>>) =>
  writeFileSync(path.join(outDir, file), stringify([header, ...rows]));
writeCsv("regions.csv", ["slug", "name"], regionNames.map((n) => [regionSlug(n), n]));
writeCsv("municipalities.csv", ["code", "name", "region"], municipalities.map((m) => [m.code, m.name, m.region]));
writeCsv("pc4.csv", ["pc4", "municipality", "pc6_count"], pc4Rows);
writeFileSync(
  path.join(outDir, "meta.json"),
  JSON.stringify(
    {
      division: 2026,
      regions: { source: `CBS ${amr._bron.tabel} "${amr._bron.titel}"`, retrieved: amr._bron.opgehaald },
      postcodes: { source: "PDOK Locatieserver (BAG), PC6 counts per PC4 and gemeente", version: pc4.versie },
      counts: {
        regions: regionNames.length,
        municipalities: municipalities.length,
        pc4: Object.keys(pc4.pc4).length,
        pc4Rows: pc4Rows.length,
      },
    },
    null,
    2,
  ) + "\n",
);
console.log(
  `regions ${regionNames.length}, municipalities ${municipalities.length}, pc4 ${Object.keys(pc4.pc4).length} (${pc4Rows.length} rows)`,
);
