import { describe, expect, it } from "vitest";
import { describeEventForEmployer, employerOfferSentence } from "./request-words";

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

  it("names a planned kennismaking by its day, time, place and person; a move and a cancellation too", () => {
    const data = {
      introductionOn: "2026-12-10",
      startsAt: "2026-12-10T13:00:00.000Z",
      placeKind: "organisation",
      address: "Schoolstraat 1",
      meetWith: "Fatima de Vries",
      place: { name: "Praktijkschool De Brug", kind: "school" },
    };
    expect(describeEventForEmployer({ type: "kennismaking_gepland", data })).toBe(
      "Kennismaking op donderdag 10 december om 14.00 uur, op school (Praktijkschool De Brug, Schoolstraat 1). U spreekt met Fatima de Vries.",
    );
    expect(describeEventForEmployer({ type: "kennismaking_gepland", data: { ...data, moved: true } })).toMatch(/^De kennismaking is verzet\. Kennismaking op /);
    expect(describeEventForEmployer({ type: "kennismaking_afgezegd", data: { startsAt: data.startsAt } })).toBe(
      "De kennismaking van donderdag 10 december om 14.00 uur gaat niet door.",
    );
  });
});

describe("describeEventForEmployer: the employer's own message and status changes", () => {
  it("shows the employer the text of their own message", () => {
    expect(describeEventForEmployer({ type: "bericht_werkgever", data: { message: "We kunnen ook op zaterdag." } })).toBe(
      "U stuurde dit bericht: “We kunnen ook op zaterdag.”",
    );
    expect(describeEventForEmployer({ type: "bericht_werkgever", data: {} })).toBe("U heeft een bericht gestuurd.");
  });

  it("says a closed request that is taken up again is open again", () => {
    for (const from of ["geplaatst", "geen_match"]) {
      expect(describeEventForEmployer({ type: "status_gewijzigd", data: { from, to: "in_behandeling" } })).toBe(
        "Uw aanvraag is weer geopend. We gaan er verder mee aan de slag.",
      );
    }
  });

  it("says other status changes in a plain sentence, not as a status label", () => {
    expect(describeEventForEmployer({ type: "status_gewijzigd", data: { from: "nieuw", to: "in_behandeling" } })).toBe(
      "Er wordt aan uw aanvraag gewerkt.",
    );
    expect(describeEventForEmployer({ type: "status_gewijzigd", data: { from: "in_behandeling", to: "geen_match" } })).toBe(
      "Uw aanvraag is afgesloten. Er is geen leerling geplaatst.",
    );
    expect(describeEventForEmployer({ type: "status_gewijzigd", data: { from: "kennismaking_gepland", to: "geplaatst" } })).toBe(
      "Er is een leerling geplaatst. Uw aanvraag is afgesloten.",
    );
    expect(describeEventForEmployer({ type: "status_gewijzigd", data: { to: "onbekend" } })).toBeNull();
  });
});

describe("employerOfferSentence", () => {
  it("speaks of pupils for a group stage and of a question for a vraag", () => {
    expect(employerOfferSentence("proefplaatsing")).toBe("Een werkgever wil een leerling een kans geven.");
    expect(employerOfferSentence("groepsstage")).toBe("Een werkgever wil een groep leerlingen een kans geven.");
    expect(employerOfferSentence("vraag")).toBe("Een werkgever heeft een vraag.");
  });
});
