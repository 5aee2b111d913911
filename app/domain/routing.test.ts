import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RoutingOrganisation, type RoutingPlace, type RoutingRequest, routeRequest, routeWithoutPlace, TOPICS_WITHOUT_PLACE } from "./routing";

const utrecht: RoutingPlace = {
  pc4: "3511",
  municipalityCode: "GM0344",
  municipalityName: "Utrecht",
  regionSlug: "midden-utrecht",
  regionName: "Midden-Utrecht",
};

function school(id: string, overrides: Partial<RoutingOrganisation> = {}): RoutingOrganisation {
  return {
    id,
    kind: "school",
    name: `School ${id}`,
    regionSlug: "midden-utrecht",
    schoolType: "pro",
    sectors: [],
    takesProefplaatsing: true,
    offersGroepsstage: true,
    groepsstageMinSize: 4,
    groepsstageMaxSize: 10,
    capacityPerSchoolYear: 20,
    openLoad: 0,
    active: true,
    serviceArea: new Set(["GM0344"]),
    ...overrides,
  };
}

const wsp: RoutingOrganisation = {
  ...school("wsp"),
  kind: "wsp",
  name: "WSP Midden-Utrecht",
  schoolType: null,
  capacityPerSchoolYear: null,
};

function request(overrides: Partial<RoutingRequest> = {}): RoutingRequest {
  return { kind: "proefplaatsing", sector: "horeca", tieBreakKey: "k1", ...overrides };
}

const chosen = (r: RoutingRequest, orgs: RoutingOrganisation[]) => routeRequest(r, utrecht, orgs).school?.organisationId ?? null;

describe("routeRequest: which schools are eligible", () => {
  it.each<[string, Partial<RoutingOrganisation>]>([
    ["a paused school", { active: false }],
    ["a school that does not serve the municipality", { serviceArea: new Set(["GM0355"]) }],
    ["a school in other sectors", { sectors: ["zorg-en-welzijn"] }],
    ["a full school", { openLoad: 20 }],
    ["a school that takes no proefplaatsingen", { takesProefplaatsing: false }],
  ])("passes over %s", (_, overrides) => {
    expect(chosen(request(), [wsp, school("a", overrides)])).toBeNull();
  });

  it("passes over a school that declined this request", () => {
    expect(chosen(request({ excludedSchoolIds: ["a"] }), [wsp, school("a"), school("b")])).toBe("b");
  });

  it("fits a groepsstage to the group sizes a school takes", () => {
    const small = school("small", { groepsstageMinSize: 2, groepsstageMaxSize: 5 });
    const large = school("large", { groepsstageMinSize: 6, groepsstageMaxSize: 12 });
    const none = school("none", { offersGroepsstage: false });
    expect(chosen(request({ kind: "groepsstage", groupSize: 4 }), [wsp, small, large, none])).toBe("small");
    expect(chosen(request({ kind: "groepsstage", groupSize: 12 }), [wsp, small, large, none])).toBe("large");
    expect(chosen(request({ kind: "groepsstage", groupSize: 13 }), [wsp, small, large, none])).toBeNull();
  });

  it('lets "anders" match every school', () => {
    expect(chosen(request({ sector: "anders" }), [wsp, school("a", { sectors: ["groen"] })])).toBe("a");
  });

  it("treats a school without a capacity as never full", () => {
    expect(chosen(request(), [wsp, school("a", { capacityPerSchoolYear: null, openLoad: 500 })])).toBe("a");
  });
});

describe("routeRequest: ranking", () => {
  it("prefers an exact sector match over a school for all sectors", () => {
    const all = school("all", { sectors: [] });
    const horeca = school("horeca", { sectors: ["horeca"], openLoad: 15 });
    expect(chosen(request(), [wsp, all, horeca])).toBe("horeca");
  });

  it("then prefers the school with the lowest load relative to its capacity", () => {
    const busy = school("busy", { openLoad: 10, capacityPerSchoolYear: 20 });
    const quiet = school("quiet", { openLoad: 10, capacityPerSchoolYear: 40 });
    const routed = routeRequest(request(), utrecht, [wsp, busy, quiet]);
    expect(routed.school?.organisationId).toBe("quiet");
    expect(routed.alternates.map((a) => a.organisationId)).toEqual(["busy"]);
  });
});

describe("routeRequest: questions", () => {
  it.each(["subsidies", "regelingen", "in-dienst-nemen", "no-risk", "jobcoach"] as const)(
    "sends a question about %s to the WSP",
    (topic) => {
      const routed = routeRequest(request({ kind: "vraag", topic }), utrecht, [wsp, school("a")]);
      expect(routed.handler).toBe("wsp");
      expect(routed.school).toBeNull();
      expect(routed.reasons.map((r) => r.code)).toEqual(["regio_van_postcode", "vraag_voor_wsp", "wsp_behandelt"]);
    },
  );

  it.each(["stage", "proefplaatsing", "groepsstage"] as const)("sends a question about %s to a school", (topic) => {
    expect(routeRequest(request({ kind: "vraag", topic }), utrecht, [wsp, school("a")]).handler).toBe("school");
  });

  it("sends a question about a stage to the WSP when no school fits", () => {
    const routed = routeRequest(request({ kind: "vraag", topic: "stage" }), utrecht, [wsp, school("a", { active: false })]);
    expect(routed.handler).toBe("wsp");
  });
});

