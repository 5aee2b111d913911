import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const subsidiePraktijkleren: RegelingPage = {
  slug: "subsidie-praktijkleren",
  group: "stage",
  summary: "Geld van de overheid voor de begeleiding van een leerling in het laatste schooljaar van pro of vso.",
  checked: "2026-12-02",
  sections: {
    watIsHet: [
      "Een leerling op stage begeleiden kost u tijd. Met de subsidie praktijkleren krijgt u daar geld voor van de overheid.",
      "[RVO](/regelingen/begrippen#rvo) voert de regeling uit.",
    ],
    voorWie: [
      "Voor bedrijven die een [erkend leerbedrijf](/regelingen/erkend-leerbedrijf-en-praktijkverklaring) zijn en een stageplaats geven aan:",
      {
        list: [
          "een leerling van het praktijkonderwijs in het laatste schooljaar;",
          "een leerling van het vso in het laatste schooljaar, met het [uitstroomprofiel](/regelingen/begrippen#uitstroomprofiel) arbeidsmarktgericht, of met een leerwerktraject in het profiel vervolgonderwijs.",
        ],
      },
      "De stage moet aan deze eisen voldoen:",
      {
        list: [
          "de stage duurt samen minstens {praktijkleren.minUren};",
          "de leerling gaat minstens {praktijkleren.minSchooldagen} naar school en loopt hoogstens {praktijkleren.maxStagedagen} stage;",
          "er is een [stageovereenkomst](/regelingen/begrippen#stageovereenkomst), getekend door u, de school en de leerling;",
          "u houdt bij wanneer de leerling er was en hoe u hem of haar begeleidt.",
        ],
      },
      "De regeling is niet alleen voor pro en vso. Ze is er ook voor een leerwerktraject in het vmbo, de [entree-opleiding](/regelingen/begrippen#entree-opleiding), mbo-bbl en hbo duaal. Daarvoor gelden eigen voorwaarden. Op deze pagina gaat het om pro en vso.",
    ],
    watLevertHetOp: [
      "U krijgt hoogstens {praktijkleren.maxPerPlaats} per stageplaats per schooljaar.",
      "Dat bedrag hoort bij een volle plaats: {praktijkleren.volleWeken} begeleiding. Begeleidt u minder weken? Dan krijgt u een deel, per week. Een week telt mee als de leerling minstens één dag bij u was.",
      "Soms krijgt u minder. Er is een vast budget. Zijn er veel aanvragen, dan verdeelt RVO het geld over iedereen.",
    ],
    watMoetUDoen: [
      {
        steps: [
          "Zorg dat uw bedrijf een erkend leerbedrijf is, de hele stage lang.",
          "Teken een stageovereenkomst met de school en de leerling.",
          "Houd bij wanneer de leerling er was en hoe u begeleidt.",
          "Vraag de subsidie achteraf aan, na het schooljaar.",
        ],
      },
      "U vraagt de subsidie aan per schooljaar. Een schooljaar loopt van augustus tot en met juli.",
      "{praktijkleren.aanvraagperiode}",
      "Bent u te laat, dan krijgt u niets. Begint de stage nu? Dan vraagt u het aan na het schooljaar waarin de stage valt.",
    ],
    waarAanvragen: [
      "Bij RVO, op mijn.rvo.nl. U heeft daarvoor [eHerkenning](/regelingen/begrippen#eherkenning) nodig.",
      "Er zijn ook bureaus die de aanvraag voor u doen. Zij vragen daar een vergoeding voor.",
    ],
    goedOmTeWeten: [
      "De regeling loopt in elk geval tot en met schooljaar {praktijkleren.looptTot}.",
      "Zit de leerling nog niet in het laatste schooljaar? Dan kan deze subsidie niet. Een stage kan natuurlijk wel. Lees de [regels voor een stage](/regelingen/regels-voor-een-stage).",
      "Wilt u weten of uw stageplaats past, en wat het ongeveer oplevert? Doe de [regelingencheck](/regelingencheck).",
    ],
  },
  sources: [
    SOURCES.rvoPraktijkonderwijs,
    SOURCES.rvoVso,
    SOURCES.rvoPraktijklerenVragen,
    SOURCES.mijnRvoPraktijkleren,
    SOURCES.omnyacc2026,
    SOURCES.praktijklerenNederlandWeken,
    SOURCES.praktijklerenNederlandOpleidingen,
  ],
};
