/**
 * The timeline of a request as staff read it: every event in plain Dutch, merged in time order
 * with every email the request caused and how far its delivery got. Pure, so the wording is
 * tested on its own; the model only loads the rows.
 */
import { DECLINE_REASONS } from "./assignments";
import { formatDate } from "./dates";
import type { EmailStatus } from "./email-outbox";
import type { RequestEventType } from "./request-events";
import { REQUEST_STATUS_LABELS, type RequestStatus } from "./request-status";
import { appointmentFromEvent, appointmentSentenceForStaff, appointmentWhen } from "./introduction";

export const CONTACT_CHANNELS = [
  { value: "gebeld", label: "Gebeld" },
  { value: "gemaild", label: "Gemaild" },
  { value: "bezoek", label: "Bezoek" },
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number]["value"];

export interface StaffTimelineEvent {
  type: RequestEventType;
  /** "werkgever", "systeem", "organisatie:<id>" or "medewerker:<id>". */
  actor: string;
  data: Record<string, unknown>;
  /** The organisation the event is about (the actor's, or the one in its data), looked up by the caller. */
  organisationName?: string | null;
}

export interface StaffEventDescription {
  /** One sentence: what happened. */
  text: string;
  /** Who did it, as a short label. */
  by: string;
  /** Words someone wrote (a note, a message), shown as they were typed; null when there are none. */
  quote: string | null;
}

function str(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}

function statusLabel(value: unknown): string {
  return typeof value === "string" && value in REQUEST_STATUS_LABELS
    ? REQUEST_STATUS_LABELS[value as RequestStatus].toLowerCase()
    : "onbekend";
}

/**
 * A school's decline reason is stored as "<reden>" or "<reden>: <toelichting>", with the reason's
 * code from DECLINE_REASONS; staff read its label.
 */
export function storedDeclineReason(code: string, explanation?: string | null): string {
  return [code, explanation?.trim()].filter(Boolean).join(": ");
}

export function declineReasonText(stored: string): { label: string; explanation: string | null } {
  const split = stored.indexOf(": ");
  const code = split === -1 ? stored : stored.slice(0, split);
  const explanation = split === -1 ? null : stored.slice(split + 2).trim() || null;
  const known = DECLINE_REASONS.find((r) => r.value === code);
  return known ? { label: known.label, explanation } : { label: stored, explanation: null };
}

function actorLabel(event: StaffTimelineEvent): string {
  if (event.actor === "werkgever") return "Werkgever";
  if (event.actor === "systeem") return "Opstap";
  if (event.actor.startsWith("medewerker:")) {
    const name = str(event.data.staffName);
    const organisation = str(event.data.organisationName);
    return name ? (organisation ? `${name} – ${organisation}` : name) : "Medewerker";
  }
  if (event.actor.startsWith("organisatie:")) {
    const name = str(event.data.staffName);
    const organisation = event.organisationName ?? "Organisatie";
    return name ? `${name} – ${organisation}` : organisation;
  }
  return event.actor;
}

const CONTACT_SENTENCES: Record<ContactChannel, string> = {
  gebeld: "heeft de werkgever gebeld.",
  gemaild: "heeft de werkgever gemaild.",
  bezoek: "is bij de werkgever op bezoek geweest.",
};