describe("routeRequest: reasons in Dutch", () => {
  it("explains a school choice", () => {
    const routed = routeRequest(request(), utrecht, [wsp, school("a", { sectors: ["horeca"], name: "De Brug" }), school("b")]);
    expect(routed.reasons).toEqual([
      { code: "regio_van_postcode", text: "Postcode 3511 ligt in de gemeente Utrecht, in de arbeidsmarktregio Midden-Utrecht." },
      {
        code: "school_gekozen",
        text: "De Brug werkt in Utrecht, doet proefplaatsingen, plaatst leerlingen in de sector horeca (keuken, bediening) en heeft nog plek.",
      },
      { code: "alternatieven", text: "Als deze school niet kan, gaat uw aanvraag naar 1 andere school in de buurt." },
      { code: "wsp_op_de_hoogte", text: "WSP Midden-Utrecht is het werkgeversservicepunt van deze regio en is op de hoogte." },
    ]);
  });

  it("says when no school fits and the WSP takes over", () => {
    const routed = routeRequest(request(), utrecht, [wsp]);
    expect(routed.handler).toBe("wsp");
    expect(routed.reasons.slice(1)).toEqual([
      {
        code: "geen_school",
        text: "Er is in Utrecht nu geen school die hierbij past en plek heeft. Het werkgeversservicepunt zoekt met u verder.",
      },
      { code: "wsp_behandelt", text: "WSP Midden-Utrecht is het werkgeversservicepunt van deze regio en neemt contact met u op." },
    ]);
  });

  it("says when every school has declined", () => {
    const routed = routeRequest(request({ excludedSchoolIds: ["a"] }), utrecht, [wsp, school("a")]);
    expect(routed.reasons.map((r) => r.code)).toContain("geen_school_meer");
  });

  it("says when the region has no WSP", () => {
    const routed = routeRequest(request(), utrecht, [school("a")]);
    expect(routed.wsp).toBeNull();
    expect(routed.reasons.at(-1)?.code).toBe("geen_wsp_bekend");
  });
});

describe("routeRequest: properties", () => {
  const schoolArb = fc.record({
    id: fc.uuid(),
    active: fc.boolean(),
    sectors: fc.subarray(["horeca", "groen", "logistiek", "detailhandel"]),
    takesProefplaatsing: fc.boolean(),
    capacity: fc.option(fc.integer({ min: 1, max: 30 })),
    load: fc.integer({ min: 0, max: 35 }),
    inArea: fc.boolean(),
  });
  const stateArb = fc.uniqueArray(schoolArb, { selector: (s) => s.id, maxLength: 12 }).map((specs) =>
    specs.map((s) =>
      school(s.id, {
        active: s.active,
        sectors: s.sectors,
        takesProefplaatsing: s.takesProefplaatsing,
        capacityPerSchoolYear: s.capacity,
        openLoad: s.load,
        serviceArea: new Set(s.inArea ? ["GM0344"] : ["GM0355"]),
      }),
    ),
  );
  const requestArb = fc.record({
    sector: fc.constantFrom("horeca", "groen", "logistiek", "detailhandel", "anders"),
    tieBreakKey: fc.string(),
  });

  it("gives the same decision for the same state", () => {
    fc.assert(
      fc.property(stateArb, requestArb, (schools, r) => {
        const req = request(r);
        expect(routeRequest(req, utrecht, [wsp, ...schools])).toEqual(routeRequest(req, utrecht, [wsp, ...schools].reverse()));
      }),
    );
  });

  it("never chooses a paused, full or declined school, or one outside its area", () => {
    fc.assert(
      fc.property(stateArb, requestArb, fc.integer({ min: 0, max: 3 }), (schools, r, declined) => {
        const excluded = schools.slice(0, declined).map((s) => s.id);
        const routed = routeRequest(request({ ...r, excludedSchoolIds: excluded }), utrecht, [wsp, ...schools]);
        for (const pick of [routed.school, ...routed.alternates].filter((p) => p !== null)) {
          const s = schools.find((x) => x.id === pick.organisationId)!;
          expect(s.active).toBe(true);
          expect(excluded).not.toContain(s.id);
          expect(s.serviceArea.has("GM0344")).toBe(true);
          if (s.capacityPerSchoolYear !== null) expect(s.openLoad).toBeLessThan(s.capacityPerSchoolYear);
        }
      }),
    );
  });

  it("spreads 100 requests over 5 equal schools so that none gets more than 30", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 100, maxLength: 100 }), (keys) => {
        const schools = ["a", "b", "c", "d", "e"].map((id) => school(id, { capacityPerSchoolYear: 1000 }));
        const counts = new Map<string, number>();
        for (const key of keys) {
          // Load grows as requests come in, as it does in the database.
          const routed = routeRequest(request({ tieBreakKey: key }), utrecht, [wsp, ...schools]);
          const id = routed.school!.organisationId;
          counts.set(id, (counts.get(id) ?? 0) + 1);
          const s = schools.find((x) => x.id === id)!;
          s.openLoad += 1;
        }
        expect(Math.max(...counts.values())).toBeLessThanOrEqual(30);
      }),
      { numRuns: 50 },
    );
  });

  it("spreads ties by key alone when load does not change", () => {
    const schools = ["a", "b", "c", "d", "e"].map((id) => school(id));
    const counts = new Map<string, number>();
    for (let i = 0; i < 100; i++) {
      const id = chosen(request({ tieBreakKey: `OP-2026-${i}` }), [wsp, ...schools])!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(counts.size).toBe(5);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(30);
  });
});

describe("routeWithoutPlace", () => {
  it("sends a question without a place to the team behind Opstap, saying why in plain words", () => {
    expect([...TOPICS_WITHOUT_PLACE]).toEqual(["iets-anders"]);
    const decision = routeWithoutPlace();
    expect(decision).toMatchObject({ handler: "opstap", wsp: null, school: null, alternates: [], regionSlug: null, municipalityName: null });
    expect(decision.reasons).toEqual([{ code: "zonder_plaats", text: expect.stringContaining("U gaf geen postcode") }]);
  });
});
