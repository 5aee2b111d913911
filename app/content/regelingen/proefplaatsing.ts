import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const proefplaatsing: RegelingPage = {
  slug: "proefplaatsing",
  group: "stage",
  summary: "Iemand met een uitkering werkt eerst een tijd op proef bij u, met behoud van de uitkering. Dit is iets anders dan een proefplaatsing via school.",
  checked: "2026-11-22",
  sections: {
    watIsHet: [
      "Bij een proefplaatsing werkt iemand met een uitkering een tijdje op proef bij u. Hij of zij houdt de uitkering en krijgt van u geen loon. Zo ziet u samen of het werk past.",
      "Let op: er zijn twee soorten proefplaatsing.",
      {
        list: [
          "De proefplaatsing via UWV of de gemeente. Die staat op deze pagina. Ze is voor mensen met een uitkering.",
          "De proefplaatsing via school. Die is voor een leerling die nog op school zit. Een leerling heeft geen uitkering. Het is eigenlijk een korte stage om kennis te maken. De school begeleidt de leerling en u zit nergens aan vast. Die kunt u [op Opstap aanmelden](/proefplaatsing).",
        ],
      },
    ],
    voorWie: [
      {
        list: [
          "Voor mensen met een uitkering van UWV, zoals WW, Wajong, WIA of Ziektewet. Dan beslist UWV.",
          "Voor mensen met een uitkering van de gemeente (bijstand, [Participatiewet](/regelingen/begrippen#participatiewet)). Dan beslist de gemeente. De regels verschillen per gemeente.",
          "Niet voor leerlingen die nog op school zitten. Voor hen is er de proefplaatsing via school.",
        ],
      },
    ],
    watLevertHetOp: [
      "U kunt {proefplaatsing.duur} kijken of iemand bij u past. U betaalt in die tijd geen loon.",
      "De werknemer leert het werk kennen voordat het contract begint.",
    ],
    watMoetUDoen: [
      {
        steps: [
          "Spreek met de werknemer af wat hij of zij gaat doen, en hoeveel uur.",
          "Schrijf op dat u van plan bent de werknemer daarna een contract te geven van minstens {proefplaatsing.minContract}, voor minstens evenveel uren.",
          "De werknemer vraagt de proefplaatsing aan bij UWV of de gemeente. U tekent mee.",
          "Wacht op het besluit. UWV beslist meestal binnen {proefplaatsing.besluitBinnen}.",
          "Zorg dat u een aansprakelijkheidsverzekering heeft.",
        ],
      },
      "Regel dit ruim voordat de proefplaatsing begint.",
    ],
    waarAanvragen: [
      "De werknemer vraagt het aan: bij UWV als de uitkering van UWV komt, bij de gemeente als de uitkering van de gemeente komt.",
      "Een proefplaatsing via school regelt u met de school. U kunt zich daarvoor [op Opstap aanmelden](/proefplaatsing).",
    ],
    goedOmTeWeten: [
      "Een proefplaatsing duurt {proefplaatsing.duur}. Alleen in bijzondere gevallen mag het langer, tot hoogstens {proefplaatsing.maxDuur}.",
      "Neemt u de werknemer na de proefplaatsing in dienst? Dan mag u in het contract geen proeftijd meer afspreken.",
      "Bij de gemeente kan een proefplaatsing ook helpen om de [loonwaarde](/regelingen/begrippen#loonwaarde) te meten. Lees meer bij [loonkostensubsidie](/regelingen/loonkostensubsidie).",
    ],
  },
  sources: [SOURCES.uwvProefplaatsing, SOURCES.uwvAdvieswijzer, SOURCES.awvnProefplaatsing, SOURCES.caictProefplaatsing],
};
