/**
 * The kennismaking (introduction) as an appointment: where, when and with whom the employer meets
 * the school or WSP. Pure: the words, the times and the reminder rule are built from plain values
 * (the calendar file is `introduction-calendar.ts`, the reminder rule `introduction-reminder.ts`).
 * No heavy imports: the request page's form loads this module in the browser.
 */
/** "organisation": at the school (or the WSP's office); "address": an address staff type in. */
export const INTRODUCTION_PLACE_KINDS = ["organisation", "address"] as const;
export type IntroductionPlaceKind = (typeof INTRODUCTION_PLACE_KINDS)[number];

/** How long the appointment is in the calendar; staff enter only the start. */
export const INTRODUCTION_MINUTES = 60;

const TIME_ZONE = "Europe/Amsterdam";

/** A planned kennismaking as the words and the calendar need it. */
export interface Appointment {
  startsAt: Date;
  placeKind: IntroductionPlaceKind;
  address: string | null;
  meetWith: string;
  /** The school or WSP that planned it: "op school" is this organisation. */
  organisation: { name: string; kind: "school" | "wsp" };
}

/**
 * A start time as staff type it: "14:00", "14.00", "9.30", "14u", "1400" or "14" become "14:00";
 * anything that is not a time of day is null.
 */
export function parseStartTime(input: string): string | null {
  const match = /^\s*(\d{1,2})(?:\s*(?:[:.hu]|uur)\s*(\d{2})?|(\d{2}))?\s*(?:uur)?\s*$/i.exec(input);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? match[3] ?? "0");
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

const partsFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

function amsterdamParts(moment: Date) {
  const parts = Object.fromEntries(partsFormat.formatToParts(moment).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The calendar day ("2026-12-10") and the time ("14:00") of a moment, as a clock in the Netherlands shows them. */
export function amsterdamDateAndTime(moment: Date): { date: string; time: string } {
  return amsterdamParts(moment);
}

/**
 * The moment a Dutch clock shows `time` on `date`. In the hour that does not exist (the spring
 * change to summer time) it is the moment an hour later; in the hour that happens twice, the first.
 */
export function amsterdamMoment(date: string, time: string): Date {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  // Amsterdam is UTC+1 or UTC+2: try the earlier offset first, so a doubled hour gives the first.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3600_000);
    const shown = amsterdamParts(candidate);
    if (shown.date === date && shown.time === time) return candidate;
  }
  return new Date(asUtc - 3600_000);
}

const dayFormat = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", timeZone: TIME_ZONE });

/** "donderdag 10 december om 14.00 uur": the weekday makes the date clear without a year. */
export function appointmentWhen(startsAt: Date): string {
  const { time } = amsterdamParts(startsAt);
  return `${dayFormat.format(startsAt)} om ${time.replace(":", ".")} uur`;
}

/** "op school (Praktijkschool De Brug, Schoolstraat 1)", "bij Werkgeversservicepunt X", or "op Dorpsstraat 5, Zeist". */
export function appointmentPlace(appointment: Pick<Appointment, "placeKind" | "address" | "organisation">): string {
  const address = appointment.address?.trim() || null;
  if (appointment.placeKind === "address") return `op ${address ?? "een adres dat nog volgt"}`;
  const where = address ? `${appointment.organisation.name}, ${address}` : appointment.organisation.name;
  return appointment.organisation.kind === "school" ? `op school (${where})` : `bij ${where}`;
}

/** Where, as a calendar's location field reads it: the address, with the organisation when it is there. */
export function appointmentLocation(appointment: Pick<Appointment, "placeKind" | "address" | "organisation">): string {
  const address = appointment.address?.trim() || null;
  if (appointment.placeKind === "address") return address ?? "";
  return address ? `${appointment.organisation.name}, ${address}` : appointment.organisation.name;
}

/**
 * "Kennismaking op donderdag 10 december om 14.00 uur, op school (Praktijkschool De Brug,
 * Schoolstraat 1). U spreekt met Fatima de Vries."
 */
export function appointmentSentence(appointment: Appointment): string {
  return `Kennismaking op ${appointmentWhen(appointment.startsAt)}, ${appointmentPlace(appointment)}. U spreekt met ${appointment.meetWith}.`;
}

/** The same for staff, who are not the ones being met: "… De werkgever spreekt met Fatima de Vries." */
export function appointmentSentenceForStaff(appointment: Appointment): string {
  return `Kennismaking op ${appointmentWhen(appointment.startsAt)}, ${appointmentPlace(appointment)}. De werkgever spreekt met ${appointment.meetWith}.`;
}

/** What changed for the people invited. */
export type AppointmentChange = "gepland" | "verzet" | "afgezegd" | "herinnering";

/** The email's subject, the same for the employer and the school; `when` from `appointmentWhen`. */
export function appointmentSubject(change: AppointmentChange, when: string, reference: string): string {
  switch (change) {
    case "gepland":
      return `Kennismaking op ${when} (${reference})`;
    case "verzet":
      return `Kennismaking verzet naar ${when} (${reference})`;
    case "afgezegd":
      return `Kennismaking van ${when} gaat niet door (${reference})`;
    case "herinnering":
      return `Herinnering: kennismaking op ${when} (${reference})`;
  }
}

/** The appointment stored in a "kennismaking_gepland" event, or null for an event from before appointments had a time. */
export function appointmentFromEvent(data: Record<string, unknown>): Appointment | null {
  const place = data.place as { name?: unknown; kind?: unknown } | undefined;
  if (typeof data.startsAt !== "string" || typeof data.meetWith !== "string" || !place || typeof place.name !== "string") return null;
  if (data.placeKind !== "organisation" && data.placeKind !== "address") return null;
  return {
    startsAt: new Date(data.startsAt),
    placeKind: data.placeKind,
    address: typeof data.address === "string" ? data.address : null,
    meetWith: data.meetWith,
    organisation: { name: place.name, kind: place.kind === "wsp" ? "wsp" : "school" },
  };
}
