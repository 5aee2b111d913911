/**
 * Who handles an employer's request, and why. Pure: the caller passes in the request, the place
 * and the routing data (organisations with their service areas, capacity and current load), and
 * gets back the region's WSP, the chosen school or none, the ranked alternates, and the reasons
 * as codes and as Dutch sentences an employer understands.
 */
import type { SchoolType } from "./organisations";
import type { RequestKind } from "./request-status";
import { REASON_SENTENCES, type RoutingDecision, type RoutingReason } from "./routing-decision";
import { sectorLabel } from "./sectors";

/** Topics of a "vraag"; the topic decides whether a school or the WSP answers it. */
export const QUESTION_TOPICS = [
  { value: "stage", label: "Een stage aanbieden", handler: "school" },
  { value: "proefplaatsing", label: "Een proefplaatsing", handler: "school" },
  { value: "groepsstage", label: "Een groepsstage", handler: "school" },
  { value: "subsidies", label: "Subsidies", handler: "wsp" },
  { value: "regelingen", label: "Regelingen", handler: "wsp" },
  { value: "in-dienst-nemen", label: "Een jongere in dienst nemen", handler: "wsp" },
  { value: "no-risk", label: "De no-riskpolis", handler: "wsp" },
  { value: "jobcoach", label: "Een jobcoach", handler: "wsp" },
  { value: "iets-anders", label: "Iets anders", handler: "wsp" },
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number]["value"];

export interface RoutingRequest {
  kind: RequestKind;
  /** Only for kind "vraag". */
  topic?: QuestionTopic;
  sector: string | null;
  /** Only for kind "groepsstage". */
  groupSize?: number;
  /**
   * Spreads ties between equal schools: requests with different keys land on different schools,
   * and the same key always gives the same decision. The request's submission key is used.
   */
  tieBreakKey: string;
  /** Schools that declined or let the response window pass: never chosen again for this request. */
  excludedSchoolIds?: readonly string[];
}

export interface RoutingPlace {
  pc4: string;
  municipalityCode: string;
  municipalityName: string;
  regionSlug: string;
  regionName: string;
}

export interface RoutingOrganisation {
  id: string;
  kind: "wsp" | "school";
  name: string;
  regionSlug: string;
  schoolType: SchoolType | null;
  /** Empty means "alle sectoren". */
  sectors: readonly string[];
  takesProefplaatsing: boolean;
  offersGroepsstage: boolean;
  groepsstageMinSize: number | null;
  groepsstageMaxSize: number | null;
  /** Requests per school year; null means no limit was set. */
  capacityPerSchoolYear: number | null;
  /** Requests routed to the school this school year that are still open or that it accepted. */
  openLoad: number;
  active: boolean;
  serviceArea: ReadonlySet<string>;
}

/** A stable 32-bit hash (FNV-1a): deterministic, cheap, and spread well enough for tie-breaks. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Ineligibility =
  | "gepauzeerd"
  | "afgewezen"
  | "buiten_werkgebied"
  | "geen_proefplaatsing"
  | "geen_groepsstage"
  | "groepsgrootte"
  | "sector"
  | "vol";

function ineligibility(school: RoutingOrganisation, request: RoutingRequest, municipalityCode: string): Ineligibility | null {
  if (!school.active) return "gepauzeerd";
  if (request.excludedSchoolIds?.includes(school.id)) return "afgewezen";
  if (!school.serviceArea.has(municipalityCode)) return "buiten_werkgebied";
  const kind = request.kind === "vraag" ? request.topic : request.kind;
  if (kind === "groepsstage") {
    if (!school.offersGroepsstage) return "geen_groepsstage";
    const size = request.groupSize;
    if (
      size !== undefined &&
      ((school.groepsstageMinSize !== null && size < school.groepsstageMinSize) ||
        (school.groepsstageMaxSize !== null && size > school.groepsstageMaxSize))
    ) {
      return "groepsgrootte";
    }
  } else if (!school.takesProefplaatsing) {
    // A proefplaatsing and a question about a stage both need a school that places single pupils.
    return "geen_proefplaatsing";
  }
  if (request.sector && request.sector !== "anders" && school.sectors.length > 0 && !school.sectors.includes(request.sector)) {
    return "sector";
  }
  if (school.capacityPerSchoolYear !== null && school.openLoad >= school.capacityPerSchoolYear) return "vol";
  return null;
}

function loadRatio(school: RoutingOrganisation): number {
  // A school without a set capacity ranks as if it had room for 100 this year.
  return school.openLoad / (school.capacityPerSchoolYear ?? 100);
}

function needsSchool(request: RoutingRequest): boolean {
  if (request.kind !== "vraag") return true;
  return QUESTION_TOPICS.find((t) => t.value === request.topic)?.handler === "school";
}

const KIND_WORDS: Record<string, string> = {
  proefplaatsing: "proefplaatsingen",
  groepsstage: "groepsstages",
  stage: "stages",
};

/** Topics whose answer does not depend on where the employer is: the postcode may stay empty. */
export const TOPICS_WITHOUT_PLACE: ReadonlySet<QuestionTopic> = new Set(["iets-anders"]);

