/**
 * When an employer in the register gets a check-in email (decision 028). Pure: the facts of one
 * entry and the region's settings come in, at most one check-in (why, and the period it counts
 * for) comes out. The period key is stored with a unique index, so whatever runs how often, an
 * employer is asked at most once per period.
 */
import { amsterdamDate } from "./dates";
import type { CheckInReason, RegisterStatus } from "./register";

export interface CheckInSettings {
  /** Month (1–12) of the check-in before the new school year. */
  checkInMonth: number;
  /** Months without any contact before the employer is asked again. */
  quietMonths: number;
  /** Weeks after a placement ended. */
  weeksAfterPlacement: number;
}

export const DEFAULT_CHECK_IN_SETTINGS: CheckInSettings = { checkInMonth: 6, quietMonths: 9, weeksAfterPlacement: 4 };

/** Never two check-ins to one employer within this many days, whatever the reasons. */
export const CHECK_IN_MIN_DAYS_APART = 30;

/** How long the link in a check-in works. */
export const CHECK_IN_LINK_DAYS = 60;

export interface CheckInFacts {
  status: RegisterStatus;
  optedOut: boolean;
  erased: boolean;
  hasEmail: boolean;
  createdAt: Date;
  lastContactAt: Date | null;
  /** The newest end date of a logged placement ("YYYY-MM-DD"), if any. */
  lastPlacementEndedOn: string | null;
  lastCheckInAt: Date | null;
  /** Period keys this entry already had a check-in for. */
  periodsDone: ReadonlySet<string>;
}

export interface DueCheckIn {
  reason: CheckInReason;
  periodKey: string;
}

const DAY = 86_400_000;

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, Math.min(d, 28)));
  return date.toISOString().slice(0, 10);
}

/** Whether this entry may be emailed at all: not stopped, not opted out, not erased, an address. */
export function mayEmail(facts: Pick<CheckInFacts, "status" | "optedOut" | "erased" | "hasEmail">): boolean {
  return facts.hasEmail && !facts.optedOut && !facts.erased && facts.status !== "gestopt";
}

/** The check-in this entry is due for now, or null. */
export function dueCheckIn(facts: CheckInFacts, settings: CheckInSettings, now: Date): DueCheckIn | null {
  if (!mayEmail(facts)) return null;
  if (facts.lastCheckInAt && now.getTime() - facts.lastCheckInAt.getTime() < CHECK_IN_MIN_DAYS_APART * DAY) return null;
  const today = amsterdamDate(now);
  const [year, month] = today.split("-").map(Number) as [number, number];

  // Before the school year: in the region's month. The school year starting 1 August of this
  // calendar year is the one asked about (a September check-in asks about the year under way).
  const schoolYear: DueCheckIn = { reason: "schooljaar", periodKey: `schooljaar:${year}` };
  if (month === settings.checkInMonth && !facts.periodsDone.has(schoolYear.periodKey)) return schoolYear;

  if (facts.lastPlacementEndedOn) {
    const askOn = new Date(Date.parse(`${facts.lastPlacementEndedOn}T00:00:00Z`) + settings.weeksAfterPlacement * 7 * DAY);
    const afterPlacement: DueCheckIn = { reason: "na_plaatsing", periodKey: `plaatsing:${facts.lastPlacementEndedOn}` };
    // Only soon after: a placement that ended long ago is no reason to write now.
    const stillRelevant = now.getTime() - askOn.getTime() < 8 * 7 * DAY;
    if (now >= askOn && stillRelevant && !facts.periodsDone.has(afterPlacement.periodKey)) return afterPlacement;
  }

  // Quiet for too long: once per quiet spell, keyed by when the silence began.
  const since = amsterdamDate(facts.lastContactAt ?? facts.createdAt);
  if (addMonths(since, settings.quietMonths) <= today) {
    const quiet: DueCheckIn = { reason: "stil", periodKey: `stil:${since}` };
    if (!facts.periodsDone.has(quiet.periodKey)) return quiet;
  }
  return null;
}

/** The school year (the calendar year it starts in, 1 August) a moment falls in. */
export function schoolYearOf(moment: Date): number {
  const [year, month] = amsterdamDate(moment).split("-").map(Number) as [number, number];
  return month >= 8 ? year : year - 1;
}

/** "2026/2027". */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}/${startYear + 1}`;
}

/** Months since a moment, rounded down (for "slapend" and the figures). */
export function monthsSince(moment: Date, now: Date): number {
  const [y1, m1, d1] = amsterdamDate(moment).split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = amsterdamDate(now).split("-").map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
