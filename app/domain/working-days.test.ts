import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, responseDeadline } from "./working-days";

// Times are in UTC; the Netherlands is UTC+2 in April (summer time), UTC+1 in winter.
describe("working days", () => {
  it("skips the weekend", () => {
    // Friday 20 November 2026, 10:00 in Amsterdam → Wednesday 25 November, 10:00.
    expect(addWorkingDays(new Date("2026-11-20T09:00:00Z"), 3).toISOString()).toBe("2026-11-25T09:00:00.000Z");
  });

  it("skips Koningsdag", () => {
    // Friday 24 April 2026 → Saturday, Sunday, Koningsdag on Monday 27 April → Thursday 30 April.
    expect(isWorkingDay(new Date("2026-04-27T10:00:00Z"))).toBe(false);
    expect(addWorkingDays(new Date("2026-04-24T08:00:00Z"), 3).toISOString()).toBe("2026-04-30T08:00:00.000Z");
  });

  it("skips Christmas and Easter Monday", () => {
    expect(isWorkingDay(new Date("2026-12-25T10:00:00Z"))).toBe(false);
    expect(isWorkingDay(new Date("2026-12-28T10:00:00Z"))).toBe(true);
    expect(isWorkingDay(new Date("2026-04-06T10:00:00Z"))).toBe(false);
  });

  it("counts a day by the Dutch calendar, not UTC's", () => {
    // 23:30 UTC on Friday is already Saturday in Amsterdam.
    expect(isWorkingDay(new Date("2026-11-20T23:30:00Z"))).toBe(false);
  });

  it("starts counting on the next working day when sent in the weekend", () => {
    // Saturday 21 November 2026, 12:00 → Mon, Tue, Wed.
    expect(addWorkingDays(new Date("2026-11-21T11:00:00Z"), 3).toISOString()).toBe("2026-11-25T11:00:00.000Z");
  });
});

describe("responseDeadline", () => {
  it("is the end (17:00 in Amsterdam) of the last working day, in summer and in winter time", () => {
    // Friday 24 April 2026, 10:00: three working days skip the weekend and Koningsdag → Thursday 30 April 17:00 (CEST).
    expect(responseDeadline(new Date("2026-04-24T08:00:00Z"), 3).toISOString()).toBe("2026-04-30T15:00:00.000Z");
    // Monday 30 November 2026, 10:00 → Thursday 3 December 17:00 (CET).
    expect(responseDeadline(new Date("2026-11-30T09:00:00Z"), 3).toISOString()).toBe("2026-12-03T16:00:00.000Z");
  });

  it("gives a request sent late in the evening the same last day as one sent that morning", () => {
    const morning = responseDeadline(new Date("2026-11-30T07:00:00Z"), 3);
    const evening = responseDeadline(new Date("2026-11-30T21:30:00Z"), 3);
    expect(evening).toEqual(morning);
  });
});
