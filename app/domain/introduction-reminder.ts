/**
 * When the kennismaking's reminder goes out: 08:00 (Amsterdam) on the working day before, once per
 * date. Apart from `introduction.ts` because it needs the public holidays (date-holidays), which
 * the browser never needs.
 */
import { amsterdamMoment } from "./introduction";
import { isWorkingDay } from "./working-days";

/** The reminder goes out at this hour (Amsterdam) on the working day before. */
export const REMINDER_HOUR = 8;

const dateFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" });

/**
 * The moment the reminder is due: REMINDER_HOUR on the last working day before the appointment
 * (Friday for a Monday, the day before a public holiday's eve and so on).
 */
export function reminderMoment(startsAt: Date): Date {
  const date = dateFormat.format(startsAt);
  // Noon keeps the day steps clear of summer-time changes.
  let day = new Date(`${date}T12:00:00Z`);
  do {
    day = new Date(day.getTime() - 24 * 3600_000);
  } while (!isWorkingDay(day));
  return amsterdamMoment(day.toISOString().slice(0, 10), `${String(REMINDER_HOUR).padStart(2, "0")}:00`);
}

/**
 * Whether to send the reminder now. Once per date (`remindedAt` is cleared when the appointment
 * moves); not for an appointment planned or moved after the reminder moment (the invite just
 * came), nor once it has started, nor when it is cancelled.
 */
export function reminderDue(
  appointment: { startsAt: Date; changedAt: Date; remindedAt: Date | null; cancelledAt: Date | null },
  now: Date,
): boolean {
  if (appointment.remindedAt || appointment.cancelledAt) return false;
  if (now >= appointment.startsAt) return false;
  const due = reminderMoment(appointment.startsAt);
  return now >= due && appointment.changedAt < due;
}
