import { describe, expect, it } from "vitest";
import { requestAnswers, sentByEmployer } from "./request-answers";

describe("requestAnswers", () => {
  it("gives a groepsstage's answers in Dutch, in order, without the contact details", () => {
    expect(
      requestAnswers({
        companyName: "DC Vleuten",
        email: "a@example.org",
        canteen: true,
        work: "Orders verzamelen",
        groupSize: 6,
        startPeriod: "na-de-zomer",
        supervisorSpace: false,
      }),
    ).toEqual([
      { label: "Werk", value: "Orders verzamelen" },
      { label: "Aantal leerlingen", value: "6" },
      { label: "Wanneer beginnen", value: "Na de zomervakantie" },
      { label: "Plek voor de begeleider van school", value: "Nee" },
      { label: "Kantine of plek om te eten", value: "Ja" },
    ]);
  });

  it("names a question's topic and leaves out empty answers", () => {
    expect(requestAnswers({ topic: "no-risk", question: "Hoe werkt het?", daysAndHours: "" })).toEqual([
      { label: "Onderwerp", value: "De no-riskpolis" },
      { label: "Vraag", value: "Hoe werkt het?" },
    ]);
  });
});

describe("sentByEmployer", () => {
  it("gives the contact details first, leaves out what was not filled in, then the answers", () => {
    expect(
      sentByEmployer({ companyName: "Bakkerij", kvkNumber: null, contactName: "Sanne", email: "s@example.org", phone: null, work: "Brood inpakken" }),
    ).toEqual([
      { label: "Bedrijf", value: "Bakkerij" },
      { label: "Uw naam", value: "Sanne" },
      { label: "Uw e-mailadres", value: "s@example.org" },
      { label: "Werk", value: "Brood inpakken" },
    ]);
  });
});
