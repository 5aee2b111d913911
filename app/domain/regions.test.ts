import { describe, expect, it } from "vitest";
import { regionSlug } from "./regions";

describe("regionSlug", () => {
  it.each([
    ["Groot Amsterdam", "groot-amsterdam"],
    ["Zaanstreek/Waterland", "zaanstreek-waterland"],
    ["Zuid-Kennemerland en IJmond", "zuid-kennemerland-en-ijmond"],
    ["FoodValley", "foodvalley"],
  ])("%s → %s", (name, slug) => expect(regionSlug(name)).toBe(slug));
});
