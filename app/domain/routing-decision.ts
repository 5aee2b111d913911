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
  /**
   * Where the employer is. Empty only for a question about "iets anders" sent without a postcode:
   * the team behind Opstap reads it (handler "opstap", decision 032).
   */
  regionSlug: string | null;
  regionName: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  /** The WSP of the region: informed of every request, and the handler when no school fits. */
  wsp: RoutedOrganisation | null;
  /** The school that gets the request now, if one fits. */
  school: RoutedOrganisation | null;
  /** The next schools in line, best first, should the chosen school decline or not respond. */
  alternates: RoutedOrganisation[];
  handler: "school" | "wsp" | "opstap";
  reasons: RoutingReason[];
}

/** The sentence that tells the employer where the request went (confirmation page and email). */
export function routedToSentence(p: { schoolName: string | null; wspName: string | null; municipalityName: string | null }): string {
  if (p.municipalityName === null) return "Uw vraag gaat naar het team van Opstap.";
  if (p.schoolName) {
    return `Uw aanvraag is doorgestuurd naar ${p.schoolName} in ${p.municipalityName}.${
      p.wspName ? ` ${wspPhrase(p.wspName, true)} is op de hoogte.` : ""
    }`;
  }
  if (p.wspName) return `Uw aanvraag is doorgestuurd naar ${wspPhrase(p.wspName)}.`;
  return "We zoeken nu uit wie in uw regio uw aanvraag oppakt.";
}

/** The one sentence that says until when the school that has the request will answer. */
export function schoolAnswersBySentence(schoolName: string, respondBy: string): string {
  return `${schoolName} laat uiterlijk ${respondBy} weten of ze uw aanvraag oppakt.`;
}

/** Who contacts the employer next: the school, the WSP, or for a question without a place the team behind Opstap. */
export function handlerNameFor(p: { schoolName: string | null; wspName: string | null; municipalityName: string | null }): string {
  return p.schoolName ?? p.wspName ?? (p.municipalityName === null ? "Het team van Opstap" : "Iemand uit uw regio");
}

/** What happens next, on the confirmation page and in the confirmation email. */
export function nextStepSentence(handlerName: string, respondBy: string | null): string {
  return respondBy
    ? `${schoolAnswersBySentence(handlerName, respondBy)} Kan de school niet, dan gaat uw aanvraag naar een andere school of naar het werkgeversservicepunt.`
    : `${handlerName} neemt contact met u op.`;
}

/** Who reads a reason: the employer ("uw aanvraag", "met u"), or staff, who read it about the employer. */
type Reader = "employer" | "staff";

/**
 * The reasons that speak to the employer, worded for either reader. The routing stores the
 * employer's sentence; staff get theirs from the reason's code and the decision's own facts.
 */
export const REASON_SENTENCES = {
  alternatieven(count: number, reader: Reader): string {
    const request = reader === "employer" ? "uw aanvraag" : "de aanvraag";
    return count === 1
      ? `Als deze school niet kan, gaat ${request} naar 1 andere school in de buurt.`
      : `Als deze school niet kan, gaat ${request} naar een van ${count} andere scholen in de buurt.`;
  },
  geen_school(municipalityName: string, reader: Reader): string {
    const withWhom = reader === "employer" ? "met u" : "met de werkgever";
    return `Er is in ${municipalityName} nu geen school die hierbij past en plek heeft. Het werkgeversservicepunt zoekt ${withWhom} verder.`;
  },
  vraag_voor_wsp(reader: Reader): string {
    return reader === "employer"
      ? "Uw vraag gaat over werk en regelingen. Daar helpt het werkgeversservicepunt u mee."
      : "De vraag van de werkgever gaat over werk en regelingen. Daar helpt het werkgeversservicepunt de werkgever mee.";
  },
  zonder_plaats(reader: Reader): string {
    return reader === "employer"
      ? "U gaf geen postcode. Het team van Opstap leest uw vraag. Wij antwoorden zelf, of sturen uw vraag door naar wie u het best kan helpen."
      : "De werkgever gaf geen postcode. Het team van Opstap beantwoordt de vraag, of stuurt hem door.";
  },
  wsp_behandelt(wspName: string, reader: Reader): string {
    const contact = reader === "employer" ? "neemt contact met u op" : "neemt contact op met de werkgever";
    return `${wspName} is het werkgeversservicepunt van deze regio en ${contact}.`;
  },
};

/** A reason as staff read it; reasons that do not speak to the employer read the same for both. */
export function reasonTextForStaff(
  reason: RoutingReason,
  decision: Pick<RoutingDecision, "alternates" | "municipalityName" | "wsp">,
): string {
  switch (reason.code) {
    case "alternatieven":
      return decision.alternates.length > 0 ? REASON_SENTENCES.alternatieven(decision.alternates.length, "staff") : reason.text;
    case "geen_school":
      return decision.municipalityName ? REASON_SENTENCES.geen_school(decision.municipalityName, "staff") : reason.text;
    case "vraag_voor_wsp":
      return REASON_SENTENCES.vraag_voor_wsp("staff");
    case "zonder_plaats":
      return REASON_SENTENCES.zonder_plaats("staff");
    case "wsp_behandelt":
      return decision.wsp ? REASON_SENTENCES.wsp_behandelt(decision.wsp.name, "staff") : reason.text;
    default:
      return reason.text;
  }
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
      { code: "wsp_behandelt", text: REASON_SENTENCES.wsp_behandelt(wsp.name, "employer") },
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
