import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const werkplekaanpassing: RegelingPage = {
  slug: "werkplekaanpassing",
  group: "in-dienst",
  summary: "Heeft een werknemer door een beperking een aanpassing nodig? UWV of de gemeente kan de kosten vergoeden.",
  checked: "2026-11-22",
  sections: {
    watIsHet: [
      "Soms heeft een werknemer met een beperking een aanpassing nodig om het werk te kunnen doen. Bijvoorbeeld een traplift.",
      "UWV kan u de kosten van zo'n aanpassing vergoeden.",
    ],
    voorWie: [
      "Voor werkgevers die iemand met een beperking in dienst nemen of houden. Het werk moet nog minstens {werkplek.minDienstverband} duren.",
      "Het gaat om aanpassingen die in uw bedrijf blijven, ook als de werknemer weggaat. Hulpmiddelen die de werknemer zelf meeneemt, vraagt de werknemer zelf aan.",
      "Valt de werknemer onder de [Participatiewet](/regelingen/begrippen#participatiewet)? Dan is meestal de gemeente aan zet.",
    ],
    watLevertHetOp: [
      "U krijgt de kosten van de aanpassing vergoed. UWV vergoedt de goedkoopste oplossing die goed werkt.",
    ],
    watMoetUDoen: [
      {
        steps: [
          "Bespreek met de werknemer wat nodig is.",
          "Vraag de vergoeding aan voordat u iets koopt of laat maken.",
          "UWV kijkt of de aanpassing echt nodig is, en welke oplossing het goedkoopst is.",
          "Koop of laat maken wat UWV heeft goedgekeurd.",
        ],
      },
    ],
    waarAanvragen: [
      "Bij UWV. Valt de werknemer onder de Participatiewet? Dan bij de gemeente waar de werknemer woont.",
    ],
    goedOmTeWeten: [
      "Koop niets voordat u toestemming heeft. Anders krijgt u het geld misschien niet terug.",
      "Het is niet altijd duidelijk of UWV of de gemeente betaalt. Het [werkgeversservicepunt (WSP)](/regelingen/begrippen#wsp) zoekt het voor u uit.",
    ],
  },
  sources: [SOURCES.uwvProtocolVoorzieningen, SOURCES.caictWerkplek],
};
