import { describe, expect, it } from "vitest";
import { wspPhrase } from "./organisations";

describe("wspPhrase", () => {
  it("does not say 'werkgeversservicepunt' twice", () => {
    expect(wspPhrase("Werkgeversservicepunt Midden-Utrecht")).toBe("Werkgeversservicepunt Midden-Utrecht");
    expect(wspPhrase("WSP Rijnmond", true)).toBe("WSP Rijnmond");
  });

  it("says what a WSP with another name is", () => {
    expect(wspPhrase("Werkgeverspunt Twente")).toBe("het werkgeversservicepunt Werkgeverspunt Twente");
    expect(wspPhrase("Regio Zwolle Werkt", true)).toBe("Het werkgeversservicepunt Regio Zwolle Werkt");
  });
});
