/**
 * Response windows in working days: weekends and Dutch public holidays (Koningsdag, Pasen, …)
 * do not count. Holidays come from the maintained date-holidays package.
 */
import Holidays from "date-holidays";

const TIME_ZONE = "Europe/Amsterdam";
const holidays = new Holidays("NL");
const cache = new Map<number, Set<string>>();

function publicHolidays(year: number): Set<string> {
  let days = cache.get(year);
  if (!days) {
    days = new Set(holidays.getHolidays(year).filter((h) => h.type === "public").map((h) => h.date.slice(0, 10)));
    cache.set(year, days);
  }
  return days;
}

const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" });

/** The calendar day in the Netherlands ("2026-04-27") and whether people work on it. */
function dutchDay(moment: Date): { date: string; working: boolean } {
  const parts = Object.fromEntries(dayFormat.formatToParts(moment).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const weekend = parts.weekday === "Sat" || parts.weekday === "Sun";
  return { date, working: !weekend && !publicHolidays(Number(parts.year)).has(date) };
}

export function isWorkingDay(moment: Date): boolean {
  return dutchDay(moment).working;
}

/**
 * The moment `days` working days after `start`, at the same time of day: Friday 10:00 plus three
 * working days is Wednesday 10:00. Steps of 24 hours can land an hour off across a change to or
 * from summer time; for a response window that is close enough.
 */
export function addWorkingDays(start: Date, days: number): Date {
  let moment = new Date(start);
  let counted = 0;
  while (counted < days) {
    moment = new Date(moment.getTime() + 24 * 60 * 60 * 1000);
    if (isWorkingDay(moment)) counted += 1;
  }
  return moment;
}

/** Working days end at this hour (Amsterdam time); an answer is due by the end of the last one. */
export const END_OF_WORKING_DAY_HOUR = 17;

const hourFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", hourCycle: "h23" });

/** The hour (0–23) on the clock in the Netherlands at `moment`. */
export function amsterdamHour(moment: Date): number {
  return Number(hourFormat.format(moment));
}

/**
 * When an answer is due: the end (17:00 in the Netherlands) of the `days`-th working day after
 * `start`. "Uiterlijk donderdag 30 april om 17:00" reads better than a deadline at the minute the
 * employer happened to press send, and gives the school the whole last day.
 */
export function responseDeadline(start: Date, days: number): Date {
  const lastDay = dutchDay(addWorkingDays(start, days)).date;
  // 17:00 in Amsterdam is 15:00 UTC in summer and 16:00 UTC in winter.
  for (const utcHour of [END_OF_WORKING_DAY_HOUR - 2, END_OF_WORKING_DAY_HOUR - 1]) {
    const candidate = new Date(`${lastDay}T${String(utcHour).padStart(2, "0")}:00:00Z`);
    if (amsterdamHour(candidate) === END_OF_WORKING_DAY_HOUR) return candidate;
  }
  throw new Error(`Geen ${END_OF_WORKING_DAY_HOUR}:00 gevonden op ${lastDay}`);
}
