import { describe, expect, it } from "vitest";
import { optionalText, requiredText } from "./fields";

describe("text fields", () => {
  it("refuse a NUL character, which PostgreSQL cannot store, with a Dutch message", () => {
    const required = requiredText("Vul dit in.", 100).safeParse("Bakkerij\u0000Jansen");
    expect(required.success).toBe(false);
    expect(required.error?.issues[0]?.message).toBe("Er staat een teken in de tekst dat niet kan. Typ de tekst opnieuw.");
    expect(optionalText(100).safeParse("a\u0000").success).toBe(false);
  });

  it("still take ordinary text, trimmed, and nothing for an optional field", () => {
    expect(requiredText("Vul dit in.", 100).parse("  Bakkerij Çelik & Zn.  ")).toBe("Bakkerij Çelik & Zn.");
    expect(optionalText(100).parse(undefined)).toBeUndefined();
  });
});
