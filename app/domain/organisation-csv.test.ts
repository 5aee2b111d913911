import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { csvDelimiter, type KnownPlaces, ORGANISATION_CSV_COLUMNS, parseOrganisationCsv } from "./organisation-csv";
import { isOrganisationWebsite, ORGANISATION_WEBSITE_RULE } from "./organisation-rules";

const places: KnownPlaces = {
  regionSlugs: new Set(["midden-utrecht", "groot-amsterdam"]),
  municipalitiesByRegion: new Map([
    ["midden-utrecht", ["GM0344", "GM0355"]],
    ["groot-amsterdam", ["GM0363"]],
  ]),
  municipalityRegion: new Map([
    ["GM0344", "midden-utrecht"],
    ["GM0355", "midden-utrecht"],
    ["GM0363", "groot-amsterdam"],
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

/** The school row with one column changed. */
function schoolWith(column: (typeof ORGANISATION_CSV_COLUMNS)[number], value: string): string {
  const cells = school.split(",");
  cells[ORGANISATION_CSV_COLUMNS.indexOf(column)] = value;
  return cells.join(",");
}

describe("the website column", () => {
  it("takes only an https address with a real host name, as the organisation form does", () => {
    for (const website of ["http://x", "http://www.school.nl", "https://x", "https://localhost", "https:www.school.nl", "www.school.nl"]) {
      const result = parseOrganisationCsv(`${header}\n${schoolWith("website", website)}`, places);
      expect(result, website).toEqual({ ok: false, errors: [{ row: 2, column: "website", message: ORGANISATION_WEBSITE_RULE }] });
    }
    for (const website of ["https://www.school.nl", "https://school.nl/stage?x=1", "HTTPS://WWW.SCHOOL.NL", ""]) {
      expect(parseOrganisationCsv(`${header}\n${schoolWith("website", website)}`, places).ok, website).toBe(true);
    }
  });

  it("says what to fill in, in Dutch", () => {
    expect(ORGANISATION_WEBSITE_RULE).toMatch(/begint met https:\/\//);
  });
});

describe("isOrganisationWebsite", () => {
  it("refuses addresses a browser would not open as a school's site", () => {
    expect(isOrganisationWebsite("https://www.school.nl")).toBe(true);
    expect(isOrganisationWebsite("https://xn--mnchen-3ya.de")).toBe(true);
    for (const bad of ["http://x", "https://x", "https://1.2.3.4", "https://.nl", "https://school..nl", "https://wie:geheim@school.nl", "https://school .nl", `https://${"a".repeat(300)}.nl`]) {
      expect(isOrganisationWebsite(bad), bad).toBe(false);
    }
  });
});

describe("the service area", () => {
  it("lies in the organisation's own region: a municipality of another region is named", () => {
    const result = parseOrganisationCsv(`${header}\n${schoolWith("werkgebied", "GM0344|GM0363")}`, places);
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          row: 2,
          column: "werkgebied",
          message: "gemeente GM0363 hoort bij regio groot-amsterdam, niet bij midden-utrecht; kies alleen gemeenten uit de eigen regio",
        },
      ],
    });
  });

  it("is not checked against a region that does not exist: that region is the error", () => {
    const result = parseOrganisationCsv(`${header}\n${schoolWith("regio", "nergens")}`, places);
    expect(result.ok ? [] : result.errors.map((e) => e.column)).toEqual(["regio"]);
  });

  it("reads a code given twice once", () => {
    const result = parseOrganisationCsv(`${header}\n${schoolWith("werkgebied", "GM0344|gm0344")}`, places);
    expect(result.ok && result.rows[0]?.serviceArea).toEqual(["GM0344"]);
  });
});

describe("the demo and example files", () => {
  // The real reference data: every demo and example school serves municipalities of its own region.
  const reference = (file: string) => parse(readFileSync(`db/reference/${file}`, "utf8"), { columns: true }) as Array<Record<string, string>>;
  const municipalities = reference("municipalities.csv");
  const realPlaces: KnownPlaces = {
    regionSlugs: new Set(reference("regions.csv").map((r) => r.slug!)),
    municipalitiesByRegion: municipalities.reduce(
      (map, m) => map.set(m.region!, [...(map.get(m.region!) ?? []), m.code!]),
      new Map<string, string[]>(),
    ),
    municipalityRegion: new Map(municipalities.map((m) => [m.code!, m.region!])),
  };

  it.each(["db/demo/organisations.csv", "db/examples/organisations.example.csv"])("%s meets every rule", (file) => {
    const result = parseOrganisationCsv(readFileSync(file, "utf8"), realPlaces);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
