import { describe, expect, it } from "vitest";
import { toPc4 } from "./postcode";

describe("toPc4", () => {
  it.each([
    ["3511 AB", "3511"],
    ["3511ab", "3511"],
    ["  3511  ", "3511"],
    ["3511", "3511"],
    ["9999 ZZ", "9999"],
  ])("reads %j as %s", (input, pc4) => expect(toPc4(input)).toBe(pc4));

  it.each(["", "0123 AB", "351", "35111", "3511 A", "3511 ABC", "AB 3511", "35 11"])("rejects %j", (input) =>
    expect(toPc4(input)).toBeNull(),
  );
});
