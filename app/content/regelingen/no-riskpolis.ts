import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const noRiskpolis: RegelingPage = {
  slug: "no-riskpolis",
  group: "in-dienst",
  summary: "Wordt een werknemer uit het doelgroepregister ziek? Dan betaalt UWV mee aan het loon dat u doorbetaalt.",
  checked: "2026-11-22",
  sections: {
    watIsHet: [
      "Wordt een werknemer ziek, dan betaalt u het loon door. Dat is de regel. Met de no-riskpolis helpt UWV u daarbij.",
      "UWV geeft dan een uitkering uit de [Ziektewet](/regelingen/begrippen#ziektewet). Dat geld mag u gebruiken voor het loon dat u doorbetaalt.",
      "Ook gaat uw premie voor ziekte en arbeidsongeschiktheid niet omhoog door deze ziekte.",
    ],
    voorWie: [
      "Voor werknemers uit de doelgroep van de banenafspraak. Dat zijn mensen die in het [doelgroepregister](/regelingen/doelgroepregister-en-banenafspraak) van UWV staan.",
      "Daar horen ook oud-leerlingen van het praktijkonderwijs en het vso bij die zich bij UWV hebben aangemeld.",
      "De no-riskpolis geldt ook voor mensen die [beschut werk](/regelingen/begrippen#beschut-werk) doen.",
      "De no-riskpolis is er voor werknemers: mensen die bij u in dienst zijn. Voor een leerling op stage geldt hij niet.",
    ],
    watLevertHetOp: [
      {
        list: [
          "Minder risico. Wordt de werknemer ziek, dan krijgt u geld van UWV.",
          "De uitkering is meestal {norisk.uitkeringPercentage} van het [dagloon](/regelingen/begrippen#dagloon). Moet u volgens uw [cao](/regelingen/begrippen#cao) meer doorbetalen? Dan kunt u UWV om een hogere uitkering vragen.",
          "Uw premie gaat niet omhoog door de ziekte van deze werknemer.",
        ],
      },
    ],
    watMoetUDoen: [
      {
        steps: [
          "Vraag bij het aannemen of de jongere in het doelgroepregister staat. U kunt het ook zelf nakijken in het werkgeversportaal van UWV.",
          "Vooraf hoeft u niets aan te vragen.",
          "Wordt de werknemer ziek? Meld de ziekte bij UWV. Zeg erbij dat de no-riskpolis geldt.",
          "Help de werknemer om weer aan het werk te gaan. Dat blijft uw taak, ook met de no-riskpolis.",
        ],
      },
    ],
    waarAanvragen: [
      "U vraagt de no-riskpolis niet apart aan. U geeft hem door als u de werknemer ziek meldt bij UWV.",
      "Heeft u vragen? Het [werkgeversservicepunt (WSP)](/regelingen/begrippen#wsp) in uw regio helpt u.",
    ],
    goedOmTeWeten: [
      "Voor de doelgroep van de banenafspraak heeft de no-riskpolis sinds {norisk.zonderEindSinds} geen einddatum. Hij geldt zolang de werknemer bij u werkt.",
      "Voor andere groepen, bijvoorbeeld mensen met een WIA-uitkering, geldt de no-riskpolis meestal {norisk.andereGroepenDuur}.",
      "Veel werkgevers zeggen: de no-riskpolis is fijn, maar ik had de jongere ook zonder aangenomen. De polis haalt vooral een zorg weg.",
      "Wilt u weten welke regelingen nog meer bij u passen? Doe de [regelingencheck](/regelingencheck).",
    ],
  },
  sources: [
    SOURCES.uwvAdvieswijzer,
    SOURCES.isdBollenstreekBanenafspraak,
    SOURCES.samenVoorDeKlantNoRisk,
    SOURCES.vengrootNoRisk,
    SOURCES.sazasNoRisk,
    SOURCES.nicopoelNoRisk,
  ],
};