/** One line in the staff timeline, with who did it and any text they wrote. */
export function describeEventForStaff(event: StaffTimelineEvent): StaffEventDescription {
  const by = actorLabel(event);
  const staffName = str(event.data.staffName) ?? "Een medewerker";
  const organisation = event.organisationName ?? str(event.data.organisationName);
  const routing = event.data.routing as { school?: { name: string } | null; wsp?: { name: string } | null } | undefined;
  const line = (text: string, quote: string | null = null): StaffEventDescription => ({ text, by, quote });

  switch (event.type) {
    case "ontvangen":
      return line("De werkgever heeft de aanvraag verstuurd.");
    case "doorgestuurd":
      return line(routing?.school ? `Opstap heeft de aanvraag naar ${routing.school.name} gestuurd.` : "Opstap heeft de aanvraag naar een school gestuurd.");
    case "naar_wsp":
      return line(
        routing?.wsp
          ? `Geen school kon de aanvraag oppakken. Opstap heeft hem naar ${routing.wsp.name} gestuurd.`
          : "Geen school kon de aanvraag oppakken, en er is geen werkgeversservicepunt bekend.",
      );
    case "naar_opstap":
      return line("De werkgever gaf geen postcode. Opstap heeft de vraag naar het team van Opstap gestuurd.");
    case "geaccepteerd":
      return line(`${organisation ?? "De school"} pakt de aanvraag op.`);
    case "afgewezen": {
      const reason = str(event.data.reason);
      if (!reason) return line(`${organisation ?? "De school"} heeft de aanvraag afgewezen.`);
      const { label, explanation } = declineReasonText(reason);
      return line(`${organisation ?? "De school"} heeft de aanvraag afgewezen. Reden: ${label}.`, explanation);
    }
    case "niet_beantwoord":
      return line(`${organisation ?? "De school"} heeft niet op tijd geantwoord. De aanvraag is verder gegaan.`);
    case "bericht_werkgever":
      return line("De werkgever heeft een bericht gestuurd.", str(event.data.message));
    case "contactgegevens_gewijzigd":
      return line("De werkgever heeft de contactgegevens aangepast.");
    case "ingetrokken":
      return line("De werkgever heeft de aanvraag ingetrokken.");
    case "heropend":
      return line("De werkgever heeft de aanvraag weer geopend.");
    case "antwoorden_gewijzigd": {
      const answers = Array.isArray(event.data.answers) ? event.data.answers.filter((a) => typeof a === "string").join(", ") : "";
      return line("De werkgever heeft de antwoorden aangepast.", answers ? `Veranderd: ${answers}.` : null);
    }
    case "notitie":
      return line(`${staffName} heeft een notitie gemaakt.`, str(event.data.text));
    case "contact": {
      const channel = event.data.channel as ContactChannel;
      const sentence = CONTACT_SENTENCES[channel] ?? "heeft contact gehad met de werkgever.";
      return line(`${staffName} ${sentence}`, str(event.data.text));
    }
    case "eigenaar_gewijzigd": {
      const owner = str(event.data.ownerName);
      if (!owner) return line(`${staffName} heeft de eigenaar weggehaald.`);
      return line(owner === staffName ? `${owner} is nu eigenaar.` : `${staffName} heeft ${owner} eigenaar gemaakt.`);
    }
    case "status_gewijzigd": {
      const text = `${staffName} heeft de status veranderd van ${statusLabel(event.data.from)} naar ${statusLabel(event.data.to)}.`;
      return line(text, str(event.data.reason));
    }
    case "kennismaking_gepland": {
      const appointment = appointmentFromEvent(event.data);
      if (appointment) {
        return line(`${staffName} heeft de kennismaking ${event.data.moved === true ? "verzet" : "gepland"}. ${appointmentSentenceForStaff(appointment)}`);
      }
      const on = str(event.data.introductionOn);
      return line(on ? `${staffName} heeft een kennismaking gepland op ${formatDate(on)}.` : `${staffName} heeft een kennismaking gepland.`);
    }
    case "kennismaking_afgezegd": {
      const startsAt = str(event.data.startsAt);
      const text = startsAt
        ? `${staffName} heeft de kennismaking van ${appointmentWhen(new Date(startsAt))} afgezegd.`
        : `${staffName} heeft de kennismaking afgezegd.`;
      return line(text, str(event.data.message));
    }
    case "teruggegeven":
      return line(`${organisation ?? "De school"} heeft de aanvraag teruggegeven aan het werkgeversservicepunt.`, str(event.data.reason));
    case "doorgestuurd_door_wsp": {
      const school = str(event.data.schoolName);
      return line(
        school ? `${staffName} heeft de aanvraag doorgestuurd naar ${school}.` : `${staffName} heeft de aanvraag doorgestuurd naar een school.`,
        str(event.data.message),
      );
    }
    case "antwoord_medewerker":
      return line(`${staffName} heeft de werkgever een bericht gestuurd.`, str(event.data.message));
    case "herinnering":
      return line(organisation ? `Opstap heeft ${organisation} een herinnering gestuurd.` : "Opstap heeft een herinnering gestuurd.");
  }
}

