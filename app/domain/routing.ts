/**
 * Who handles a request, and why, in words an employer understands. Pure: the caller looks up the
 * place and the WSP and passes them in.
 */
import type { RoutingDecision } from "./routing-decision";

export interface RoutingInput {
  pc4: string;
  place: { municipalityCode: string; municipalityName: string; regionSlug: string; regionName: string };
  wsp: { id: string; name: string } | null;
}

export function decideRouting({ pc4, place, wsp }: RoutingInput): RoutingDecision {
  const reasons: RoutingDecision["reasons"] = [
    {
      code: "regio_van_postcode",
      text: `Postcode ${pc4} ligt in de gemeente ${place.municipalityName}, in de arbeidsmarktregio ${place.regionName}.`,
    },
    wsp
      ? { code: "wsp_van_regio", text: `${wsp.name} is het werkgeversservicepunt van deze regio en is op de hoogte.` }
      : { code: "geen_wsp_bekend", text: `Voor de regio ${place.regionName} is nog geen werkgeversservicepunt bekend.` },
  ];
  return {
    regionSlug: place.regionSlug,
    regionName: place.regionName,
    municipalityCode: place.municipalityCode,
    municipalityName: place.municipalityName,
    wsp: wsp ? { organisationId: wsp.id, name: wsp.name } : null,
    reasons,
  };
}
