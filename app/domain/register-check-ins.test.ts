import { describe, expect, it } from "vitest";
import { type CheckInFacts, DEFAULT_CHECK_IN_SETTINGS, dueCheckIn, mayEmail, monthsSince, schoolYearOf } from "./register-check-ins";

const base: CheckInFacts = {
  status: "actief",
  optedOut: false,
  erased: false,
  hasEmail: true,
  createdAt: new Date("2026-01-10T10:00:00Z"),
  lastContactAt: new Date("2027-03-01T10:00:00Z"),
  lastPlacementEndedOn: null,
  lastCheckInAt: null,
  periodsDone: new Set(),
};

describe("dueCheckIn", () => {
  it("asks in the region's month, for the school year that starts that summer, once", () => {
    const june = new Date("2027-06-02T08:00:00Z");
    expect(dueCheckIn(base, DEFAULT_CHECK_IN_SETTINGS, june)).toEqual({ reason: "schooljaar", periodKey: "schooljaar:2027" });
    expect(dueCheckIn({ ...base, periodsDone: new Set(["schooljaar:2027"]) }, DEFAULT_CHECK_IN_SETTINGS, june)).toBeNull();
    expect(dueCheckIn(base, DEFAULT_CHECK_IN_SETTINGS, new Date("2027-05-31T08:00:00Z"))).toBeNull();
    expect(dueCheckIn(base, { ...DEFAULT_CHECK_IN_SETTINGS, checkInMonth: 5 }, new Date("2027-05-31T08:00:00Z"))).toEqual({
      reason: "schooljaar",
      periodKey: "schooljaar:2027",
    });
  });

  it("never asks an employer who stopped, opted out, was erased or has no address", () => {
    const june = new Date("2027-06-02T08:00:00Z");
    for (const facts of [{ optedOut: true }, { erased: true }, { hasEmail: false }, { status: "gestopt" as const }]) {
      expect(dueCheckIn({ ...base, ...facts }, DEFAULT_CHECK_IN_SETTINGS, june)).toBeNull();
      expect(mayEmail({ ...base, ...facts })).toBe(false);
    }
  });

  it("asks some weeks after a placement ended, and not long after", () => {
    const facts = { ...base, lastPlacementEndedOn: "2027-02-01" };
    expect(dueCheckIn(facts, DEFAULT_CHECK_IN_SETTINGS, new Date("2027-02-20T08:00:00Z"))).toBeNull();
    expect(dueCheckIn(facts, DEFAULT_CHECK_IN_SETTINGS, new Date("2027-03-02T08:00:00Z"))).toEqual({ reason: "na_plaatsing", periodKey: "plaatsing:2027-02-01" });
    expect(dueCheckIn(facts, DEFAULT_CHECK_IN_SETTINGS, new Date("2027-05-20T08:00:00Z"))).toBeNull();
  });

  it("asks once per quiet spell, and waits 30 days after any check-in", () => {
    const quiet = { ...base, lastContactAt: new Date("2026-01-15T10:00:00Z") };
    const october = new Date("2026-10-20T08:00:00Z");
    expect(dueCheckIn(quiet, DEFAULT_CHECK_IN_SETTINGS, october)).toEqual({ reason: "stil", periodKey: "stil:2026-01-15" });
    expect(dueCheckIn({ ...quiet, periodsDone: new Set(["stil:2026-01-15"]) }, DEFAULT_CHECK_IN_SETTINGS, october)).toBeNull();
    expect(dueCheckIn({ ...quiet, lastCheckInAt: new Date("2026-10-01T08:00:00Z") }, DEFAULT_CHECK_IN_SETTINGS, october)).toBeNull();
  });
});

describe("school years and months", () => {
  it("starts the school year on 1 August in the Netherlands", () => {
    expect(schoolYearOf(new Date("2026-07-31T21:59:00Z"))).toBe(2025);
    expect(schoolYearOf(new Date("2026-07-31T22:01:00Z"))).toBe(2026);
    expect(monthsSince(new Date("2026-01-31T10:00:00Z"), new Date("2026-10-30T10:00:00Z"))).toBe(8);
  });
});
