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
});
