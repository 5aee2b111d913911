/** Things that happen to a request, as they appear in its timeline. */
export const REQUEST_EVENT_TYPES = [
  "ontvangen",
  "doorgestuurd",
  "geaccepteerd",
  "afgewezen",
  "niet_beantwoord",
  "naar_wsp",
  // A question without a place went to the team behind Opstap (decision 032).
  "naar_opstap",
  "bericht_werkgever",
  "contactgegevens_gewijzigd",
  "ingetrokken",
  // The employer took a withdrawal back (~/domain/withdrawal).
  "heropend",
  // The employer changed answers before anybody picked the request up (~/domain/answer-change).
  "antwoorden_gewijzigd",
  // Back office
  "notitie",
  "contact",
  "eigenaar_gewijzigd",
  "status_gewijzigd",
  "kennismaking_gepland",
  "kennismaking_afgezegd",
  "teruggegeven",
  "doorgestuurd_door_wsp",
  "antwoord_medewerker",
  "herinnering",
] as const;
export type RequestEventType = (typeof REQUEST_EVENT_TYPES)[number];
