import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const jobcoach: RegelingPage = {
  slug: "jobcoach",
  group: "in-dienst",
  summary: "Een coach op de werkvloer die de werknemer, en u, helpt. UWV of de gemeente betaalt.",
  checked: "2026-12-02",
  sections: {
    watIsHet: [
      "Een jobcoach helpt een werknemer met een beperking om het werk te leren en vol te houden. De jobcoach helpt ook u en de collega's.",
      "De jobcoach komt van een jobcoachorganisatie. Of een collega uit uw eigen bedrijf wordt jobcoach. Dat heet een interne jobcoach.",
    ],
    voorWie: [
      "Voor werknemers met een beperking die extra begeleiding nodig hebben. Bijvoorbeeld jongeren met een [Wajong](/regelingen/begrippen#wajong)-uitkering, of jongeren die onder de [Participatiewet](/regelingen/begrippen#participatiewet) vallen.",
      "Oud-leerlingen van pro en vso krijgen een jobcoach meestal via de gemeente. Elke gemeente heeft daar eigen regels voor. In Utrecht kan een jobcoach bijvoorbeeld ook tijdens een proefplaatsing of een opleiding waarin de jongere leert en werkt (bbl).",
      "Voor een jobcoach via UWV gelden deze eisen:",
      {
        list: [
          "het contract duurt minstens {jobcoach.minContract};",
          "de werknemer werkt minstens {jobcoach.minUrenPerWeek};",
          "het loon is minstens {jobcoach.minLoonPercentageWml} van het [minimumloon](/regelingen/begrippen#wml).",
        ],
      },
      "Bij uitzondering kan het bij UWV ook vanaf {jobcoach.uitzonderingMinUren}, met een [loonwaarde](/regelingen/begrippen#loonwaarde) van minstens {jobcoach.uitzonderingMinLoonwaarde}.",
      "Past het niet bij de eisen van UWV? Vraag dan de gemeente. Daar kan het vaak wel.",
    ],
    watLevertHetOp: [
      "Begeleiding op de werkvloer. Een jobcoach van buiten kost u niets. Bij een interne jobcoach krijgt u een vergoeding voor de tijd van uw eigen medewerker.",
      "UWV kijkt hoeveel begeleiding nodig is: licht, middel of intensief. Daar hangt het bedrag van af.",
      "Een jobcoach helpt meestal hoogstens {jobcoach.maxDuur}.",
    ],
    watMoetUDoen: [
      {
        steps: [
          "Bespreek met de jongere en de school of begeleiding nodig is.",
          "Vraag de jobcoach aan bij UWV of bij de gemeente, als u de jongere in dienst neemt.",
          "Kiest u een jobcoach van buiten? Die moet werken voor een jobcoachorganisatie die UWV heeft erkend.",
        ],
      },
    ],
    waarAanvragen: [
      {
        list: [
          "Bij de gemeente: voor jongeren die onder de Participatiewet vallen. Dat zijn de meeste oud-leerlingen van pro en vso.",
          "Bij UWV: voor jongeren met een Wajong-uitkering of een andere uitkering van UWV.",
        ],
      },
      "Twijfelt u? Het [werkgeversservicepunt (WSP)](/regelingen/begrippen#wsp) weet bij wie u moet zijn.",
    ],
    goedOmTeWeten: [
      "Scholen en gemeenten zetten vaak een jobcoach in als een leerling van stage naar een baan gaat.",
      "Tijdens een stage begeleidt de school de leerling. Een jobcoach is er voor werknemers.",
      "Sinds {schoolNaarWerk.sinds} steunt de school een oud-leerling van pro of vso ook nog in het tweede jaar na school. Ook met een jobcoach kunt u de school bellen.",
    ],
  },
  sources: [
    SOURCES.uwvJobcoach,
    SOURCES.tweedeKamerSchoolNaarWerk,
    SOURCES.utrechtJobcoach,
    SOURCES.uwvAdvieswijzer,
    SOURCES.samenVoorDeKlantJobcoach,
    SOURCES.aoMetalektroJobcoach,
    SOURCES.eegaplusJobcoach,
    SOURCES.vngSchoolNaarWerk,
  ],
};