/** Delivery state in three words staff understand. */
export type DeliveryState = "wacht" | "verstuurd" | "mislukt";

export function deliveryState(status: EmailStatus): DeliveryState {
  if (status === "sent") return "verstuurd";
  if (status === "failed") return "mislukt";
  return "wacht";
}

export const DELIVERY_STATE_LABELS: Record<DeliveryState, string> = {
  wacht: "Wacht op verzending",
  verstuurd: "Verstuurd",
  mislukt: "Mislukt",
};

/**
 * What an email was, said without its addressee (the timeline adds "aan …"). One for every
 * template in emails/index.ts; timeline.test.ts fails when a new template has none.
 */
const TEMPLATE_LABELS: Readonly<Record<string, string>> = {
  "aanvraag-ontvangen": "Bevestiging",
  "nieuwe-aanvraag-school": "Nieuwe aanvraag",
  "nieuwe-aanvraag-wsp": "Melding",
  "vraag-voor-opstap": "Melding aan het team van Opstap",
  "status-gewijzigd": "Nieuws over de aanvraag",
  "bericht-van-werkgever": "Bericht van de werkgever",
  "antwoord-van-medewerker": "Bericht van een medewerker",
  "aanvraag-elders": "Aanvraag bij een andere school",
  "aanvraag-ingetrokken": "Bevestiging van het intrekken",
  "aanvraag-heropend": "Aanvraag weer geopend",
  herinnering: "Herinnering",
  volglink: "Nieuwe volglink",
  kennismaking: "Afspraak voor de kennismaking",
  "kennismaking-school": "Afspraak voor de kennismaking, kopie voor de medewerker",
  inlogcode: "Inlogcode",
  dagoverzicht: "Dagelijkse e-mail",
  uitnodiging: "Uitnodiging voor Opstap",
  "adres-bevestigen": "Nieuw e-mailadres bevestigen",
  "adres-wijziging-gevraagd": "Vraag om het e-mailadres te wijzigen",
  "werkgever-check-in": "Vraag aan de werkgever uit het register",
  "werkgever-in-register": "Bevestiging van het werkgeversregister",
  "werkgever-doorgegeven": "Werkgever doorgegeven",
};

/** Said for a stored email whose template no longer exists: never the raw name. */
export const UNKNOWN_TEMPLATE_LABEL = "E-mail";

export function emailTemplateLabel(template: string): string {
  return Object.hasOwn(TEMPLATE_LABELS, template) ? TEMPLATE_LABELS[template]! : UNKNOWN_TEMPLATE_LABEL;
}

export interface TimelineEventRow extends StaffTimelineEvent {
  id: number;
  createdAt: Date;
}

export interface TimelineEmailRow {
  id: string;
  template: string;
  toAddress: string;
  subject: string;
  status: EmailStatus;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
}

export type TimelineEntry =
  | ({ kind: "event"; key: string; at: Date; type: RequestEventType } & StaffEventDescription)
  | {
      kind: "email";
      key: string;
      at: Date;
      label: string;
      to: string;
      subject: string;
      state: DeliveryState;
      attempts: number;
      sentAt: Date | null;
    };

/**
 * Events and emails in one list, oldest first. At the same moment an event comes before the
 * emails it caused (they are written in the same transaction, after it).
 */
export function mergeTimeline(events: readonly TimelineEventRow[], emails: readonly TimelineEmailRow[]): TimelineEntry[] {
  const entries: Array<{ entry: TimelineEntry; order: number }> = [
    ...events.map((e, i) => ({
      order: i,
      entry: { kind: "event" as const, key: `e${e.id}`, at: e.createdAt, type: e.type, ...describeEventForStaff(e) },
    })),
    ...emails.map((m, i) => ({
      order: events.length + i,
      entry: {
        kind: "email" as const,
        key: `m${m.id}`,
        at: m.createdAt,
        label: emailTemplateLabel(m.template),
        to: m.toAddress,
        subject: m.subject,
        state: deliveryState(m.status),
        attempts: m.attempts,
        sentAt: m.sentAt,
      },
    })),
  ];
  entries.sort((x, y) => x.entry.at.getTime() - y.entry.at.getTime() || x.order - y.order);
  return entries.map((x) => x.entry);
}
