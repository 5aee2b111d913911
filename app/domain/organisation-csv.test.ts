import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { csvDelimiter, type KnownPlaces, ORGANISATION_CSV_COLUMNS, parseOrganisationCsv } from "./organisation-csv";

const places: KnownPlaces = {
  regionSlugs: new Set(["midden-utrecht"]),
  municipalitiesByRegion: new Map([["midden-utrecht", ["GM0344", "GM0355"]]]),
  municipalityRegion: new Map([
    ["GM0344", "midden-utrecht"],
    ["GM0355", "midden-utrecht"],
  ]),
};
const header = ORGANISATION_CSV_COLUMNS.join(",");
const school = "pro-a,school,School A,midden-utrecht,pro,horeca|groen,ja,ja,5,10,40,GM0344,a@example.org,030 1234567,https://a.example.org,ja";

describe("parseOrganisationCsv", () => {
  it("reads a school row", () => {
    const result = parseOrganisationCsv(`${header}\n${school}\n`, places);
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          slug: "pro-a",
          kind: "school",
          name: "School A",
          regionSlug: "midden-utrecht",
          schoolType: "pro",
          sectors: ["horeca", "groen"],
          takesProefplaatsing: true,
          offersGroepsstage: true,
          groepsstageMinSize: 5,
          groepsstageMaxSize: 10,
          capacityPerSchoolYear: 40,
          serviceArea: ["GM0344"],
          contactEmail: "a@example.org",
          contactPhone: "030 1234567",
          website: "https://a.example.org",
          active: true,
        },
      ],
    });
  });

  it('expands "regio" to every municipality of the region', () => {
    const result = parseOrganisationCsv(`${header}\nwsp-mu,wsp,WSP,midden-utrecht,,,nee,nee,,,,regio,w@example.org,,,ja`, places);
    expect(result.ok && result.rows[0]?.serviceArea).toEqual(["GM0344", "GM0355"]);
  });

  it("accepts a file saved by Excel with a byte order mark", () => {
    expect(parseOrganisationCsv(`\uFEFF${header}\n${school}`, places).ok).toBe(true);
  });

  it("reports every problem with its row and column, in Dutch", () => {
    const bad = "pro-a,school,School B,ergens,,vis,ja,ja,10,5,veel,GM0344|GM9999,geen-mail,,ftp://x,ja";
    const result = parseOrganisationCsv(`${header}\n${school}\n${bad}`, places);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.every((e) => e.row === 3)).toBe(true);
    // The unknown region and municipality are reported together with the malformed columns.
    expect(result.errors.map((e) => e.column).sort()).toEqual([
      "capaciteit",
      "email",
      "regio",
      "sectoren",
      "slug",
      "website",
      "werkgebied",
    ]);
  });

  it("reports cross-field problems once the row is well-formed", () => {
    const bad = "pro-a,school,School B,ergens,,,ja,ja,10,5,1,GM0344|GM9999,b@example.org,,,ja";
    const result = parseOrganisationCsv(`${header}\n${school}\n${bad}`, places);
    expect(result.ok ? [] : result.errors.map((e) => `${e.row}:${e.column}`).sort()).toEqual([
      "3:groep_max",
      "3:regio",
      "3:schooltype",
      "3:slug",
      "3:werkgebied",
    ]);
  });

  it("refuses a file with the wrong header or without rows", () => {
    expect(parseOrganisationCsv("naam,email\nX,x@example.org", places)).toMatchObject({ ok: false, errors: [{ row: 1 }] });
    expect(parseOrganisationCsv(`${header}\n`, places)).toMatchObject({ ok: false, errors: [{ row: 2 }] });
  });
});

describe("a file that is not text", () => {
  it("is refused with a Dutch message instead of reaching the database", () => {
    const result = parseOrganisationCsv("slug,soort\u0000,naam", { regionSlugs: new Set(), municipalitiesByRegion: new Map(), municipalityRegion: new Map() });
    expect(result).toEqual({ ok: false, errors: [{ row: 0, message: "Dit is geen tekstbestand. Sla het bestand op als CSV en probeer het opnieuw." }] });
  });
});

describe("files from Dutch Excel and broken files", () => {
  it("reads a file with ';' between the columns, as Dutch Excel saves it", () => {
    const good = readFileSync("db/examples/organisations.example.csv", "utf8");
    const semicolons = good
      .split("\n")
      .map((line) => line.replaceAll(",", ";"))
      .join("\n");
    expect(csvDelimiter(semicolons)).toBe(";");
    expect(csvDelimiter(good)).toBe(",");
    const dutchExcel = `\uFEFF${header.replaceAll(",", ";")}\r\n${school.replaceAll(",", ";")}\r\n`;
    expect(parseOrganisationCsv(dutchExcel, places)).toEqual(parseOrganisationCsv(`${header}\n${school}\n`, places));
  });

  it("explains a quote that is not closed in Dutch, with the line", () => {
    const result = parseOrganisationCsv(`${header}\nwsp-x,wsp,"Niet afgesloten\n`, places);
    expect(result.ok).toBe(false);
    const message = (result as { errors: Array<{ message: string }> }).errors[0]!.message;
    expect(message).toMatch(/^Een aanhalingsteken \("\) staat niet goed \(rond regel \d+\)/);
    expect(message).not.toMatch(/Quote|parsing/);
  });
});
