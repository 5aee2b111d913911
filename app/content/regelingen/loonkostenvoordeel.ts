import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const loonkostenvoordeel: RegelingPage = {
  slug: "loonkostenvoordeel",
  group: "in-dienst",
  summary: "Een bedrag per uur van de Belastingdienst, voor een werknemer uit het doelgroepregister.",
  checked: "2026-12-02",
  sections: {
    watIsHet: [
      "Het loonkostenvoordeel (LKV) is geld dat u van de Belastingdienst krijgt. U krijgt het als u iemand uit het doelgroepregister in dienst heeft.",
      "U vraagt het aan in uw [loonaangifte](/regelingen/begrippen#loonaangifte).",
    ],
    voorWie: [
      "Voor werkgevers met een werknemer die in het [doelgroepregister](/regelingen/doelgroepregister-en-banenafspraak) staat.",
      "Daar horen ook oud-leerlingen van het praktijkonderwijs en het vso bij die zich bij UWV hebben aangemeld.",
    ],
    watLevertHetOp: [
      "U krijgt {lkv.perUur} voor elk uur waarover u loon betaalt. U krijgt nooit meer dan {lkv.maxPerJaar} per jaar.",
      "Dat maximum hoort bij een werkweek van {lkv.voltijdUren}. Werkt iemand minder uren, dan krijgt u minder.",
      "Sinds {lkv.zonderVerklaringVanaf} krijgt u het LKV zolang de werknemer bij u werkt. Het maakt niet uit wanneer de werknemer bij u in dienst kwam.",
      "De Belastingdienst betaalt het uit in het jaar daarna.",
    ],
    watMoetUDoen: [
      {
        steps: [
          "Kijk in het werkgeversportaal van UWV of de werknemer in het doelgroepregister staat.",
          "Geef het LKV op in uw loonaangifte. Uw salarisadministratie of boekhouder kan dat voor u doen.",
          "U krijgt het geld in het jaar daarna.",
        ],
      },
      "Sinds {lkv.zonderVerklaringVanaf} hoeft u geen [doelgroepverklaring](/regelingen/begrippen#doelgroepverklaring) meer aan te vragen bij UWV.",
    ],
    waarAanvragen: ["Bij de Belastingdienst, in uw loonaangifte. U hoeft geen apart formulier in te vullen."],
    goedOmTeWeten: [
      "Werkte de werknemer al bij u voor {lkv.zonderVerklaringVanaf}? Ook dan krijgt u het LKV, zolang de werknemer in het doelgroepregister staat. Het maakt niet uit of u toen een doelgroepverklaring had.",
      "Vroeger hoorde er nog een groep bij dit LKV: de scholingsbelemmerden. Sinds {lkv.zonderVerklaringVanaf} horen zij er niet meer bij.",
      "Voor oud-leerlingen van pro en vso in het doelgroepregister noemt UWV ook de [no-riskpolis](/regelingen/no-riskpolis), [loonkostensubsidie](/regelingen/loonkostensubsidie) en een [jobcoach](/regelingen/jobcoach).",
    ],
  },
  sources: [
    SOURCES.belastingdienstLoonheffingen2026,
    SOURCES.uwvAdvieswijzer,
    SOURCES.taxliveLkv2026,
    SOURCES.fundamentLkv2026,
    SOURCES.flexmarktLkv,
  ],
};
