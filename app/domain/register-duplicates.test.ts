import { describe, expect, it } from "vitest";
import { companyMailDomain, normaliseCompanyName, possibleDuplicatePairs } from "./register-duplicates";

describe("normaliseCompanyName", () => {
  it("ignores case, accents, punctuation and legal forms", () => {
    expect(normaliseCompanyName("Bakkerij De Zon B.V.")).toBe("bakkerij zon");
    expect(normaliseCompanyName("bakkerij  zón")).toBe("bakkerij zon");
    expect(normaliseCompanyName("Stichting Zorg & Welzijn")).toBe("zorg welzijn");
  });
});

describe("possibleDuplicatePairs", () => {
  const entry = (id: string, over: Partial<Parameters<typeof possibleDuplicatePairs>[0][number]> = {}) => ({
    id,
    kvkNumber: null,
    normalisedName: `naam ${id}`,
    postcodes: [],
    emails: [],
    ...over,
  });

  it("pairs by KvK number, company mail domain, and name with postcode, each pair once with its reasons", () => {
    const pairs = possibleDuplicatePairs([
      entry("a", { kvkNumber: "12345678", emails: ["info@zon.nl"] }),
      entry("b", { kvkNumber: "12345678", emails: ["piet@zon.nl"] }),
      entry("c", { normalisedName: "garage", postcodes: ["3511"] }),
      entry("d", { normalisedName: "garage", postcodes: ["3511", "3512"] }),
      entry("e", { normalisedName: "garage", postcodes: ["1012"] }),
    ]);
    expect(pairs).toEqual([
      { firstId: "a", secondId: "b", reasons: ["kvk", "domein"] },
      { firstId: "c", secondId: "d", reasons: ["naam_postcode"] },
    ]);
  });

  it("does not pair addresses at public mail providers, nor pairs kept apart", () => {
    expect(companyMailDomain("jan@gmail.com")).toBeNull();
    expect(possibleDuplicatePairs([entry("a", { emails: ["x@gmail.com"] }), entry("b", { emails: ["y@gmail.com"] })])).toEqual([]);
    expect(possibleDuplicatePairs([entry("a", { kvkNumber: "1" }), entry("b", { kvkNumber: "1" })], new Set(["a:b"]))).toEqual([]);
  });
});
