/**
 * The figures ("cijfers") staff see about the requests they may see: new requests per week, how
 * long employers wait for a first response, how many closed requests led to a placement, and how
 * old the open requests are. The database does the counting; this module decides the periods,
 * the buckets and how the numbers read in Dutch, so those rules are tested on their own.
 */
import { amsterdamDate } from "./dates";

/** How many weeks the chart of new requests (and the response time) looks back, this week included. */
export const FIGURES_WEEKS = 12;

const DAY_MS = 86_400_000;

/** A calendar date "YYYY-MM-DD" as a Date at midnight UTC, for arithmetic on calendar days. */
function calendarDay(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function isoDateOf(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/** The ISO week (Monday to Sunday; week 1 holds the year's first Thursday) of a calendar date. */
export function isoWeekOf(isoDate: string): { year: number; week: number } {
  const day = calendarDay(isoDate);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(day.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const firstOfYear = Date.UTC(year, 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - firstOfYear) / DAY_MS / 7);
  return { year, week };
}

export interface Week {
  /** The Monday the week starts on, as a calendar date in the Netherlands. */
  start: string;
  year: number;
  week: number;
}

/**
 * The last `count` weeks up to and including the current one, oldest first. Weeks start on Monday
 * in the Netherlands (Europe/Amsterdam), whatever the server's time zone.
 */
export function recentWeeks(now: Date, count: number = FIGURES_WEEKS): Week[] {
  const today = calendarDay(amsterdamDate(now));
  const weekday = (today.getUTCDay() + 6) % 7;
  const thisMonday = today.getTime() - weekday * DAY_MS;
  const weeks: Week[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const start = isoDateOf(new Date(thisMonday - i * 7 * DAY_MS));
    weeks.push({ start, ...isoWeekOf(start) });
  }
  return weeks;
}

export interface WeekCount extends Week {
  count: number;
}

/** Puts the database's counts per week start into the weeks asked for; a week without requests counts 0. */
export function countsPerWeek(weeks: readonly Week[], counts: readonly { weekStart: string; count: number }[]): WeekCount[] {
  const byStart = new Map<string, number>();
  for (const row of counts) byStart.set(row.weekStart, (byStart.get(row.weekStart) ?? 0) + row.count);
  return weeks.map((week) => ({ ...week, count: byStart.get(week.start) ?? 0 }));
}

const shortMonth = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", timeZone: "UTC" });

/** "week 12 (vanaf 16 mrt.)": a week as staff read it in a table. */
export function weekName(week: Week): string {
  return `week ${week.week} (vanaf ${shortMonth.format(calendarDay(week.start))})`;
}

/**
 * The middle value; the mean of the two middle values for an even count; null for none. The
 * database computes the same with percentile_cont(0.5).
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle]!;
  return (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * A waiting time in plain Dutch: "minder dan 1 uur", "5 uur", "1 dag", "1,5 dag", "3 dagen".
 * Under a day in whole hours; from a day on in half days, which is precise enough to compare.
 */
export function formatWaitingTime(hours: number): string {
  if (hours < 1) return "minder dan 1 uur";
  const wholeHours = Math.round(hours);
  if (wholeHours < 24) return `${wholeHours} uur`;
  const halfDays = Math.round((hours / 24) * 2) / 2;
  const text = String(halfDays).replace(".", ",");
  return `${text} ${halfDays <= 1.5 ? "dag" : "dagen"}`;
}

export interface PlacedShare {
  placed: number;
  closed: number;
}

/** Placed among the closed requests (placed or no match), as a whole percentage; null when none closed. */
export function placedPercentage({ placed, closed }: PlacedShare): number | null {
  if (closed <= 0) return null;
  return Math.round((placed / closed) * 100);
}

/** "60% (3 van 5)", or a sentence when nothing is closed yet. */
export function formatPlacedShare(share: PlacedShare): string {
  const percentage = placedPercentage(share);
  if (percentage === null) return "nog geen afgesloten aanvragen";
  return `${percentage}% (${share.placed} van ${share.closed})`;
}

/**
 * The sentence under the percentage: "3 van de 5 afgesloten aanvragen leidden tot een plaatsing."
 * The noun follows the number closed ("de 1 afgesloten aanvraag", "de 5 afgesloten aanvragen");
 * the verb is singular when one request is meant: one placed ("1 van de 5 … leidde"), or only one
 * closed at all ("0 van de 1 … leidde"). Zero of several takes the plural, as in "0 aanvragen leidden".
 */
export function placedSentence({ placed, closed }: PlacedShare): string {
  if (closed <= 0) return "Er zijn nog geen afgesloten aanvragen.";
  const noun = closed === 1 ? "afgesloten aanvraag" : "afgesloten aanvragen";
  const verb = placed === 1 || closed === 1 ? "leidde" : "leidden";
  return `${placed} van de ${closed} ${noun} ${verb} tot een plaatsing.`;
}

/**
 * How old open requests are. Each bucket holds ages from `fromDays` (included) up to the next
 * bucket's `fromDays` (excluded).
 */
export const AGE_BUCKETS = [
  { key: "minder-dan-3-dagen", label: "< 3 dagen", name: "Minder dan 3 dagen", fromDays: 0 },
  { key: "3-tot-7-dagen", label: "3–7 dagen", name: "3 tot 7 dagen", fromDays: 3 },
  { key: "1-tot-2-weken", label: "1–2 weken", name: "1 tot 2 weken", fromDays: 7 },
  { key: "meer-dan-2-weken", label: "> 2 weken", name: "2 weken of langer", fromDays: 14 },
] as const;

export type AgeBucketKey = (typeof AGE_BUCKETS)[number]["key"];

/** The bucket of an open request received at `createdAt`. */
export function ageBucketOf(createdAt: Date, now: Date): AgeBucketKey {
  const ageDays = (now.getTime() - createdAt.getTime()) / DAY_MS;
  let found: AgeBucketKey = AGE_BUCKETS[0].key;
  for (const bucket of AGE_BUCKETS) if (ageDays >= bucket.fromDays) found = bucket.key;
  return found;
}

/**
 * The moments that separate the buckets, for counting in the database: a request is in a bucket
 * when it was received after `receivedAfter` and at or before `receivedBy` (null: no limit; the
 * youngest bucket also takes a request stamped a moment "in the future" by a clock running ahead).
 */
export function ageBucketBounds(now: Date): { key: AgeBucketKey; receivedAfter: Date | null; receivedBy: Date | null }[] {
  return AGE_BUCKETS.map((bucket, i) => {
    const next = AGE_BUCKETS[i + 1];
    return {
      key: bucket.key,
      receivedAfter: next ? new Date(now.getTime() - next.fromDays * DAY_MS) : null,
      receivedBy: i === 0 ? null : new Date(now.getTime() - bucket.fromDays * DAY_MS),
    };
  });
}

export type AgeCounts = Record<AgeBucketKey, number>;
