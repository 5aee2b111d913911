import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const regelsVoorEenStage: RegelingPage = {
  slug: "regels-voor-een-stage",
  group: "stage",
  summary: "Wat u moet regelen voor een stage: de stageovereenkomst, de werktijden voor jonge leerlingen, veilig werk en de verzekering.",
  checked: "2026-12-02",
  sections: {
    watIsHet: [
      "Leerlingen van het praktijkonderwijs en het vso leren een vak in de praktijk. Dat doen ze op een stage bij een bedrijf.",
      "Voor een stage gelden regels. Ze zorgen dat de leerling veilig leert. Op deze pagina leest u welke regels dat zijn.",
    ],
    voorWie: [
      "Voor elk bedrijf dat een leerling een stage geeft.",
      "Er zijn extra regels voor alle leerlingen jonger dan {stage.volwassenVanaf}. Welke werktijden mogen, hangt af van de leeftijd.",
      "De meeste leerlingen in het laatste schooljaar zijn {stage.tienerVan} of {stage.tienerTot}. Voor hen gelden dezelfde werktijden als voor andere werknemers van die leeftijd.",
    ],
    watLevertHetOp: [
      "Duidelijke afspraken. Iedereen weet wat de leerling mag doen, wie begeleidt en wie verzekerd is.",
      "Een stage in het laatste schooljaar is vaak een opstap naar een baan. Misschien wordt uw stagiair later uw collega.",
      "Voor een leerling in het laatste schooljaar kunt u soms de [subsidie praktijkleren](/regelingen/subsidie-praktijkleren) krijgen.",
    ],
    watMoetUDoen: [
      "Teken voor de stage begint een [stageovereenkomst](/regelingen/begrippen#stageovereenkomst). U, de school en de leerling tekenen. Is de leerling jonger dan {stage.volwassenVanaf}? Dan tekent ook een ouder.",
      "Is de leerling {stage.jongVan} of {stage.jongTot}? Dan gelden deze regels:",
      {
        list: [
          "de stage kan alleen met een stageovereenkomst tussen de school en uw bedrijf, getekend door de ouders;",
          "alleen licht werk, en altijd onder toezicht;",
          "hoogstens {stage.jongMaxUrenPerDag} en {stage.jongMaxUrenPerWeek}. De schooltijd telt mee;",
          "na {stage.jongPauzeNa} werk een pauze van minstens {stage.jongPauze};",
          "elke dag minstens {stage.jongRust} rust, in elk geval van {stage.jongRustVan} tot {stage.jongRustTot};",
          "niet werken op zondag.",
        ],
      },
      "Is de leerling {stage.tienerVan} of {stage.tienerTot}? Dan gelden deze werktijden:",
      {
        list: [
          "hoogstens {stage.tienerMaxUrenPerDienst} en {stage.tienerMaxUrenPerWeek};",
          "gemiddeld hoogstens {stage.tienerGemiddeldPerWeek}, gerekend over {stage.tienerGemiddeldOver};",
          "de tijd op school telt mee als werktijd. Gaat de leerling twee dagen naar school? Dan blijven er minder uren over voor de stage;",
          "niet werken tussen {stage.tienerNachtVan} en {stage.tienerNachtTot};",
          "na {stage.jongPauzeNa} werk een pauze van minstens {stage.jongPauze}.",
        ],
      },
      "Is de leerling jonger dan {stage.volwassenVanaf}? Dan gelden deze regels:",
      {
        list: [
          "geen gevaarlijk werk. Bijvoorbeeld werken met gevaarlijke stoffen, onder hoge druk of bij hard lawaai;",
          "sommig werk alleen onder toezicht van een deskundige;",
          "in uw [RI&E](/regelingen/begrippen#rie) staat een deel over jongeren.",
        ],
      },
      "De leerling moet verzekerd zijn voor schade die hij of zij maakt. Dat heet een [WA-verzekering](/regelingen/begrippen#wa-verzekering). Meestal regelt de school die. Zet in de stageovereenkomst wie de verzekering regelt en betaalt.",
    ],
    waarAanvragen: [
      "U vraagt niets aan. U maakt afspraken met de school. Heeft u een vraag? Bel de stagecoördinator van de school.",
      "Wilt u een leerling eerst laten kennismaken? [Meld een proefplaatsing aan](/proefplaatsing).",
    ],
    goedOmTeWeten: [
      "Een [stagevergoeding](/regelingen/begrippen#stagevergoeding) is niet verplicht, behalve als uw cao het zegt. Sommige bedrijven geven toch een vergoeding. Voor sommige leerlingen maakt dat veel uit.",
      "Kunt u maar weinig begeleiding geven? Vraag de school dan naar een [groepsstage](/regelingen/begrippen#groepsstage): een paar leerlingen samen, met een begeleider van school erbij.",
      "Een [snuffelstage](/regelingen/begrippen#snuffelstage) is een korte stage om kennis te maken met het werk.",
    ],
  },
  sources: [
    SOURCES.rijksoverheidWerktijden1617,
    SOURCES.arboportaalWerktijden1617,
    SOURCES.rijksoverheidWerktijden1314,
    SOURCES.szwStage1415,
    SOURCES.arbeidsinspectieJongeren,
    SOURCES.rvoPraktijkonderwijs,
    SOURCES.voionWaVerzekering,
    SOURCES.onderhoudNlStagevergoeding,
  ],
};
