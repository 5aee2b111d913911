import { describe, expect, it } from "vitest";
import { decideRouting } from "./routing";

const place = { municipalityCode: "GM0344", municipalityName: "Utrecht", regionSlug: "midden-utrecht", regionName: "Midden-Utrecht" };

describe("decideRouting", () => {
  it("explains the region and names the WSP that is informed", () => {
    const decision = decideRouting({ pc4: "3511", place, wsp: { id: "w1", name: "WSP Midden-Utrecht" } });
    expect(decision.wsp).toEqual({ organisationId: "w1", name: "WSP Midden-Utrecht" });
    expect(decision.reasons).toEqual([
      { code: "regio_van_postcode", text: "Postcode 3511 ligt in de gemeente Utrecht, in de arbeidsmarktregio Midden-Utrecht." },
      { code: "wsp_van_regio", text: "WSP Midden-Utrecht is het werkgeversservicepunt van deze regio en is op de hoogte." },
    ]);
  });

  it("says plainly when a region has no WSP yet", () => {
    const decision = decideRouting({ pc4: "3511", place, wsp: null });
    expect(decision.wsp).toBeNull();
    expect(decision.reasons[1]).toEqual({
      code: "geen_wsp_bekend",
      text: "Voor de regio Midden-Utrecht is nog geen werkgeversservicepunt bekend.",
    });
  });
});
