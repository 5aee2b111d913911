import { describe, expect, it } from "vitest";
import { REASON_SENTENCES, reasonTextForStaff } from "./routing-decision";

describe("reasonTextForStaff", () => {
  const decision = {
    alternates: [{ organisationId: "b", name: "School B" }],
    municipalityName: "Utrecht",
    wsp: { organisationId: "w", name: "WSP X" },
  };
  it.each([
    ["alternatieven", "Als deze school niet kan, gaat uw aanvraag naar 1 andere school in de buurt.", "Als deze school niet kan, gaat de aanvraag naar 1 andere school in de buurt."],
    ["vraag_voor_wsp", "Uw vraag gaat over werk en regelingen. Daar helpt het werkgeversservicepunt u mee.", "De vraag van de werkgever gaat over werk en regelingen. Daar helpt het werkgeversservicepunt de werkgever mee."],
    ["wsp_behandelt", "WSP X is het werkgeversservicepunt van deze regio en neemt contact met u op.", "WSP X is het werkgeversservicepunt van deze regio en neemt contact op met de werkgever."],
    ["geen_school", "Er is in Utrecht nu geen school die hierbij past en plek heeft. Het werkgeversservicepunt zoekt met u verder.", "Er is in Utrecht nu geen school die hierbij past en plek heeft. Het werkgeversservicepunt zoekt met de werkgever verder."],
    ["regio_van_postcode", "Postcode 3511 ligt in de gemeente Utrecht.", "Postcode 3511 ligt in de gemeente Utrecht."],
  ])("%s: %s", (code, employerText, staffText) => {
    expect(reasonTextForStaff({ code, text: employerText }, decision)).toBe(staffText);
  });

  it("words the staff sentence from the same facts as the employer's", () => {
    expect(REASON_SENTENCES.wsp_behandelt("WSP X", "employer")).toBe("WSP X is het werkgeversservicepunt van deze regio en neemt contact met u op.");
    expect(REASON_SENTENCES.alternatieven(1, "employer")).toBe("Als deze school niet kan, gaat uw aanvraag naar 1 andere school in de buurt.");
    expect(REASON_SENTENCES.vraag_voor_wsp("employer")).toBe("Uw vraag gaat over werk en regelingen. Daar helpt het werkgeversservicepunt u mee.");
  });
});
