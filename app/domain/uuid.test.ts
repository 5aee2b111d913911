import { describe, expect, it } from "vitest";
import { isUuid } from "./uuid";

describe("isUuid", () => {
  it("accepts the 8-4-4-4-12 hex form, in either case", () => {
    expect(isUuid("3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f")).toBe(true);
    expect(isUuid("3F2B8C1E-5D4A-4B6C-9E8F-0A1B2C3D4E5F")).toBe(true);
    expect(isUuid("00000000-0000-0000-0000-000000000000")).toBe(true);
    expect(isUuid(crypto.randomUUID())).toBe(true);
  });

  it("refuses what PostgreSQL would refuse, instead of letting the query throw", () => {
    for (const value of [
      "-".repeat(36),
      "3f2b8c1e5d4a4b6c9e8f0a1b2c3d4e5f----", // 36 characters, dashes in the wrong places
      "3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5", // one digit short
      "3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f0", // one too many
      "3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5g", // not hex
      " 3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f",
      "3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f\n",
      "{3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f}",
      "3f2b8c1e5d4a4b6c9e8f0a1b2c3d4e5f",
      "",
    ]) {
      expect(isUuid(value), JSON.stringify(value)).toBe(false);
    }
  });

  it("refuses anything that is not a string", () => {
    for (const value of [null, undefined, 42, {}, ["3f2b8c1e-5d4a-4b6c-9e8f-0a1b2c3d4e5f"]]) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
