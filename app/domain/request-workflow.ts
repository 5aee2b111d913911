/**
 * The status workflow staff move a request through. Pure: given where a request is and what a
 * person wants to do, says whether it may and what the request becomes.
 *
 *   nieuw ──► in_behandeling ──► kennismaking_gepland ──► geplaatst
 *     │             │                     │          └──► geen_match (met reden)
 *     └─────────────┴─────────────────────┴──────────────► geen_match
 *   kennismaking_gepland ──► kennismaking_gepland (another date: moved)
 *   geplaatst / geen_match ──► in_behandeling (heropenen)
 *   ingetrokken: the employer withdrew it; nothing follows.
 */
import type { RequestStatus } from "./request-status";

export const REQUEST_OUTCOMES = ["geplaatst", "geen_match"] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

export const NO_MATCH_REASONS = [
  { value: "geen-leerling", label: "Er was geen leerling die past" },
  { value: "werkgever-afgehaakt", label: "De werkgever wil niet meer" },
  { value: "niet-bereikbaar", label: "De werkgever was niet bereikbaar" },
  { value: "werk-past-niet", label: "Het werk past niet bij de leerlingen" },
  { value: "anders", label: "Een andere reden" },
] as const;
export type NoMatchReason = (typeof NO_MATCH_REASONS)[number]["value"];

export const OPEN_STATUSES: readonly RequestStatus[] = ["nieuw", "in_behandeling", "kennismaking_gepland"];
export const CLOSED_STATUSES: readonly RequestStatus[] = ["geplaatst", "geen_match", "ingetrokken"];

export function isOpen(status: RequestStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

const NEXT: Record<RequestStatus, readonly RequestStatus[]> = {
  nieuw: ["in_behandeling", "kennismaking_gepland", "geen_match"],
  in_behandeling: ["kennismaking_gepland", "geplaatst", "geen_match"],
  kennismaking_gepland: ["kennismaking_gepland", "in_behandeling", "geplaatst", "geen_match"],
  geplaatst: ["in_behandeling"],
  geen_match: ["in_behandeling"],
  ingetrokken: [],
};

/** The statuses a person can choose from next. */
export function nextStatuses(current: RequestStatus): readonly RequestStatus[] {
  return NEXT[current];
}

export type StatusChange =
  | { to: "in_behandeling" }
  | { to: "kennismaking_gepland"; introductionOn: string }
  | { to: "geplaatst"; placementEndsOn?: string | null }
  | { to: "geen_match"; reason: NoMatchReason; explanation?: string };

export interface StatusChangePlan {
  status: RequestStatus;
  outcome: RequestOutcome | null;
  outcomeReason: string | null;
  introductionOn: string | null;
  /** When the placement ends, if known: only a placed request has one (its check-in follows it). */
  placementEndsOn: string | null;
  closed: boolean;
  /** True when a closed request is opened again. */
  reopened: boolean;
}

/** The introduction is planned for today or later; a date in the past is a typing error. */
export function introductionDateProblem(isoDate: string, today: string): string | null {
  return isoDate < today ? "Kies vandaag of een dag na vandaag." : null;
}

/**
 * A placement cannot end before the employer asked for it: such a date is a typing error (the
 * year, most often). Dates are "YYYY-MM-DD" as clocks in the Netherlands show them.
 */
export function placementEndProblem(endsOn: string, requestSentOn: string): string | null {
  return endsOn < requestSentOn ? "Deze datum ligt voor de dag van de aanvraag. Kies de dag waarop de plaatsing eindigt." : null;
}

/** What the request becomes, or a Dutch sentence saying why this change is not possible. */
export function planStatusChange(current: RequestStatus, change: StatusChange): StatusChangePlan | { problem: string } {
  if (current === "ingetrokken") return { problem: "De werkgever heeft deze aanvraag ingetrokken. De status kan niet meer veranderen." };
  const moved = current === "kennismaking_gepland" && change.to === "kennismaking_gepland";
  if (current === change.to && !moved) return { problem: "De aanvraag heeft deze status al." };
  if (!NEXT[current].includes(change.to)) return { problem: "Deze stap kan niet vanuit de huidige status." };
  const reopened = CLOSED_STATUSES.includes(current);
  switch (change.to) {
    case "in_behandeling":
      return { status: "in_behandeling", outcome: null, outcomeReason: null, introductionOn: null, placementEndsOn: null, closed: false, reopened };
    case "kennismaking_gepland":
      return { status: "kennismaking_gepland", outcome: null, outcomeReason: null, introductionOn: change.introductionOn, placementEndsOn: null, closed: false, reopened };
    case "geplaatst":
      return { status: "geplaatst", outcome: "geplaatst", outcomeReason: null, introductionOn: null, placementEndsOn: change.placementEndsOn ?? null, closed: true, reopened };
    case "geen_match": {
      const label = NO_MATCH_REASONS.find((r) => r.value === change.reason)?.label ?? change.reason;
      const outcomeReason = change.explanation?.trim() ? `${label}: ${change.explanation.trim()}` : label;
      return { status: "geen_match", outcome: "geen_match", outcomeReason, introductionOn: null, placementEndsOn: null, closed: true, reopened };
    }
  }
}

/** Why there was no match, as the employer reads it in the email that closes the request. */
const NO_MATCH_FOR_EMPLOYER: Record<NoMatchReason, string> = {
  "geen-leerling": "Het is deze keer niet gelukt om een leerling te vinden die bij uw werk past.",
  "werkgever-afgehaakt": "U liet weten dat u niet verder wilt.",
  "niet-bereikbaar": "Het is ons niet gelukt om u te bereiken.",
  "werk-past-niet": "Het werk past op dit moment niet bij de leerlingen.",
  anders: "Het is deze keer niet gelukt om een plek voor een leerling te vinden.",
};

/**
 * The status email to the employer after a change by staff, or null when the change is not news
 * for them (work simply continues).
 */
export function employerNews(change: StatusChange, plan: StatusChangePlan, organisationName: string, formatDay: (iso: string) => string): string | null {
  if (plan.reopened) return `Uw aanvraag is weer geopend. ${organisationName} gaat er verder mee aan de slag.`;
  switch (change.to) {
    case "kennismaking_gepland":
      return `Er is een kennismaking gepland op ${formatDay(change.introductionOn)}. ${organisationName} neemt contact met u op als er iets verandert.`;
    case "geplaatst":
      return "Goed nieuws: er gaat een leerling bij u aan de slag. Dank u wel dat u een leerling een kans geeft.";
    case "geen_match":
      return `${NO_MATCH_FOR_EMPLOYER[change.reason]} Daarom is uw aanvraag afgesloten. Wilt u het later nog eens proberen? U kunt altijd een nieuwe aanvraag doen.`;
    case "in_behandeling":
      return null;
  }
}
