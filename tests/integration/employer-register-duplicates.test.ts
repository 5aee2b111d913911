/**
 * The register's possible duplicates, found in the database (`registerDuplicates`): the rules of
 * `duplicateReasons` (same KvK number, same company mail domain, same name and a shared postcode)
 * as joins, within one region, without pairs staff kept apart or erased entries. PGlite here,
 * PostgreSQL with TEST_DATABASE_URL.
 */
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { placesForPostcode } from "~/models/places.server";
import { eraseEntry, insertEntry } from "~/models/register-entries.server";
import { keepApart, registerDuplicates } from "~/models/register-merge.server";
import { addStaffMember } from "../support/staff";

const db = database();
const wsp = await addStaffMember(db, "wsp", "wsp-midden-utrecht");
const wspElsewhere = await addStaffMember(db, "wsp", "wsp-groot-amsterdam");
const admin = await addStaffMember(db, "admin", null);
const now = new Date("2026-11-02T09:00:00Z");

async function add(companyName: string, options: { kvk?: string; email?: string | null; pc4?: string } = {}) {
  const [place] = await placesForPostcode(db, options.pc4 ?? "3511");
  // Pipelined inside (insertEntry takes a transaction), as every caller in the app runs it.
  return db.transaction((tx) =>
    insertEntry(
      tx,
      {
        regionSlug: place!.regionSlug,
        companyName,
        kvkNumber: options.kvk ?? null,
        sectors: [],
        offers: [],
        source: "toegevoegd",
        addedByOrganisationId: null,
        locations: [{ postcode: place!.pc4, municipalityCode: place!.municipalityCode }],
        contacts: [{ name: "Contact", email: options.email === undefined ? null : options.email, phone: null }],
        lastContactAt: null,
      },
      now,
    ),
  );
}

const pairOf = (pairs: Awaited<ReturnType<typeof registerDuplicates>>, a: string, b: string) =>
  pairs.find((p) => [p.first.id, p.second.id].sort().join() === [a, b].sort().join());

describe("possible duplicates in the register", () => {
  it("pairs by KvK number and mail domain, and by name with a shared postcode, each pair once with the smaller id first", async () => {
    const zon = await add("Bakkerij Zon", { kvk: "12345678", email: "info@bakkerij-zon.nl" });
    const zonBv = await add("Zon Brood B.V.", { kvk: "12345678", email: "Piet@Bakkerij-Zon.nl" });
    const garage = await add("Garage Oost", { pc4: "3511" });
    const garageAgain = await add("GARAGE OOST B.V.", { pc4: "3511" });
    const garageElsewhere = await add("Garage Oost", { pc4: "3512" });

    const pairs = await registerDuplicates(db, wsp);
    const byKvk = pairOf(pairs, zon, zonBv);
    expect(byKvk?.reasons).toEqual(["zelfde KvK-nummer", "zelfde e-maildomein"]);
    expect(byKvk!.first.id < byKvk!.second.id).toBe(true);
    expect(byKvk!.first.kvkNumber).toBe("12345678");
    expect(pairOf(pairs, garage, garageAgain)?.reasons).toEqual(["zelfde naam en postcode"]);
    expect(pairOf(pairs, garage, garageElsewhere)).toBeUndefined();
    expect(pairs.filter((p) => pairOf([p], zon, zonBv))).toHaveLength(1);
    // The administrator sees every region; the WSP of another region none of this.
    expect(pairOf(await registerDuplicates(db, admin), zon, zonBv)).toBeDefined();
    expect(await registerDuplicates(db, wspElsewhere)).toEqual([]);
  });

  it("does not pair addresses at public mail providers, entries of two regions, pairs kept apart or erased entries", async () => {
    const first = await add("Schilder Jansen", { email: "jansen.schilder@gmail.com" });
    const second = await add("Klusbedrijf Piet", { email: "piet.klus@gmail.com" });
    expect(pairOf(await registerDuplicates(db, wsp), first, second)).toBeUndefined();

    const utrecht = await add("Drukkerij Letter", { kvk: "87654321", pc4: "3511" });
    const amsterdam = await add("Drukkerij Letter", { kvk: "87654321", pc4: "1012" });
    expect(pairOf(await registerDuplicates(db, admin), utrecht, amsterdam)).toBeUndefined();

    const a = await add("Tuin Groen", { kvk: "11112222" });
    const b = await add("Groen Tuinen", { kvk: "11112222" });
    expect(pairOf(await registerDuplicates(db, wsp), a, b)).toBeDefined();
    expect(await keepApart(db, wsp, b, a)).toEqual({ ok: true });
    expect(pairOf(await registerDuplicates(db, wsp), a, b)).toBeUndefined();

    const c = await add("Kapper Knip", { kvk: "33334444" });
    const d = await add("Knip Kappers", { kvk: "33334444" });
    await eraseEntry(db, d, now);
    expect(pairOf(await registerDuplicates(db, wsp), c, d)).toBeUndefined();
    const distinct = await db.select().from(schema.registerDistinctPairs);
    expect(distinct).toEqual([{ firstId: [a, b].sort()[0], secondId: [a, b].sort()[1] }]);
  });
});
