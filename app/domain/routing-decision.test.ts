import { describe, expect, it } from "vitest";
import { reasonTextForStaff } from "./routing-decision";

describe("reasonTextForStaff", () => {
  it.each([
    ["Als deze school niet kan, gaat uw aanvraag naar 1 andere school in de buurt.", "Als deze school niet kan, gaat de aanvraag naar 1 andere school in de buurt."],
    ["Uw vraag gaat over werk en regelingen. Daar helpt het werkgeversservicepunt u mee.", "De vraag van de werkgever gaat over werk en regelingen. Daar helpt het werkgeversservicepunt de werkgever mee."],
    ["WSP X is het werkgeversservicepunt van deze regio en neemt contact met u op.", "WSP X is het werkgeversservicepunt van deze regio en neemt contact op met de werkgever."],
    ["Er is in Utrecht nu geen school die hierbij past en plek heeft. Het werkgeversservicepunt zoekt met u verder.", "Er is in Utrecht nu geen school die hierbij past en plek heeft. Het werkgeversservicepunt zoekt met de werkgever verder."],
    ["Postcode 3511 ligt in de gemeente Utrecht.", "Postcode 3511 ligt in de gemeente Utrecht."],
  ])("%s", (employerText, staffText) => {
    expect(reasonTextForStaff(employerText)).toBe(staffText);
  });
});
