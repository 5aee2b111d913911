import { describe, expect, it } from "vitest";
import { formatReference, isReference } from "./reference";

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
