import metadataMax from "libphonenumber-js/metadata.max.json";
import { describe, expect, it } from "vitest";
import { normaliseDutchPhone, telHref } from "./phone";
import { DUTCH_PHONE_METADATA } from "./phone-metadata";

describe("normaliseDutchPhone", () => {
  it.each([
    ["06 12345678", "06 12345678"],
    ["0612345678", "06 12345678"],
    ["06-12345678", "06 12345678"],
    ["+31 6 12345678", "06 12345678"],
    ["0031612345678", "06 12345678"],
    ["020-1234567", "020 123 4567"],
    ["(010) 123 45 67", "010 123 4567"],
    ["0800 1234", "0800 1234"],
    ["  085 123 4567 ", "085 123 4567"],
  ])("accepts %s as %s", (input, stored) => {
    expect(normaliseDutchPhone(input)).toBe(stored);
  });

  it.each([
    ["06 1234 567", "a digit short"],
    ["061234567890", "a digit too many"],
    ["1234", "too short"],
    ["+32 470 12 34 56", "a Belgian number"],
    ["06 CALL ME", "letters"],
    ["06 12345678 ext 12", "an extension"],
    ["", "empty"],
    ["0000000000", "no such number"],
  ])("refuses %s (%s)", (input) => {
    expect(normaliseDutchPhone(input)).toBeNull();
  });

  it("is stable: a stored number normalises to itself", () => {
    for (const input of ["06-12345678", "+31201234567", "0800 1234"]) {
      const stored = normaliseDutchPhone(input);
      expect(stored).not.toBeNull();
      expect(normaliseDutchPhone(stored ?? "")).toBe(stored);
    }
  });
});

describe("telHref", () => {
  it("gives the international form for a Dutch number", () => {
    expect(telHref("06 12345678")).toBe("tel:+31612345678");
    expect(telHref("020 123 4567")).toBe("tel:+31201234567");
  });

  it("keeps only digits and a leading + for a number stored before the check", () => {
    expect(telHref("06 1234 567")).toBe("tel:061234567");
    expect(telHref("+32 (0)470 12-34-56")).toBe("tel:+320470123456");
  });
});

describe("the Dutch metadata slice", () => {
  it("is the installed library's Dutch entry (copy it again after an upgrade)", () => {
    expect(DUTCH_PHONE_METADATA.countries.NL).toEqual(metadataMax.countries.NL);
    expect(DUTCH_PHONE_METADATA.country_calling_codes["31"]).toEqual(["NL"]);
    expect(DUTCH_PHONE_METADATA.version).toBe(metadataMax.version);
  });
});
