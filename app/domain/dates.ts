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
