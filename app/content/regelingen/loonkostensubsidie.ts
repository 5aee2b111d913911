import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const loonkostensubsidie: RegelingPage = {
  slug: "loonkostensubsidie",
  group: "in-dienst",
  summary: "Kan een werknemer nog niet het volle minimumloon verdienen? Dan betaalt de gemeente een deel van het loon.",
  checked: "2026-12-02",
  sections: {
    watIsHet: [
      "Sommige werknemers kunnen nog niet zo snel of zoveel werken als hun collega's. Met loonkostensubsidie betaalt de gemeente een deel van hun loon.",
      "U betaalt de werknemer wel het hele loon, volgens de cao. De gemeente betaalt u een deel terug.",
    ],
    voorWie: [
      "Voor werknemers die onder de [Participatiewet](/regelingen/begrippen#participatiewet) vallen en niet het hele [minimumloon](/regelingen/begrippen#wml) kunnen verdienen.",
      "Dat zijn vaak jongeren die net van het praktijkonderwijs of het vso komen.",
      "Heeft de jongere een [Wajong](/regelingen/begrippen#wajong)-uitkering? Dan is er geen loonkostensubsidie. Dan kan [loondispensatie](/regelingen/begrippen#loondispensatie) via UWV: u betaalt minder loon en UWV vult het aan.",
      "Zit de jongere nog op school? Dan kan het meestal niet. Soms maakt de gemeente een uitzondering voor een opleiding waarin de jongere leert en werkt (bbl).",
    ],
    watLevertHetOp: [
      "De gemeente laat meten wat de werknemer kan. Dat heet de [loonwaarde](/regelingen/begrippen#loonwaarde). Een loonwaarde van 60% betekent: de werknemer doet 60% van het werk van een collega zonder beperking.",
      "U krijgt het verschil tussen de loonwaarde en het minimumloon. Bij een loonwaarde van 60% is dat 40% van het minimumloon. U krijgt nooit meer dan {lks.maxPercentageWml} van het minimumloon.",
      "De gemeente rekent met het minimumloon dat bij de leeftijd van de werknemer hoort. Vanaf {wml.volwassenVanaf} is dat {wml.perUur}. Voor jongere werknemers is het lager: het [jeugdminimumloon](/regelingen/begrippen#jeugdminimumloon). Dan is de subsidie ook lager.",
      "Onderaan deze pagina staat het minimumloon per leeftijd.",
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
      "Komt de werknemer van het praktijkonderwijs of het vso? Dan kunt u de subsidie aanvragen tot {lks.schoolverlatersAanvragenBinnen} na de eerste werkdag. Dat staat sinds {lks.schoolverlatersSinds} in de wet en geldt in elke gemeente.",
      "Voor andere werknemers verschilt het per gemeente. Bij sommige gemeenten moet het voor de eerste werkdag, of binnen {lks.aanvragenNaStartBinnen} daarna.",
    ],
    waarAanvragen: [
      "Bij de gemeente waar de werknemer woont. Dus niet altijd de gemeente waar uw bedrijf is.",
      "Het [werkgeversservicepunt (WSP)](/regelingen/begrippen#wsp) in uw regio kan u helpen.",
    ],
    goedOmTeWeten: [
      "Neemt u een oud-leerling van pro of vso in dienst? Sinds {schoolNaarWerk.sinds} blijft de school de jongere ook in het tweede jaar na school steunen. U kunt de school dus nog bellen als er iets is.",
      "Gemeenten hebben eigen regels. In Utrecht krijgt u de eerste {lks.utrechtVastBedragDuur} een vast bedrag: {lks.utrechtVastPercentage} van het minimumloon. Daarna meet de gemeente de loonwaarde.",
      "Staat de werknemer nog niet in het doelgroepregister? Na de meting kan de gemeente de werknemer in het register zetten. Dat heet de praktijkroute. Lees meer bij [doelgroepregister en banenafspraak](/regelingen/doelgroepregister-en-banenafspraak).",
      "Voor oud-leerlingen van pro en vso in het doelgroepregister noemt UWV ook de [no-riskpolis](/regelingen/no-riskpolis), het [loonkostenvoordeel](/regelingen/loonkostenvoordeel) en een [jobcoach](/regelingen/jobcoach).",
    ],
  },
  figures: ["wml.perUur20", "wml.perUur19", "wml.perUur18", "wml.perUur17", "wml.perUur16", "wml.perUur15"],
  sources: [
    SOURCES.stbBreedOffensief,
    SOURCES.rijksoverheidMinimumloon,
    SOURCES.uwvLoondispensatie,
    SOURCES.tweedeKamerSchoolNaarWerk,
    SOURCES.hofVanTwenteLks,
    SOURCES.horstLks,
    SOURCES.isdBollenstreekLks,
    SOURCES.utrechtLks,
    SOURCES.wspDrentheLks,
    SOURCES.regelingLks2021,
    SOURCES.uwvAdvieswijzer,
    SOURCES.divosaLks,
    SOURCES.mkbServicedeskMinimumloon2026,
    SOURCES.vngSchoolNaarWerk,
  ],
};
