import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const loonkostensubsidie: RegelingPage = {
  slug: "loonkostensubsidie",
  group: "in-dienst",
  summary: "Kan een werknemer nog niet het volle minimumloon verdienen? Dan betaalt de gemeente een deel van het loon.",
  checked: "2026-11-22",
  sections: {
    watIsHet: [
      "Sommige werknemers kunnen nog niet zo snel of zoveel werken als hun collega's. Met loonkostensubsidie betaalt de gemeente een deel van hun loon.",
      "U betaalt de werknemer wel het hele loon, volgens de cao. De gemeente betaalt u een deel terug.",
    ],
    voorWie: [
      "Voor werknemers die onder de [Participatiewet](/regelingen/begrippen#participatiewet) vallen en niet het hele [minimumloon](/regelingen/begrippen#wml) kunnen verdienen.",
      "Sommige gemeenten noemen ook jongeren die net van het praktijkonderwijs, het vso of de entree-opleiding komen.",
      "Zit de jongere nog op school? Dan kan het meestal niet. Soms maakt de gemeente een uitzondering voor een opleiding waarin de jongere leert en werkt (bbl).",
    ],
    watLevertHetOp: [
      "De gemeente laat meten wat de werknemer kan. Dat heet de [loonwaarde](/regelingen/begrippen#loonwaarde). Een loonwaarde van 60% betekent: de werknemer doet 60% van het werk van een collega zonder beperking.",
      "U krijgt het verschil tussen de loonwaarde en het minimumloon. Bij een loonwaarde van 60% is dat 40% van het minimumloon. U krijgt nooit meer dan {lks.maxPercentageWml} van het minimumloon.",
      "Daarbovenop krijgt u {lks.werkgeverslasten} van dat bedrag voor werkgeverslasten, zoals premies.",
      "Wilt u weten wat dat ongeveer in euro's is? Doe de [regelingencheck](/regelingencheck).",
    ],
    watMoetUDoen: [
      {
        steps: [
          "Neem contact op met de gemeente waar de werknemer woont, of met het WSP. Doe dat het liefst voordat de werknemer begint.",
          "Een deskundige van de gemeente komt op de werkplek kijken en meet de loonwaarde.",
          "De gemeente stuurt u een brief. Daarin staan de loonwaarde en de subsidie.",
          "U betaalt het loon. De gemeente betaalt de subsidie aan u.",
        ],
      },
      "Wanneer u het moet aanvragen, verschilt per gemeente. Bij sommige gemeenten moet het voor de eerste werkdag, of binnen {lks.aanvragenNaStartBinnen} daarna. Komt de jongere van het vso, het praktijkonderwijs of de entree-opleiding? Dan geven sommige gemeenten u {lks.schoolverlatersAanvragenBinnen} de tijd.",
    ],
    waarAanvragen: [
      "Bij de gemeente waar de werknemer woont. Dus niet altijd de gemeente waar uw bedrijf is.",
      "Het [werkgeversservicepunt (WSP)](/regelingen/begrippen#wsp) in uw regio kan u helpen.",
    ],
    goedOmTeWeten: [
      "Gemeenten hebben eigen regels. In Utrecht krijgt u de eerste {lks.utrechtVastBedragDuur} een vast bedrag: {lks.utrechtVastPercentage} van het minimumloon. Daarna meet de gemeente de loonwaarde.",
      "Staat de werknemer nog niet in het doelgroepregister? Na de meting kan de gemeente de werknemer in het register zetten. Dat heet de praktijkroute. Lees meer bij [doelgroepregister en banenafspraak](/regelingen/doelgroepregister-en-banenafspraak).",
      "Voor oud-leerlingen van pro en vso in het doelgroepregister noemt UWV ook de [no-riskpolis](/regelingen/no-riskpolis), het [loonkostenvoordeel](/regelingen/loonkostenvoordeel) en een [jobcoach](/regelingen/jobcoach).",
    ],
  },
  sources: [
    SOURCES.hofVanTwenteLks,
    SOURCES.horstLks,
    SOURCES.isdBollenstreekLks,
    SOURCES.utrechtLks,
    SOURCES.wspDrentheLks,
    SOURCES.regelingLks2021,
    SOURCES.uwvAdvieswijzer,
    SOURCES.divosaLks,
  ],
};