/**
 * A question sent without a place: no region, so no school or WSP to choose. The team behind
 * Opstap (the installation's operator) reads it, answers it or passes it on (decision 032).
 */
export function routeWithoutPlace(): RoutingDecision {
  return {
    regionSlug: null,
    regionName: null,
    municipalityCode: null,
    municipalityName: null,
    wsp: null,
    school: null,
    alternates: [],
    handler: "opstap",
    reasons: [{ code: "zonder_plaats", text: REASON_SENTENCES.zonder_plaats("employer") }],
  };
}

export function routeRequest(
  request: RoutingRequest,
  place: RoutingPlace,
  organisations: readonly RoutingOrganisation[],
): RoutingDecision {
  const reasons: RoutingReason[] = [
    {
      code: "regio_van_postcode",
      text: `Postcode ${place.pc4} ligt in de gemeente ${place.municipalityName}, in de arbeidsmarktregio ${place.regionName}.`,
    },
  ];

  const wsp =
    organisations
      .filter((o) => o.kind === "wsp" && o.active && o.regionSlug === place.regionSlug)
      .sort((a, b) => a.name.localeCompare(b.name, "nl"))[0] ?? null;

  let ranked: RoutingOrganisation[] = [];
  if (needsSchool(request)) {
    const eligible = organisations.filter(
      (o) => o.kind === "school" && ineligibility(o, request, place.municipalityCode) === null,
    );
    const exact = (o: RoutingOrganisation) => (request.sector && o.sectors.includes(request.sector) ? 0 : 1);
    ranked = eligible
      .map((o) => ({ o, exact: exact(o), ratio: loadRatio(o), tie: hash(`${request.tieBreakKey}:${o.id}`) }))
      .sort((a, b) => a.exact - b.exact || a.ratio - b.ratio || a.tie - b.tie || a.o.id.localeCompare(b.o.id))
      .map((r) => r.o);
  }
  const [school, ...alternates] = ranked;

  if (school) {
    const sectorWhy =
      request.sector && school.sectors.includes(request.sector)
        ? `plaatst leerlingen in de sector ${sectorLabel(request.sector).toLowerCase()}`
        : "plaatst leerlingen in alle sectoren";
    const kindWord = KIND_WORDS[request.kind === "vraag" ? (request.topic ?? "") : request.kind] ?? "aanvragen";
    reasons.push({
      code: "school_gekozen",
      text: `${school.name} werkt in ${place.municipalityName}, doet ${kindWord}, ${sectorWhy} en heeft nog plek.`,
    });
    if (alternates.length > 0) {
      reasons.push({
        code: "alternatieven",
        text: REASON_SENTENCES.alternatieven(alternates.length, "employer"),
      });
    }
  } else if (needsSchool(request)) {
    const declinedAll = (request.excludedSchoolIds?.length ?? 0) > 0;
    reasons.push({
      code: declinedAll ? "geen_school_meer" : "geen_school",
      text: declinedAll
        ? "De scholen in de buurt konden deze aanvraag niet oppakken. Het werkgeversservicepunt zoekt verder."
        : REASON_SENTENCES.geen_school(place.municipalityName, "employer"),
    });
  } else {
    reasons.push({ code: "vraag_voor_wsp", text: REASON_SENTENCES.vraag_voor_wsp("employer") });
  }

  if (wsp) {
    reasons.push(
      school
        ? { code: "wsp_op_de_hoogte", text: `${wsp.name} is het werkgeversservicepunt van deze regio en is op de hoogte.` }
        : { code: "wsp_behandelt", text: REASON_SENTENCES.wsp_behandelt(wsp.name, "employer") },
    );
  } else {
    reasons.push({ code: "geen_wsp_bekend", text: `Voor de regio ${place.regionName} is nog geen werkgeversservicepunt bekend.` });
  }

  return {
    regionSlug: place.regionSlug,
    regionName: place.regionName,
    municipalityCode: place.municipalityCode,
    municipalityName: place.municipalityName,
    wsp: wsp ? { organisationId: wsp.id, name: wsp.name } : null,
    school: school ? { organisationId: school.id, name: school.name } : null,
    alternates: alternates.map((o) => ({ organisationId: o.id, name: o.name })),
    handler: school ? "school" : "wsp",
    reasons,
  };
}
