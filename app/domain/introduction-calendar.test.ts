import { describe, expect, it } from "vitest";
import { calendarContentType, introductionCalendar, parseIntroductionCalendar } from "./introduction-calendar";

const base = {
  method: "REQUEST" as const,
  uid: "kennismaking-3f0c@opstap.example",
  sequence: 0,
  startsAt: new Date("2026-12-10T13:00:00Z"),
  durationMinutes: 60,
  summary: "Kennismaking met Praktijkschool De Brug",
  location: "Praktijkschool De Brug, Schoolstraat 1, Utrecht",
  description: "Aanvraag OP-2026-000123.\nU spreekt met Fatima de Vries; bel 06 12345678.",
  organizer: { name: "Praktijkschool De Brug", email: "info@debrug.example" },
  attendees: [
    { name: "Sanne de Vries", email: "sanne@example.org" },
    { name: "Fatima de Vries", email: "f.devries@debrug.example" },
  ],
  stamp: new Date("2026-12-02T10:00:00Z"),
};

describe("introductionCalendar", () => {
  it("writes an invite that parses back to the same date, time, place, UID and people", () => {
    const text = introductionCalendar(base);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain("METHOD:REQUEST\r\n");
    expect(text).toContain("DTSTART:20261210T130000Z\r\n");
    // Commas in the address are escaped by the library.
    expect(text).toContain("LOCATION:Praktijkschool De Brug\\, Schoolstraat 1\\, Utrecht");
    expect(parseIntroductionCalendar(text)).toEqual({
      method: "REQUEST",
      uid: base.uid,
      sequence: 0,
      startsAt: base.startsAt,
      endsAt: new Date("2026-12-10T14:00:00Z"),
      summary: base.summary,
      location: base.location,
      description: base.description,
      status: "CONFIRMED",
      organizer: "mailto:info@debrug.example",
      attendees: ["mailto:sanne@example.org", "mailto:f.devries@debrug.example"],
    });
  });

  it("folds long lines by octets, never inside a character, and ends every line with CRLF", () => {
    const description = "Een lange toelichting met één ë en een € erin. ".repeat(12);
    const text = introductionCalendar({ ...base, description });
    // ical.js puts 75 octets of content on each line; a continuation line adds its leading space.
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(76);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(text).not.toContain("\uFFFD");
    expect(parseIntroductionCalendar(text).description).toBe(description);
  });

  it("a cancellation keeps the UID, carries the higher sequence and says CANCELLED", () => {
    const parsed = parseIntroductionCalendar(introductionCalendar({ ...base, method: "CANCEL", sequence: 2 }));
    expect(parsed).toMatchObject({ method: "CANCEL", uid: base.uid, sequence: 2, status: "CANCELLED" });
  });

  it("names the method in the MIME type, so a mail client shows it as an invite", () => {
    expect(calendarContentType("REQUEST")).toBe("text/calendar; charset=utf-8; method=REQUEST");
  });
});
