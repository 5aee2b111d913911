import { count, countDistinct, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { resolvePlace } from "~/domain/places";
import { loadReferenceData } from "~/models/reference-data.server";
import { placesForPostcode } from "~/models/places.server";

const db = database();

describe("reference data", () => {
  it("holds the 2026 division: 35 regions, 342 municipalities, 4,074 PC4 areas", async () => {
    const [regions] = await db.select({ n: count() }).from(schema.regions);
    const [municipalities] = await db.select({ n: count() }).from(schema.municipalities);
    const [pc4] = await db.select({ n: countDistinct(schema.postcodeAreas.pc4) }).from(schema.postcodeAreas);
    const [rows] = await db.select({ n: count() }).from(schema.postcodeAreas);
    expect([regions?.n, municipalities?.n, pc4?.n, rows?.n]).toEqual([35, 342, 4074, 4096]);
  });

  it("gives every region at least one municipality and every municipality a region", async () => {
    const empty = await db
      .select({ slug: schema.regions.slug })
      .from(schema.regions)
      .leftJoin(schema.municipalities, eq(schema.municipalities.regionSlug, schema.regions.slug))
      .where(sql`${schema.municipalities.code} is null`);
    expect(empty).toEqual([]);
  });

  it.each([
    ["3511", "GM0344", "midden-utrecht"],
    ["1011", "GM0363", "groot-amsterdam"],
    ["1382", "GM0363", "groot-amsterdam"], // Weesp is part of Amsterdam since 2022
    ["9711", "GM0014", "groningen"],
    ["5211", "GM0796", "noordoost-brabant"],
  ])("finds PC4 %s in %s, region %s", async (pc4, municipality, region) => {
    const [place] = await placesForPostcode(db, pc4);
    expect(place).toMatchObject({ municipalityCode: municipality, regionSlug: region });
  });

  it("lists a PC4 that spans a border with the largest share first", async () => {
    const places = await placesForPostcode(db, "3366");
    expect(places.map((p) => p.municipalityName)).toEqual(["Molenlanden", "Sliedrecht"]);
    expect(places[0]?.share).toBeCloseTo(18 / 20);
  });

  it("knows no place for a PC4 that does not exist", async () => {
    expect(await placesForPostcode(db, "1000")).toEqual([]);
  });

  it("resolves every one of the 4,074 PC4s to exactly one of the 35 regions", async () => {
    const rows = await db
      .select({
        pc4: schema.postcodeAreas.pc4,
        municipalityCode: schema.municipalities.code,
        municipalityName: schema.municipalities.name,
        regionSlug: schema.municipalities.regionSlug,
        pc6Count: schema.postcodeAreas.pc6Count,
      })
      .from(schema.postcodeAreas)
      .innerJoin(schema.municipalities, eq(schema.municipalities.code, schema.postcodeAreas.municipalityCode))
      .orderBy(schema.postcodeAreas.pc4, sql`${schema.postcodeAreas.pc6Count} desc`);
    const byPc4 = new Map<string, typeof rows>();
    for (const row of rows) byPc4.set(row.pc4, [...(byPc4.get(row.pc4) ?? []), row]);
    const regionSlugs = new Set((await db.select({ slug: schema.regions.slug }).from(schema.regions)).map((r) => r.slug));

    const regionsReached = new Set<string>();
    let asked = 0;
    for (const [, areas] of byPc4) {
      const total = areas.reduce((n, a) => n + a.pc6Count, 0);
      const places = areas.map((a) => ({ ...a, share: a.pc6Count / total }));
      const resolution = resolvePlace(places);
      // Every answer the employer can give (or the default) lands in one known region.
      const outcomes = resolution.kind === "ask" ? resolution.options : resolution.kind === "resolved" ? [resolution.place] : [];
      if (resolution.kind === "ask") asked += 1;
      expect(outcomes.length).toBeGreaterThan(0);
      for (const place of outcomes) {
        expect(regionSlugs.has(place.regionSlug)).toBe(true);
        regionsReached.add(place.regionSlug);
      }
    }
    expect(byPc4.size).toBe(4074);
    expect(regionsReached.size).toBe(35);
    // Only the PC4s that really span a border are asked about (a handful, not the 22 with any overlap).
    expect(asked).toBeGreaterThan(0);
    expect(asked).toBeLessThan(22);
  });

  it("skips an unchanged reload", async () => {
    expect(await loadReferenceData(db)).toBe("unchanged");
  });
});
