/**
 * The kennismaking as an iCalendar file (RFC 5545, with the RFC 5546 methods), built with ical.js
 * (decision 023), not by hand: the library folds long lines, escapes commas and line breaks, and
 * writes the dates, so an address with a comma or a name with an accent reaches every calendar
 * intact. The same UID for every version of one appointment and a higher SEQUENCE for each
 * change let a calendar move or remove the event it already has instead of adding a second.
 *
 * Times are written in UTC (`…Z`): every calendar shows them in its own time zone, and no
 * VTIMEZONE block has to be kept up to date here.
 */
import ICAL from "ical.js";

/**
 * REQUEST: an invite (new, or a change of the one sent before); CANCEL: it does not go ahead;
 * PUBLISH: the file behind "zet in mijn agenda", which a calendar imports without an RSVP.
 */
export type CalendarMethod = "REQUEST" | "CANCEL" | "PUBLISH";

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface IntroductionCalendarEvent {
  method: CalendarMethod;
  uid: string;
  sequence: number;
  startsAt: Date;
  durationMinutes: number;
  summary: string;
  location: string;
  description: string;
  /** Who invites: the school or WSP (an RFC 5546 request names its organizer). */
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** When this version was made (DTSTAMP). */
  stamp: Date;
}

const PRODUCT_ID = "-//Opstap//Kennismaking//NL";

function utc(moment: Date): ICAL.Time {
  return ICAL.Time.fromJSDate(moment, true);
}

function person(component: ICAL.Component, name: "organizer" | "attendee", who: CalendarPerson, attendee = false) {
  const property = component.addPropertyWithValue(name, `mailto:${who.email}`);
  property.setParameter("cn", who.name);
  if (attendee) {
    property.setParameter("role", "REQ-PARTICIPANT");
    property.setParameter("partstat", "NEEDS-ACTION");
  }
}

/** The text of the .ics file. */
export function introductionCalendar(event: IntroductionCalendarEvent): string {
  const calendar = new ICAL.Component(["vcalendar", [], []]);
  calendar.addPropertyWithValue("prodid", PRODUCT_ID);
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  calendar.addPropertyWithValue("method", event.method);

  const vevent = new ICAL.Component("vevent");
  vevent.addPropertyWithValue("uid", event.uid);
  vevent.addPropertyWithValue("sequence", event.sequence);
  vevent.addPropertyWithValue("dtstamp", utc(event.stamp));
  vevent.addPropertyWithValue("dtstart", utc(event.startsAt));
  vevent.addPropertyWithValue("dtend", utc(new Date(event.startsAt.getTime() + event.durationMinutes * 60_000)));
  vevent.addPropertyWithValue("summary", event.summary);
  if (event.location) vevent.addPropertyWithValue("location", event.location);
  vevent.addPropertyWithValue("description", event.description);
  vevent.addPropertyWithValue("status", event.method === "CANCEL" ? "CANCELLED" : "CONFIRMED");
  vevent.addPropertyWithValue("transp", "OPAQUE");
  person(vevent, "organizer", event.organizer);
  for (const attendee of event.attendees) person(vevent, "attendee", attendee, true);
  calendar.addSubcomponent(vevent);
  // RFC 5545 lines end in CRLF; ical.js joins with its newLineChar, which is CRLF by default.
  return `${calendar.toString()}\r\n`;
}

/** The MIME type a mail client needs to show the file as an invite (with its method). */
export function calendarContentType(method: CalendarMethod): string {
  return `text/calendar; charset=utf-8; method=${method}`;
}

/** What a calendar reads from the file: for tests and for checking a file before it is sent. */
export interface ParsedCalendarEvent {
  method: string | null;
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string | null;
  description: string | null;
  status: string | null;
  organizer: string | null;
  attendees: string[];
}

export function parseIntroductionCalendar(text: string): ParsedCalendarEvent {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("Geen afspraak in het agendabestand");
  const event = new ICAL.Event(vevent);
  const text_ = (name: string) => {
    const value = vevent.getFirstPropertyValue(name);
    return value === null || value === undefined ? null : String(value);
  };
  return {
    method: calendar.getFirstPropertyValue("method")?.toString() ?? null,
    uid: event.uid,
    sequence: event.sequence,
    startsAt: event.startDate.toJSDate(),
    endsAt: event.endDate.toJSDate(),
    summary: event.summary,
    location: event.location || null,
    description: event.description || null,
    status: text_("status"),
    organizer: text_("organizer"),
    attendees: vevent.getAllProperties("attendee").map((p) => String(p.getFirstValue())),
  };
}
