import { describe, expect, it } from "vitest";
import {
  amsterdamDateAndTime,
  amsterdamMoment,
  appointmentLocation,
  appointmentSentence,
  appointmentSubject,
  appointmentWhen,
  parseStartTime,
} from "./introduction";
import { reminderDue, reminderMoment } from "./introduction-reminder";

const school = { name: "Praktijkschool De Brug", kind: "school" as const };
const wsp = { name: "Werkgeversservicepunt Midden-Utrecht", kind: "wsp" as const };

describe("parseStartTime", () => {
  it("reads the ways people type a time", () => {
    for (const [input, time] of [
      ["14:00", "14:00"],
      ["14.00", "14:00"],
      ["9.30", "09:30"],
      ["9:05", "09:05"],
      ["14u", "14:00"],
      ["14 uur", "14:00"],
      ["14.30 uur", "14:30"],
      ["1400", "14:00"],
      ["14", "14:00"],
      [" 08:15 ", "08:15"],
    ]) {
      expect(parseStartTime(input!), input).toBe(time);
    }
  });
  it("refuses what is not a time of day", () => {
    for (const input of ["", "middag", "24:00", "14:60", "14:5", "2 uur 's middags", "14:00:00", "-1"]) {
      expect(parseStartTime(input), input).toBeNull();
    }
  });
});

describe("amsterdamMoment", () => {
  it("is UTC+1 in winter and UTC+2 in summer", () => {
    expect(amsterdamMoment("2026-12-10", "14:00").toISOString()).toBe("2026-12-10T13:00:00.000Z");
    expect(amsterdamMoment("2026-06-10", "14:00").toISOString()).toBe("2026-06-10T12:00:00.000Z");
  });
  it("round-trips through amsterdamDateAndTime", () => {
    const moment = amsterdamMoment("2027-03-28", "09:30");
    expect(amsterdamDateAndTime(moment)).toEqual({ date: "2027-03-28", time: "09:30" });
  });
  it("takes the moment an hour later in the hour that does not exist (29 March 2026, 02:30)", () => {
    expect(amsterdamMoment("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });
});

describe("the sentence the employer reads", () => {
  const startsAt = amsterdamMoment("2026-12-10", "14:00");
  it("at school, with the school's address and the person", () => {
    expect(appointmentSentence({ startsAt, placeKind: "organisation", address: "Schoolstraat 1", meetWith: "Fatima de Vries", organisation: school })).toBe(
      "Kennismaking op donderdag 10 december om 14.00 uur, op school (Praktijkschool De Brug, Schoolstraat 1). U spreekt met Fatima de Vries.",
    );
  });
  it("at school without an address", () => {
    expect(appointmentSentence({ startsAt, placeKind: "organisation", address: null, meetWith: "Fatima de Vries", organisation: school })).toBe(
      "Kennismaking op donderdag 10 december om 14.00 uur, op school (Praktijkschool De Brug). U spreekt met Fatima de Vries.",
    );
  });
  it("at the WSP's office", () => {
    expect(appointmentSentence({ startsAt, placeKind: "organisation", address: "Stationsplein 5, Utrecht", meetWith: "Wim", organisation: wsp })).toBe(
      "Kennismaking op donderdag 10 december om 14.00 uur, bij Werkgeversservicepunt Midden-Utrecht, Stationsplein 5, Utrecht. U spreekt met Wim.",
    );
  });
  it("at an address (the employer's shop, say)", () => {
    const appointment = { startsAt, placeKind: "address" as const, address: "Dorpsstraat 5, Zeist", meetWith: "Fatima de Vries", organisation: school };
    expect(appointmentSentence(appointment)).toBe("Kennismaking op donderdag 10 december om 14.00 uur, op Dorpsstraat 5, Zeist. U spreekt met Fatima de Vries.");
    expect(appointmentLocation(appointment)).toBe("Dorpsstraat 5, Zeist");
  });
  it("subjects say what changed", () => {
    expect(appointmentSubject("gepland", appointmentWhen(startsAt), "OP-2026-000123")).toBe("Kennismaking op donderdag 10 december om 14.00 uur (OP-2026-000123)");
    expect(appointmentSubject("verzet", appointmentWhen(startsAt), "OP-2026-000123")).toBe("Kennismaking verzet naar donderdag 10 december om 14.00 uur (OP-2026-000123)");
    expect(appointmentSubject("afgezegd", appointmentWhen(startsAt), "OP-2026-000123")).toBe("Kennismaking van donderdag 10 december om 14.00 uur gaat niet door (OP-2026-000123)");
    expect(appointmentSubject("herinnering", appointmentWhen(startsAt), "OP-2026-000123")).toBe("Herinnering: kennismaking op donderdag 10 december om 14.00 uur (OP-2026-000123)");
  });
});

describe("the reminder", () => {
  it("is due at 08:00 on the working day before", () => {
    // Thursday 10 December → Wednesday 9 December, 08:00 Amsterdam.
    expect(reminderMoment(amsterdamMoment("2026-12-10", "14:00")).toISOString()).toBe("2026-12-09T07:00:00.000Z");
  });
  it("on the Friday before a Monday, and before a public holiday", () => {
    expect(amsterdamDateAndTime(reminderMoment(amsterdamMoment("2026-12-14", "10:00")))).toEqual({ date: "2026-12-11", time: "08:00" });
    // Tuesday 29 December 2026: Monday 28 is a working day.
    expect(amsterdamDateAndTime(reminderMoment(amsterdamMoment("2026-12-29", "10:00")))).toEqual({ date: "2026-12-28", time: "08:00" });
    // Tuesday 28 April 2026: Monday 27 is Koningsdag, so the reminder goes on Friday 24 April.
    expect(amsterdamDateAndTime(reminderMoment(amsterdamMoment("2026-04-28", "10:00")))).toEqual({ date: "2026-04-24", time: "08:00" });
  });

  const startsAt = amsterdamMoment("2026-12-10", "14:00");
  const plannedEarly = { startsAt, changedAt: new Date("2026-12-01T10:00:00Z"), remindedAt: null, cancelledAt: null };
  it("is due from its moment until the appointment starts", () => {
    expect(reminderDue(plannedEarly, new Date("2026-12-09T06:59:00Z"))).toBe(false);
    expect(reminderDue(plannedEarly, new Date("2026-12-09T07:00:00Z"))).toBe(true);
    expect(reminderDue(plannedEarly, new Date("2026-12-10T12:59:00Z"))).toBe(true);
    expect(reminderDue(plannedEarly, new Date("2026-12-10T13:00:00Z"))).toBe(false);
  });
  it("goes once, not for a cancelled appointment, and not for one planned after its moment", () => {
    const now = new Date("2026-12-09T09:00:00Z");
    expect(reminderDue({ ...plannedEarly, remindedAt: new Date("2026-12-09T07:01:00Z") }, now)).toBe(false);
    expect(reminderDue({ ...plannedEarly, cancelledAt: new Date("2026-12-08T10:00:00Z") }, now)).toBe(false);
    expect(reminderDue({ ...plannedEarly, changedAt: new Date("2026-12-09T08:00:00Z") }, now)).toBe(false);
  });
});
