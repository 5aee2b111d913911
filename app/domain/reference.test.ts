import { describe, expect, it } from "vitest";
import { formatReference, isReference, referencesFor } from "./reference";

describe("request references", () => {
  it("pads the number to six digits after the year", () => {
    expect(formatReference(2026, 123)).toBe("OP-2026-000123");
    expect(formatReference(2027, 1)).toBe("OP-2027-000001");
  });

  it("keeps counting past a million", () => {
    expect(formatReference(2026, 1_234_567)).toBe("OP-2026-1234567");
    expect(isReference("OP-2026-1234567")).toBe(true);
  });

  it("recognises only its own shape", () => {
    expect(isReference("OP-2026-000123")).toBe(true);
    expect(isReference("op-2026-000123")).toBe(false);
    expect(isReference("OP-26-000123")).toBe(false);
  });
});

describe("a search text as references", () => {
  it("finds the whole reference in any case, with or without OP-, and around spaces", () => {
    expect(referencesFor(" op-2026-000123 ", 2026)).toEqual(["OP-2026-000123"]);
    expect(referencesFor("2026-000123", 2026)).toEqual(["OP-2026-000123"]);
    expect(referencesFor("OP-2026-1234567", 2026)).toEqual(["OP-2026-1234567"]);
  });

  it("looks for a number alone in every year, up to next year", () => {
    expect(referencesFor("000123", 2026)).toEqual(["OP-2024-000123", "OP-2025-000123", "OP-2026-000123", "OP-2027-000123"]);
    expect(referencesFor("123", 2024)).toEqual(["OP-2024-000123", "OP-2025-000123"]);
  });

  it("is no reference for words, pieces or zero", () => {
    for (const text of ["bakkerij", "OP-", "OP-2026", "2026-", "0", "12 34", "OP-2026-000123x", ""]) {
      expect(referencesFor(text, 2026), text).toEqual([]);
    }
  });
});
