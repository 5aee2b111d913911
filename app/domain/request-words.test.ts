import { describe, expect, it } from "vitest";
import { describeEventForEmployer } from "./request-words";

describe("describeEventForEmployer", () => {
  it("shows the employer a staff member's message, with who sent it", () => {
    expect(
      describeEventForEmployer({ type: "antwoord_medewerker", data: { message: "Ik bel u morgen." }, organisationName: "Praktijkschool De Brug" }),
    ).toBe("Praktijkschool De Brug schreef u: “Ik bel u morgen.”");
  });

  it("keeps staff's own work out of the employer's view", () => {
    for (const type of ["notitie", "contact", "eigenaar_gewijzigd", "herinnering"] as const) {
      expect(describeEventForEmployer({ type, data: { text: "intern" } })).toBeNull();
    }
  });

  it("names a planned introduction by its date", () => {
    expect(describeEventForEmployer({ type: "kennismaking_gepland", data: { introductionOn: "2026-12-03" } })).toBe(
      "Er is een kennismaking gepland op donderdag 3 december 2026.",
    );
  });
});
