import { describe, expect, it } from "vitest";
import { companyMailDomain, duplicateReasons, normaliseCompanyName } from "./register-duplicates";

describe("normaliseCompanyName", () => {
  it("ignores case, accents, punctuation and legal forms", () => {
    expect(normaliseCompanyName("Bakkerij De Zon B.V.")).toBe("bakkerij zon");
    expect(normaliseCompanyName("bakkerij  zón")).toBe("bakkerij zon");
    expect(normaliseCompanyName("Stichting Zorg & Welzijn")).toBe("zorg welzijn");
  });
});

describe("duplicateReasons", () => {
  const entry = (id: string, over: Partial<Parameters<typeof duplicateReasons>[0]> = {}) => ({
    id,
    kvkNumber: null,
    normalisedName: `naam ${id}`,
    postcodes: [],
    emails: [],
    ...over,
  });

  it("names KvK number, company mail domain, and name with a shared postcode, in that order", () => {
    expect(duplicateReasons(entry("a", { kvkNumber: "12345678", emails: ["info@zon.nl"] }), entry("b", { kvkNumber: "12345678", emails: ["Piet@ZON.nl"] }))).toEqual([
      "kvk",
      "domein",
    ]);
    expect(
      duplicateReasons(entry("c", { normalisedName: "garage", postcodes: ["3511"] }), entry("d", { normalisedName: "garage", postcodes: ["3511", "3512"] })),
    ).toEqual(["naam_postcode"]);
    expect(duplicateReasons(entry("c", { normalisedName: "garage", postcodes: ["3511"] }), entry("e", { normalisedName: "garage", postcodes: ["1012"] }))).toEqual([]);
  });

  it("does not pair addresses at public mail providers", () => {
    expect(companyMailDomain("jan@gmail.com")).toBeNull();
    expect(duplicateReasons(entry("a", { emails: ["x@gmail.com"] }), entry("b", { emails: ["y@gmail.com"] }))).toEqual([]);
  });
});
