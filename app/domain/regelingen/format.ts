/** How amounts, hours, dates and other figures read in Dutch. Pure; no time zones involved. */

export type NumberUnit =
  | "euro"
  | "euro-per-uur"
  | "procent"
  | "uren"
  | "uren-per-dag"
  | "uren-per-dienst"
  | "uren-per-week"
  | "minuten"
  | "dagen-per-week"
  | "weken"
  | "maanden"
  | "jaren"
  | "leeftijd"
  | "aantal"
  | "jaartal";
/** "datum": 2026-06-02; "tijd": 23:00; "schooljaar": 2025/2026. */
export type TextUnit = "datum" | "tijd" | "schooljaar";

const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

const decimal = (value: number, maxFractionDigits = 2) =>
  new Intl.NumberFormat("nl-NL", { maximumFractionDigits: maxFractionDigits }).format(value);

/** "€ 2.700", "€ 1,01": cents only when there are any. */
export function formatEuro(amount: number, options: { cents?: boolean } = {}): string {
  const cents = options.cents ?? !Number.isInteger(Math.round(amount * 100) / 100);
  return new Intl.NumberFormat("nl-NL", {
    style: "currency",
    currency: "EUR",
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(amount);
}

export const formatPercent = (value: number) => `${decimal(value, 1)}%`;
export const formatHours = (value: number) => `${decimal(value, 1)} uur`;

/** "2 juni 2026" from "2026-06-02". */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** "juni 2027" from "2027-06". */
export function formatMonth(isoMonth: string): string {
  const [year, month] = isoMonth.split("-").map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** "23.00 uur" from "23:00". */
export const formatTime = (time: string) => `${time.replace(":", ".")} uur`;

/** "17 september 2026 om 17.00 uur" from "2026-09-17T17:00". */
export function formatMoment(isoLocal: string): string {
  return `${formatDate(isoLocal)} om ${formatTime(isoLocal.slice(11, 16))}`;
}

const plural = (value: number, one: string, many: string) => `${decimal(value, 1)} ${value === 1 ? one : many}`;

/** The value as it reads in a sentence: "€ 1,01 per uur", "6 maanden", "23,5%". */
export function formatFigureValue(unit: NumberUnit | TextUnit, value: number | string): string {
  if (typeof value === "string") {
    if (unit === "datum") return formatDate(value);
    if (unit === "tijd") return formatTime(value);
    return value;
  }
  switch (unit) {
    case "euro":
      return formatEuro(value);
    case "euro-per-uur":
      return `${formatEuro(value, { cents: true })} per uur`;
    case "procent":
      return formatPercent(value);
    case "uren":
      return formatHours(value);
    case "uren-per-dag":
      return `${formatHours(value)} per dag`;
    case "uren-per-dienst":
      return `${formatHours(value)} per dienst`;
    case "uren-per-week":
      return `${formatHours(value)} per week`;
    case "minuten":
      return plural(value, "minuut", "minuten");
    case "dagen-per-week":
      return `${plural(value, "dag", "dagen")} per week`;
    case "weken":
      return plural(value, "week", "weken");
    case "maanden":
      return plural(value, "maand", "maanden");
    case "jaren":
    case "leeftijd":
      return `${decimal(value)} jaar`;
    case "aantal":
      return decimal(value, 0);
    default:
      return String(value);
  }
}
