/** Dates as people in the Netherlands read them, whatever the server's time zone. */
const dateTime = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Amsterdam",
});

export function formatDateTime(value: Date | string): string {
  return dateTime.format(typeof value === "string" ? new Date(value) : value);
}

const deadline = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** "woensdag 25 november om 10:00": a deadline as people say it. */
export function formatDeadline(value: Date | string): string {
  return deadline.format(typeof value === "string" ? new Date(value) : value);
}

const dayOnly = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A calendar date ("2026-12-03") as "donderdag 3 december 2026"; no time zone shifts. */
export function formatDate(isoDate: string): string {
  return dayOnly.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
}

// Made once: building an Intl.DateTimeFormat with a time zone costs far more than formatting with
// it, and the register and the figures ask for hundreds of dates per page.
const amsterdamDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" });

/** Today's calendar date in the Netherlands, as "YYYY-MM-DD". */
export function amsterdamDate(moment: Date): string {
  return amsterdamDay.format(moment);
}
