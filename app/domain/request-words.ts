/**
 * How requests and their timeline read for an employer: plain Dutch, no internal terms.
 */
import { formatDate } from "./dates";
import { appointmentFromEvent, appointmentSentence, appointmentWhen } from "./introduction";
import { wspPhrase } from "./organisations";
import type { RequestEventType } from "./request-events";
import type { RequestKind, RequestStatus } from "./request-status";
import { CLOSED_STATUSES } from "./request-workflow";

export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  proefplaatsing: "proefplaatsing",
  groepsstage: "groepsstage",
  vraag: "vraag",
};

export const STATUS_FOR_EMPLOYER: Record<RequestStatus, string> = {
  nieuw: "Wacht op antwoord",
  in_behandeling: "Wordt opgepakt",
  kennismaking_gepland: "Kennismaking gepland",
  geplaatst: "Er is een leerling geplaatst",
  geen_match: "Afgesloten zonder plaatsing",
  ingetrokken: "Ingetrokken",
};

/** The sentence for the employer's timeline when staff change the status; "in_behandeling" reads as news only after a reopening. */
const STATUS_CHANGE_FOR_EMPLOYER: Record<RequestStatus, string> = {
  nieuw: "Uw aanvraag wacht op antwoord.",
  in_behandeling: "Er wordt aan uw aanvraag gewerkt.",
  kennismaking_gepland: "Er is een kennismaking gepland.",
  geplaatst: "Er is een leerling geplaatst. Uw aanvraag is afgesloten.",
  geen_match: "Uw aanvraag is afgesloten. Er is geen leerling geplaatst.",
  ingetrokken: "Uw aanvraag is ingetrokken.",
};

function isStatus(value: unknown): value is RequestStatus {
  return typeof value === "string" && value in STATUS_CHANGE_FOR_EMPLOYER;
}

/** What the employer offers, in one sentence for the school: a group stage is about more pupils. */
export function employerOfferSentence(kind: RequestKind): string {
  switch (kind) {
    case "proefplaatsing":
      return "Een werkgever wil een leerling een kans geven.";
    case "groepsstage":
      return "Een werkgever wil een groep leerlingen een kans geven.";
    case "vraag":
      return "Een werkgever heeft een vraag.";
  }
}

export interface TimelineEvent {
  type: RequestEventType;
  data: Record<string, unknown>;
  organisationName?: string | null;
}

/** One line in the employer's timeline; null for events the employer need not see. */
export function describeEventForEmployer(event: TimelineEvent): string | null {
  const routing = event.data.routing as { school?: { name: string } | null; wsp?: { name: string } | null } | undefined;
  switch (event.type) {
    case "ontvangen":
      return "Wij hebben uw aanvraag ontvangen.";
    case "doorgestuurd":
      return routing?.school ? `Uw aanvraag is doorgestuurd naar ${routing.school.name}.` : "Uw aanvraag is doorgestuurd.";
    case "naar_wsp":
      return routing?.wsp
        ? `Uw aanvraag is doorgestuurd naar ${wspPhrase(routing.wsp.name)}.`
        : "Uw aanvraag ligt bij het werkgeversservicepunt van uw regio.";
    case "naar_opstap":
      return "Uw vraag ligt bij het team van Opstap.";
    case "geaccepteerd":
      return `${event.organisationName ?? "De school"} pakt uw aanvraag op en neemt contact met u op.`;
    case "afgewezen":
      return `${event.organisationName ?? "De school"} kon uw aanvraag niet oppakken.`;
    case "niet_beantwoord":
      return `${event.organisationName ?? "De school"} reageerde niet op tijd.`;
    case "bericht_werkgever":
      // The employer's own words, so they can see later what they already told us.
      return typeof event.data.message === "string" ? `U stuurde dit bericht: “${event.data.message}”` : "U heeft een bericht gestuurd.";
    case "contactgegevens_gewijzigd":
      return "U heeft uw contactgegevens aangepast.";
    case "ingetrokken":
      return "U heeft uw aanvraag ingetrokken.";
    case "heropend":
      return "U heeft uw aanvraag weer geopend.";
    case "antwoorden_gewijzigd":
      return `U heeft uw antwoorden aangepast${answerList(event.data.answers)}.`;
    case "antwoord_medewerker": {
      const from = event.organisationName ?? "Opstap";
      return typeof event.data.message === "string" ? `${from} schreef u: “${event.data.message}”` : `U kreeg een bericht van ${from}.`;
    }
    case "kennismaking_gepland": {
      const appointment = appointmentFromEvent(event.data);
      if (appointment) return `${event.data.moved === true ? "De kennismaking is verzet. " : ""}${appointmentSentence(appointment)}`;
      return typeof event.data.introductionOn === "string"
        ? `Er is een kennismaking gepland op ${formatDate(event.data.introductionOn)}.`
        : "Er is een kennismaking gepland.";
    }
    case "kennismaking_afgezegd":
      return typeof event.data.startsAt === "string"
        ? `De kennismaking van ${appointmentWhen(new Date(event.data.startsAt))} gaat niet door.`
        : "De kennismaking gaat niet door.";
    case "teruggegeven":
      return "Uw aanvraag ligt nu bij het werkgeversservicepunt van uw regio.";
    case "doorgestuurd_door_wsp":
      return typeof event.data.schoolName === "string"
        ? `Het werkgeversservicepunt heeft uw aanvraag doorgestuurd naar ${event.data.schoolName}.`
        : "Het werkgeversservicepunt heeft uw aanvraag doorgestuurd naar een school.";
    case "status_gewijzigd": {
      if (!isStatus(event.data.to)) return null;
      if (event.data.to === "in_behandeling" && isStatus(event.data.from) && CLOSED_STATUSES.includes(event.data.from)) {
        return "Uw aanvraag is weer geopend. We gaan er verder mee aan de slag.";
      }
      return STATUS_CHANGE_FOR_EMPLOYER[event.data.to];
    }
    // Internal work: notes, calls, owners and reminders are not the employer's business.
    case "notitie":
    case "contact":
    case "eigenaar_gewijzigd":
    case "herinnering":
      return null;
  }
}

/** ": Werk en Begeleider" for the answers an event names; nothing when it names none. */
function answerList(answers: unknown): string {
  const labels = Array.isArray(answers) ? answers.filter((a): a is string => typeof a === "string") : [];
  if (labels.length === 0) return "";
  const named = labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(", ")} en ${labels.at(-1)}`;
  return `: ${named}`;
}
