import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ORGANISATION_CSV_COLUMNS } from "~/domain/organisation-csv";
import { database, schema } from "~/lib/db.server";
import { importOrganisationsCsv } from "~/models/organisations.server";

const db = database();
const header = ORGANISATION_CSV_COLUMNS.join(",");

describe("organisations CSV import", () => {
  it("creates new schools and updates existing ones by slug, with their service area", async () => {
    const csv = [
      header,
      "pro-nieuw-utrecht,school,Praktijkschool Nieuw (test),midden-utrecht,pro,horeca,ja,nee,,,10,GM0344|GM0356,nieuw@example.org,,,ja",
      "pro-de-brug-utrecht,school,Praktijkschool De Brug (hernoemd),midden-utrecht,pro,,ja,ja,5,10,40,GM0344,brug@example.org,,,nee",
    ].join("\n");
    expect(await importOrganisationsCsv(db, csv)).toEqual({ ok: true, created: 1, updated: 1 });

    const [brug] = await db.select().from(schema.organisations).where(eq(schema.organisations.slug, "pro-de-brug-utrecht"));
    expect(brug).toMatchObject({ name: "Praktijkschool De Brug (hernoemd)", active: false, sectors: [] });
    const area = await db
      .select({ code: schema.organisationServiceAreas.municipalityCode })
      .from(schema.organisationServiceAreas)
      .where(eq(schema.organisationServiceAreas.organisationId, brug!.id));
    expect(area.map((a) => a.code)).toEqual(["GM0344"]);
  });

  it("imports nothing when one row is wrong, and numbers the errors by row", async () => {
    const [before] = await db.select({ n: count() }).from(schema.organisations);
    const csv = [
      header,
      "pro-goed,school,Goede school,midden-utrecht,pro,,ja,nee,,,10,GM0344,goed@example.org,,,ja",
      "pro-fout,school,Foute school,nergens,pro,,ja,nee,,,10,GM0000,geen-email,,,misschien",
    ].join("\n");
    const result = await importOrganisationsCsv(db, csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.every((e) => e.row === 3)).toBe(true);
    expect(result.errors.map((e) => e.column).sort()).toEqual(["actief", "email", "regio", "werkgebied"]);
    const [after] = await db.select({ n: count() }).from(schema.organisations);
    expect(after?.n).toBe(before?.n);
    const goed = await db.select().from(schema.organisations).where(eq(schema.organisations.slug, "pro-goed"));
    expect(goed).toEqual([]);
  });

  it("refuses a school that serves a municipality of another region, naming the code", async () => {
    const csv = [
      header,
      "pro-grens-utrecht,school,Grensschool (test),midden-utrecht,pro,,ja,nee,,,10,GM0344|GM0363,grens@example.org,,,ja",
    ].join("\n");
    const result = await importOrganisationsCsv(db, csv);
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

  it("refuses a website that is not https, in Dutch", async () => {
    const csv = [header, "pro-http,school,Http school,midden-utrecht,pro,,ja,nee,,,10,GM0344,http@example.org,,http://x,ja"].join("\n");
    expect(await importOrganisationsCsv(db, csv)).toEqual({
      ok: false,
      errors: [{ row: 2, column: "website", message: "vul een webadres in dat begint met https://, zoals https://www.school.nl" }],
    });
  });

  it("imports the demo and example files again without a problem", async () => {
    const [demoCount] = await db.select({ n: count() }).from(schema.organisations);
    const demo = await importOrganisationsCsv(db, readFileSync("db/demo/organisations.csv", "utf8"));
    expect(demo).toMatchObject({ ok: true, created: 0 });
    const example = await importOrganisationsCsv(db, readFileSync("db/examples/organisations.example.csv", "utf8"));
    expect(example).toEqual({ ok: true, created: 4, updated: 0 });
    const [after] = await db.select({ n: count() }).from(schema.organisations);
    expect(after?.n).toBe(demoCount!.n + 4);
  });
});
