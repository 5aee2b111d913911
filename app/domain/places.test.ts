import { describe, expect, it } from "vitest";
import { resolvePlace } from "./places";

const molenlanden = { municipalityCode: "GM1978", municipalityName: "Molenlanden", share: 0.9 };
const sliedrecht = { municipalityCode: "GM0610", municipalityName: "Sliedrecht", share: 0.1 };
const almere = { municipalityCode: "GM0034", municipalityName: "Almere", share: 129 / 130 };
const maasgouw = { municipalityCode: "GM1641", municipalityName: "Maasgouw", share: 1 / 130 };

describe("resolvePlace", () => {
  it("knows no place for an unknown PC4", () => {
    expect(resolvePlace([])).toEqual({ kind: "unknown" });
  });

  it("takes the only municipality", () => {
    expect(resolvePlace([molenlanden])).toEqual({ kind: "resolved", place: molenlanden });
  });

  it("ignores a stray address in another municipality", () => {
    expect(resolvePlace([almere, maasgouw])).toEqual({ kind: "resolved", place: almere });
  });

  it("asks when a second municipality has 10% or more", () => {
    expect(resolvePlace([molenlanden, sliedrecht])).toEqual({ kind: "ask", options: [molenlanden, sliedrecht] });
  });

  it("takes the employer's choice among the PC4's municipalities, and only those", () => {
    expect(resolvePlace([molenlanden, sliedrecht], "GM0610")).toEqual({ kind: "resolved", place: sliedrecht });
    expect(resolvePlace([molenlanden, sliedrecht], "GM0363")).toEqual({ kind: "ask", options: [molenlanden, sliedrecht] });
  });
});
