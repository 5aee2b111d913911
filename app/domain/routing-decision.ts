import { wspPhrase } from "./organisations";

/**
 * Who handles a request and why, stored with the request so staff and the employer see the same
 * decision later, even when the routing data has changed since.
 */
export interface RoutingReason {
  code: string;
  text: string;
}

export interface RoutedOrganisation {
  organisationId: string;
  name: string;
}

export interface RoutingDecision {
  regionSlug: string;
  regionName: string;
  municipalityCode: string;
  municipalityName: string;
  /** The WSP of the region: informed of every request, and the handler when no school fits. */
  wsp: RoutedOrganisation | null;
  /** The school that gets the request now, if one fits. */
  school: RoutedOrganisation | null;
  /** The next schools in line, best first, should the chosen school decline or not respond. */
  alternates: RoutedOrganisation[];
  handler: "school" | "wsp";
  reasons: RoutingReason[];
}

/** The sentence that tells the employer where the request went (confirmation page and email). */
export function routedToSentence(p: { schoolName: string | null; wspName: string | null; municipalityName: string }): string {
  if (p.schoolName) {
    return `Uw aanvraag is doorgestuurd naar ${p.schoolName} in ${p.municipalityName}.${
      p.wspName ? ` ${wspPhrase(p.wspName, true)} is op de hoogte.` : ""
    }`;
  }
  if (p.wspName) return `Uw aanvraag is doorgestuurd naar ${wspPhrase(p.wspName)}.`;
  return "We zoeken nu uit wie in uw regio uw aanvraag oppakt.";
}

/**
 * The reasons are written to the employer ("uw aanvraag", "met u") and stored that way. Staff
 * read the same reasons about the employer; these are the phrases that change.
 */
const STAFF_WORDING: Array<[RegExp, string]> = [
  [/\buw aanvraag\b/g, "de aanvraag"],
  [/^Uw vraag\b/, "De vraag van de werkgever"],
  [/zoekt met u verder/g, "zoekt met de werkgever verder"],
  [/neemt contact met u op/g, "neemt contact op met de werkgever"],
  [/helpt het werkgeversservicepunt u mee/g, "helpt het werkgeversservicepunt de werkgever mee"],
];

export function reasonTextForStaff(text: string): string {
  return STAFF_WORDING.reduce((sentence, [pattern, replacement]) => sentence.replace(pattern, replacement), text);
}

/** The reason in a routing decision that says where the employer is; kept when a person re-routes. */
function placeReasons(decision: RoutingDecision): RoutingReason[] {
  return decision.reasons.filter((reason) => reason.code === "regio_van_postcode");
}

/** A school gave the request back: the region's WSP (as it is now) handles it. */
export function handedBackDecision(previous: RoutingDecision, schoolName: string, wsp: RoutedOrganisation): RoutingDecision {
  return {
    ...previous,
    school: null,
    wsp,
    handler: "wsp",
    reasons: [
      ...placeReasons(previous),
      { code: "teruggegeven", text: `${schoolName} heeft de aanvraag teruggegeven aan het werkgeversservicepunt.` },
      { code: "wsp_behandelt", text: `${wsp.name} is het werkgeversservicepunt van deze regio en neemt contact met u op.` },
    ],
  };
}

/** Someone (`byName`: the WSP, or the administrator) sent the request on to another school of the region. */
export function forwardedDecision(previous: RoutingDecision, school: RoutedOrganisation, byName: string): RoutingDecision {
  return {
    ...previous,
    school,
    handler: "school",
    alternates: previous.alternates.filter((alt) => alt.organisationId !== school.organisationId),
    reasons: [
      ...placeReasons(previous),
      { code: "doorgestuurd_door_wsp", text: `${byName} heeft de aanvraag doorgestuurd naar ${school.name}.` },
      ...(previous.wsp
        ? [{ code: "wsp_op_de_hoogte", text: `${previous.wsp.name} is het werkgeversservicepunt van deze regio en is op de hoogte.` }]
        : []),
    ],
  };
}
