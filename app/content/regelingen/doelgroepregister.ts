import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const doelgroepregister: RegelingPage = {
  slug: "doelgroepregister-en-banenafspraak",
  group: "in-dienst",
  summary: "Wie in het doelgroepregister staat, telt mee voor de banenafspraak. Voor die werknemers zijn er extra regelingen.",
  checked: "2026-11-22",
  sections: {
    watIsHet: [
      "In {banenafspraak.jaar} spraken werkgevers, vakbonden en het kabinet af: er komen {banenafspraak.extraBanen} extra banen voor mensen met een arbeidsbeperking. Dat heet de banenafspraak.",
      "Van die banen moeten er {banenafspraak.marktsector} bij bedrijven komen, en {banenafspraak.overheid} bij de overheid.",
      "Het doelgroepregister is een lijst van UWV. Daarin staan alle mensen die onder de banenafspraak vallen.",
    ],
    voorWie: [
      "In het register staan onder andere:",
      {
        list: [
          "oud-leerlingen van het vso en het praktijkonderwijs die zich bij UWV hebben aangemeld;",
          "mensen die onder de [Participatiewet](/regelingen/begrippen#participatiewet) vallen en niet het hele minimumloon kunnen verdienen;",
          "mensen met een [Wajong](/regelingen/begrippen#wajong)-uitkering die kunnen werken;",
          "mensen met een indicatie voor de sociale werkvoorziening (Wsw);",
          "mensen die via de praktijkroute in het register komen. Die staat hieronder uitgelegd.",
        ],
      },
    ],
    watLevertHetOp: [
      "Een werknemer uit het register telt mee voor de banenafspraak.",
      "En u kunt gebruik maken van regelingen. UWV noemt voor oud-leerlingen van pro en vso: de [no-riskpolis](/regelingen/no-riskpolis), het [loonkostenvoordeel](/regelingen/loonkostenvoordeel), [loonkostensubsidie](/regelingen/loonkostensubsidie), een [jobcoach](/regelingen/jobcoach) en een [proefplaatsing](/regelingen/proefplaatsing).",
    ],
    watMoetUDoen: [
      {
        steps: [
          "Wilt u weten of iemand in het register staat? Kijk in het werkgeversportaal van UWV. Doe dit als de werknemer bij u begint.",
          "De jongere kan het ook zelf zien, in Mijn UWV.",
        ],
      },
      "Staat de jongere er niet in, maar kan hij of zij niet het hele minimumloon verdienen? Dan kan de gemeente de [loonwaarde](/regelingen/begrippen#loonwaarde) meten op de werkplek, het liefst tijdens een proefplaatsing. Is de loonwaarde lager dan het minimumloon, dan komt de werknemer in het register, zonder keuring door UWV. Dat heet de praktijkroute. De gemeente stuurt u een brief met de loonwaarde en de loonkostensubsidie. De praktijkroute bestaat sinds {banenafspraak.praktijkrouteSinds}.",
    ],
    waarAanvragen: [
      "U vraagt zelf niets aan. Niemand kan zichzelf aanmelden voor het register.",
      "De jongere, of de ouders, vragen bij UWV een [indicatie banenafspraak](/regelingen/begrippen#indicatie-banenafspraak) aan. Scholen raden ouders dat vaak aan en helpen erbij. Of de gemeente regelt het via de praktijkroute.",
    ],
    goedOmTeWeten: [
      "Niet iedere oud-leerling van pro of vso staat in het register. Alleen wie zich bij UWV heeft aangemeld. Vraag het de jongere of de school.",
      "Weet u niet welke regelingen bij u passen? Doe de [regelingencheck](/regelingencheck).",
    ],
  },
  sources: [
    SOURCES.uwvDoelgroepregister,
    SOURCES.uwvAdvieswijzer,
    SOURCES.isdBollenstreekBanenafspraak,
    SOURCES.maatwerkbanen,
    SOURCES.toolboxInclusiefPraktijkroute,
    SOURCES.bouwendNederlandLkv2026,
  ],
};
