/**
 * One figure from the rules (an amount, percentage, limit or deadline) with the year it holds
 * for and where it comes from, and how it is written in Dutch. Pure: the year to compare with
 * is passed in, so a figure from an earlier year is always shown with that year.
 */

/** Who published a source. Everything but "anders" is an official body. */
export type SourceKind = "uwv" | "rvo" | "belastingdienst" | "gemeente" | "wsp" | "sbb" | "rijksoverheid" | "anders";

export interface Source {
  title: string;
  url: string;
  publisher: string;
  kind: SourceKind;
  /** The year the page speaks of; null when the page has no date. */
  year: number | null;
}

export const isOfficialSource = (source: Pick<Source, "kind">) => source.kind !== "anders";

type NumberUnit =
  | "euro"
  | "euro-per-uur"
  | "procent"
  | "uren"
  | "uren-per-dag"
  | "uren-per-week"
  | "minuten"
  | "dagen-per-week"
  | "weken"
  | "maanden"
  | "jaren"
  | "leeftijd"
  | "aantal"
  | "jaartal";
/** "datum": 2026-06-02; "moment": 2026-09-17T17:00 (Dutch local time); "schooljaar": 2025/2026. */
type TextUnit = "datum" | "moment" | "schooljaar";

interface FigureMeta {
  /** What the figure is, in Dutch, for the table of figures on a page. */
  label: string;
  /**
   * "jaarlijks": set anew every year (amounts, deadlines). "regel": stays the same until the law
   * or the regulation changes (percentages in law, minimum hours, age limits).
   */
  changes: "jaarlijks" | "regel";
  /** The year the value is known to hold for; for a rule, the year of its source. */
  validFor: number | null;
  /** Shown instead of the bare year, for example "schooljaar 2025/2026". */
  period?: string;
  /** Null only when the value is not known. */
  source: Source | null;
}

export type Figure = FigureMeta &
  ({ unit: NumberUnit; value: number | null } | { unit: TextUnit; value: string | null });

export interface FigureSet<Id extends string = string> {
  /** The year this set was written for. */
  year: number;
  /** When the figures were last compared with their sources (ISO date). */
  checked: string;
  figures: Record<Id, Figure>;
}

export type FigureStatus =
  | { kind: "actueel" }
  /** A yearly figure from another year: shown with that year, never as if it were this year's. */
  | { kind: "ander-jaar"; year: number }
  | { kind: "onbekend" };

export function figureStatus(figure: Figure, year: number): FigureStatus {
  if (figure.value === null) return { kind: "onbekend" };
  if (figure.changes === "jaarlijks" && figure.validFor !== year) {
    return figure.validFor === null ? { kind: "onbekend" } : { kind: "ander-jaar", year: figure.validFor };
  }
  return { kind: "actueel" };
}

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

/** "17 september 2026 om 17.00 uur" from "2026-09-17T17:00". */
export function formatMoment(isoLocal: string): string {
  const time = isoLocal.slice(11, 16).replace(":", ".");
  return `${formatDate(isoLocal)} om ${time} uur`;
}

const plural = (value: number, one: string, many: string) => `${decimal(value, 1)} ${value === 1 ? one : many}`;

/** The value as it reads in a sentence: "€ 1,01 per uur", "6 maanden", "23,5%". */
export function formatFigureValue(figure: Figure): string | null {
  if (figure.value === null) return null;
  if (typeof figure.value === "string") {
    if (figure.unit === "datum") return formatDate(figure.value);
    if (figure.unit === "moment") return formatMoment(figure.value);
    return figure.value;
  }
  const value = figure.value;
  switch (figure.unit) {
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
    case "jaartal":
      return String(value);
    default:
      return String(value);
  }
}

const isMoney = (figure: Figure) => figure.unit === "euro" || figure.unit === "euro-per-uur";

/**
 * A figure as it appears in running text: the value, and a note when it is not this year's.
 * Unknown figures say so instead of showing a number.
 */
export function describeFigure(figure: Figure, year: number): { text: string; note: string | null } {
  const status = figureStatus(figure, year);
  const what = isMoney(figure) ? "bedrag" : "cijfer";
  if (status.kind === "onbekend") {
    return { text: `nog niet bekend`, note: `het ${what} voor ${year} hebben we nog niet` };
  }
  const text = formatFigureValue(figure) ?? "";
  if (status.kind === "ander-jaar") {
    return { text, note: `${what} van ${status.year}; het ${what} voor ${year} is nog niet bekend` };
  }
  return { text, note: null };
}

/** "Geldt voor" in the table of figures. */
export function validityText(figure: Figure, year: number): string {
  const status = figureStatus(figure, year);
  if (status.kind === "onbekend") return `Voor ${year} nog niet bekend`;
  if (status.kind === "ander-jaar") return `${figure.period ?? status.year}; voor ${year} nog niet bekend`;
  if (figure.changes === "jaarlijks") return figure.period ?? String(figure.validFor);
  return figure.validFor === null ? "Vaste regel (bron zonder datum)" : `Vaste regel (bron uit ${figure.validFor})`;
}
