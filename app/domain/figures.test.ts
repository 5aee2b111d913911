import { describe, expect, it } from "vitest";
import {
  AGE_BUCKETS,
  ageBucketBounds,
  ageBucketOf,
  countsPerWeek,
  formatPlacedShare,
  formatWaitingTime,
  isoWeekOf,
  median,
  placedPercentage,
  placedSentence,
  recentWeeks,
  weekName,
} from "./figures";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe("median", () => {
  it("is the middle value, the mean of the two middle ones for an even count, and null for none", () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 10, 2])).toBe(3);
  });

  it("does not reorder the values it was given", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("ISO weeks in the Netherlands", () => {
  it.each([
    ["2026-01-01", 2026, 1], // Thursday: week 1 of its own year
    ["2027-01-01", 2026, 53], // Friday: still the last week of 2026
    ["2024-12-30", 2025, 1], // Monday: the first week of 2025
    ["2026-03-16", 2026, 12],
    ["2026-03-22", 2026, 12], // Sunday ends the week
  ])("puts %s in week %i-%i", (date, year, week) => {
    expect(isoWeekOf(date)).toEqual({ year, week });
  });

  it("gives the last 12 weeks oldest first, ending with this week, counted from Monday", () => {
    const weeks = recentWeeks(new Date("2026-03-18T10:00:00Z"));
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual({ start: "2026-03-16", year: 2026, week: 12 });
    expect(weeks[0]).toEqual({ start: "2025-12-29", year: 2026, week: 1 });
  });

  it("starts the week at midnight in Amsterdam, not at midnight UTC", () => {
    // Sunday 23:30 UTC is already Monday 00:30 in Amsterdam (winter time).
    expect(recentWeeks(new Date("2026-01-11T23:30:00Z"), 1)).toEqual([{ start: "2026-01-12", year: 2026, week: 3 }]);
    // Sunday 21:30 UTC is Sunday 23:30 in Amsterdam (summer time): still the old week.
    expect(recentWeeks(new Date("2026-06-14T21:30:00Z"), 1)).toEqual([{ start: "2026-06-08", year: 2026, week: 24 }]);
  });

  it("counts 0 for a week without requests and ignores weeks outside the chart", () => {
    const weeks = recentWeeks(new Date("2026-03-18T10:00:00Z"), 3);
    expect(
      countsPerWeek(weeks, [
        { weekStart: "2026-03-16", count: 4 },
        { weekStart: "2026-03-02", count: 1 },
        { weekStart: "2025-01-06", count: 9 },
      ]).map((w) => [w.start, w.count]),
    ).toEqual([
      ["2026-03-02", 1],
      ["2026-03-09", 0],
      ["2026-03-16", 4],
    ]);
  });

  it("names a week with its number and its Monday", () => {
    expect(weekName({ start: "2026-03-16", year: 2026, week: 12 })).toBe("week 12 (vanaf 16 mrt)");
  });
});

describe("waiting time in Dutch", () => {
  it.each([
    [0.2, "minder dan 1 uur"],
    [1, "1 uur"],
    [5.4, "5 uur"],
    [23.4, "23 uur"],
    [23.6, "1 dag"],
    [36, "1,5 dag"],
    [50, "2 dagen"],
    [24 * 3.3, "3,5 dagen"],
  ])("says %f hours as %s", (hours, text) => {
    expect(formatWaitingTime(hours)).toBe(text);
  });
});

describe("share placed", () => {
  it("is placed among closed requests, in whole percents", () => {
    expect(placedPercentage({ placed: 2, closed: 3 })).toBe(67);
    expect(formatPlacedShare({ placed: 3, closed: 5 })).toBe("60% (3 van 5)");
  });

  it("says so when nothing is closed yet, instead of 0%", () => {
    expect(placedPercentage({ placed: 0, closed: 0 })).toBeNull();
    expect(formatPlacedShare({ placed: 0, closed: 0 })).toBe("nog geen afgesloten aanvragen");
    expect(placedSentence({ placed: 0, closed: 0 })).toBe("Er zijn nog geen afgesloten aanvragen.");
  });

  it.each([
    [0, 1, "0 van de 1 afgesloten aanvraag leidde tot een plaatsing."],
    [1, 1, "1 van de 1 afgesloten aanvraag leidde tot een plaatsing."],
    [0, 5, "0 van de 5 afgesloten aanvragen leidden tot een plaatsing."],
    [1, 5, "1 van de 5 afgesloten aanvragen leidde tot een plaatsing."],
    [2, 5, "2 van de 5 afgesloten aanvragen leidden tot een plaatsing."],
    [3, 5, "3 van de 5 afgesloten aanvragen leidden tot een plaatsing."],
  ])("says %i placed of %i closed in correct Dutch", (placed, closed, text) => {
    expect(placedSentence({ placed, closed })).toBe(text);
  });
});

describe("open requests by age", () => {
  const now = new Date("2026-03-18T10:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);

  it.each([
    [0, "minder-dan-3-dagen"],
    [3 * DAY - 1, "minder-dan-3-dagen"],
    [3 * DAY, "3-tot-7-dagen"],
    [7 * DAY - 1, "3-tot-7-dagen"],
    [7 * DAY, "1-tot-2-weken"],
    [14 * DAY - 1, "1-tot-2-weken"],
    [14 * DAY, "meer-dan-2-weken"],
    [90 * DAY, "meer-dan-2-weken"],
    [-HOUR, "minder-dan-3-dagen"], // a clock running ahead
  ])("puts a request %i ms old in %s", (age, key) => {
    expect(ageBucketOf(ago(age), now)).toBe(key);
  });

  it("gives the database bounds that agree with the buckets, with no gaps or overlaps", () => {
    const bounds = ageBucketBounds(now);
    expect(bounds.map((b) => b.key)).toEqual(AGE_BUCKETS.map((b) => b.key));
    const inBucket = (createdAt: Date) =>
      bounds.filter(
        (b) => (b.receivedAfter === null || createdAt > b.receivedAfter) && (b.receivedBy === null || createdAt <= b.receivedBy),
      );
    for (const age of [-HOUR, 0, 3 * DAY - 1, 3 * DAY, 5 * DAY, 7 * DAY, 14 * DAY - 1, 14 * DAY, 60 * DAY]) {
      const createdAt = ago(age);
      expect(inBucket(createdAt).map((b) => b.key)).toEqual([ageBucketOf(createdAt, now)]);
    }
  });
});
