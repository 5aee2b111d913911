import { SOURCES } from "~/domain/regelingen/sources";
import type { RegelingPage } from "./types";

export const erkendLeerbedrijf: RegelingPage = {
  slug: "erkend-leerbedrijf-en-praktijkverklaring",
  group: "stage",
  summary: "Een erkend leerbedrijf mag leerlingen opleiden. Bij zo'n bedrijf kan een leerling een praktijkverklaring halen.",
  checked: "2026-12-02",
  sections: {
    watIsHet: [
      "Een erkend leerbedrijf is een bedrijf dat van [SBB](/regelingen/begrippen#sbb) leerlingen en studenten mag opleiden.",
      "Een [praktijkverklaring](/regelingen/begrippen#praktijkverklaring) is een bewijs voor de leerling. Daarin staat welk werk de leerling goed kan. De leerling laat dat zien bij een erkend leerbedrijf.",
    ],
    voorWie: [
      "De erkenning is voor elk bedrijf dat leerlingen of studenten wil opleiden.",
      "De praktijkverklaring is voor leerlingen van het praktijkonderwijs en het vso. Het kan in alle sectoren.",
    ],
    watLevertHetOp: [
      {
        list: [
          "Als erkend leerbedrijf staat u op Stagemarkt.nl. Scholen kunnen u daar vinden.",
          "Leerbedrijven die openstaan voor leerlingen van het praktijkonderwijs krijgen een kenmerk op Stagemarkt.nl. Scholen zoeken daarop.",
          "Alleen als erkend leerbedrijf kunt u de [subsidie praktijkleren](/regelingen/subsidie-praktijkleren) krijgen.",
          "Met een praktijkverklaring heeft uw stagiair een bewijs van wat hij of zij kan. Dat helpt bij het vinden van werk.",
        ],
      },
    ],
    watMoetUDoen: [
      "Dit zijn de voorwaarden voor een erkenning:",
      {
        list: [
          "een veilige werkplek, met werk dat past bij de opleiding;",
          "een [praktijkopleider](/regelingen/begrippen#praktijkopleider): een collega die de leerling begeleidt en daar tijd voor krijgt;",
          "u werkt samen met de school en SBB;",
          "u vindt het goed dat uw bedrijf op Stagemarkt.nl staat.",
        ],
      },
      "Vraag de erkenning aan voordat de stage begint. Voor de subsidie praktijkleren moet u de hele stage erkend zijn.",
      "Voor een praktijkverklaring laat u de leerling het werk doen. De school regelt de verklaring met SBB.",
    ],
    waarAanvragen: [
      "De erkenning vraagt u aan bij SBB. Een adviseur praktijkleren van SBB helpt u daarbij.",
      "De praktijkverklaring regelt de school.",
    ],
    goedOmTeWeten: [
      "Een praktijkverklaring is geen diploma. Het geeft geen recht op een plek in een mbo-opleiding.",
      "Toch kan het een stap naar verder leren zijn. Voor de [entree-opleiding](/regelingen/begrippen#entree-opleiding) van het mbo zijn geen toelatingseisen. Veel scholen zien de verklaring als een opstap.",
      "De praktijkverklaring heette eerder Boris. U kunt die naam nog tegenkomen.",
      "Ook certificaten zoals VCA, BHV of EHBO helpen een leerling bij het vinden van werk.",
    ],
  },
  sources: [SOURCES.sbbVoorwaarden, SOURCES.piterJellesBoris, SOURCES.nationaleOnderwijsgidsBoris, SOURCES.rocFriesePoortEntree],
};
