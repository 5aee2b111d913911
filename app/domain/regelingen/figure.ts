/**
 * One figure from the rules (an amount, percentage, limit or application window) as a list of
 * versions, each with the period it holds for, its source and the day it was compared with that
 * source. Pure: the day to show is passed in, so a test can pin it and a page shows the version
 * that holds on that day — or, when its period has ended and no successor is known, says so.
 */
import { formatDate, formatFigureValue, formatMoment, formatMonth, type NumberUnit, type TextUnit } from "./format";

/** Who published a source. Everything but "anders" is an official body. */
export type SourceKind =
  | "uwv"
  | "rvo"
  | "belastingdienst"
  | "gemeente"
  | "wsp"
  | "sbb"
  | "rijksoverheid"
  /** The law itself: wetten.overheid.nl, officielebekendmakingen.nl, Tweede Kamer. */
  | "wetgeving"
  | "anders";

export interface Source {
  title: string;
  url: string;
  publisher: string;
  kind: SourceKind;
  /** The year the page speaks of; null when the page has no date. */
  year: number | null;
}

export const isOfficialSource = (source: Pick<Source, "kind">) => source.kind !== "anders";

/** An ISO date, 2026-01-01. */
export type IsoDate = string;

interface VersionMeta {
  /** First day this value holds; null when the source does not say since when (an old rule). */
  validFrom: IsoDate | null;
  /**
   * Last day this value holds. Null for a rule in a law or regulation that has no end: it holds
   * until the rule changes. An amount that is set again every half year or year ends with its period.
   */
  validTo: IsoDate | null;
  source: Source;
  /** The day someone last compared the value with its source. */
  checked: IsoDate;
  /**
   * The day someone last looked for the next value after `validTo` and did not find it. Lets a
   * known gap pass the stale-figure test for 30 days; after that someone has to look again.
   */
  successorSought?: IsoDate;
}

/** One application window, for example the subsidie praktijkleren for one school year. */
export interface WindowValue {
  /** "2025/2026" */
  schoolYear: string;
  opens: IsoDate;
  /** Local time in the Netherlands: 2026-09-17T17:00. */
  closes: string;
  /** The window after this one, as far as it is known before its dates are published ("2027-06"). */
  next: { schoolYear: string; expectedMonth: string };
}

export type NumberVersion = VersionMeta & { value: number };
export type TextVersion = VersionMeta & { value: string };
export type WindowVersion = VersionMeta & { value: WindowValue };

interface FigureMeta {
  /** What the figure is, in Dutch, for the table of figures on a page. */
  label: string;
}
export type Figure = FigureMeta &
  (
    | { unit: NumberUnit; versions: NumberVersion[] }
    | { unit: TextUnit; versions: TextVersion[] }
    | { unit: "aanvraagperiode"; versions: WindowVersion[] }
  );
export type FigureVersion = Figure["versions"][number];

/** Which version to show on a day, and why. */
export type VersionPick =
  | { kind: "geldig"; version: FigureVersion }
  /** Its period has ended and no successor is known: shown as "laatst bekend". */
  | { kind: "laatst-bekend"; version: FigureVersion }
  /** The day is before the first known version: shown with the day it starts. */
  | { kind: "nog-niet"; version: FigureVersion };

const holdsOn = (version: VersionMeta, date: IsoDate) =>
  (version.validFrom === null || version.validFrom <= date) && (version.validTo === null || date <= version.validTo);

export function pickVersion(figure: Figure, date: IsoDate): VersionPick {
  const versions: FigureVersion[] = figure.versions;
  if (versions.length === 0) throw new Error(`Cijfer zonder waarde: ${figure.label}`);
  const holding = versions.filter((v) => holdsOn(v, date));
  // Two versions can overlap only by mistake; the newest start wins.
  const current = holding.sort((a, b) => (a.validFrom ?? "").localeCompare(b.validFrom ?? "")).at(-1);
  if (current) return { kind: "geldig", version: current };
  const ended = versions.filter((v) => v.validTo !== null && v.validTo < date).sort((a, b) => a.validTo!.localeCompare(b.validTo!));
  const lastKnown = ended.at(-1);
  if (lastKnown) return { kind: "laatst-bekend", version: lastKnown };
  const first = [...versions].sort((a, b) => (a.validFrom ?? "").localeCompare(b.validFrom ?? ""))[0]!;
  return { kind: "nog-niet", version: first };
}

/** The day `days` after `date`, as an ISO date (no time zones involved). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** How long a known gap may stay before someone has to look for the new value again. */
export const STALE_HORIZON_DAYS = 30;

/**
 * Why this figure will be out of date within the horizon, or null. A figure is stale when, on
 * `date` plus the horizon, the version it would show has ended — unless someone looked for
 * the successor within the horizon and recorded that it is not published yet.
 */
export function staleReason(figure: Figure, date: IsoDate, horizonDays = STALE_HORIZON_DAYS): string | null {
  const later = pickVersion(figure, addDays(date, horizonDays));
  if (later.kind !== "laatst-bekend") return null;
  const sought = later.version.successorSought;
  if (sought && date <= addDays(sought, horizonDays)) return null;
  return `${figure.label}: geldig tot ${later.version.validTo}${sought ? `, opvolger het laatst gezocht op ${sought}` : ""}`;
}

/** The value as it reads in a sentence, for a number or text version. */
function valueText(figure: Figure, version: FigureVersion): string {
  if (figure.unit === "aanvraagperiode") return windowText(version.value as WindowValue, null);
  return formatFigureValue(figure.unit, version.value as number & string);
}

/**
 * A figure as it appears in running text on `date`: the value, and a note when it is not a
 * value that holds today. A window becomes whole sentences: open, closed, or not yet open.
 */
export function describeFigure(figure: Figure, date: IsoDate): { text: string; note: string | null } {
  const picked = pickVersion(figure, date);
  const { version } = picked;
  if (figure.unit === "aanvraagperiode") return { text: windowText(version.value as WindowValue, date), note: null };
  const text = valueText(figure, version);
  if (picked.kind === "laatst-bekend") {
    return { text: `laatst bekend ${text}`, note: `geldig tot ${formatDate(version.validTo!)}` };
  }
  if (picked.kind === "nog-niet" && version.validFrom) return { text, note: `geldt vanaf ${formatDate(version.validFrom)}` };
  return { text, note: null };
}

/** The value column of the table of figures: a window is its dates, not sentences. */
export function tableValue(figure: Figure, date: IsoDate): string {
  if (figure.unit !== "aanvraagperiode") return describeFigure(figure, date).text;
  const { value } = pickVersion(figure, date).version as WindowVersion;
  return `Schooljaar ${value.schoolYear}: ${formatDate(value.opens)} tot en met ${formatMoment(value.closes)}`;
}

/** The "Geldt" column of the table of figures. */
export function validityText(figure: Figure, date: IsoDate): string {
  const picked = pickVersion(figure, date);
  if (figure.unit === "aanvraagperiode") {
    const window = picked.version.value as WindowValue;
    const status = windowStatus(window, date);
    if (status === "open") return "Nu open";
    if (status === "komt-nog") return "Nog niet open";
    return `Voorbij. De volgende periode, voor schooljaar ${window.next.schoolYear}, verwachten we rond ${formatMonth(window.next.expectedMonth)}.`;
  }
  const { validFrom, validTo } = picked.version;
  if (picked.kind === "laatst-bekend") {
    return `Gold tot en met ${formatDate(validTo!)}. Het nieuwe ${isMoney(figure) ? "bedrag" : "cijfer"} hebben we nog niet.`;
  }
  if (validTo === null) {
    return validFrom === null ? "Vaste regel, zonder einddatum" : `Sinds ${formatDate(validFrom)}, tot de regel verandert`;
  }
  return validFrom === null ? `Tot en met ${formatDate(validTo)}` : `${formatDate(validFrom)} tot en met ${formatDate(validTo)}`;
}

const isMoney = (figure: Figure) => figure.unit === "euro" || figure.unit === "euro-per-uur";

/**
 * An application window in sentences. Without a date: the window itself. With one: whether it
 * is still to come, open now, or over — and then which window comes next and when we expect it.
 */
export function windowText(window: WindowValue, date: IsoDate | null): string {
  const span = `van ${formatDate(window.opens)} tot en met ${formatMoment(window.closes)}`;
  if (date === null || date < window.opens) return `Voor schooljaar ${window.schoolYear} vraagt u aan ${span}.`;
  if (date <= window.closes.slice(0, 10)) {
    return `Voor schooljaar ${window.schoolYear} kunt u nu aanvragen, tot en met ${formatMoment(window.closes)}.`;
  }
  return (
    `Voor schooljaar ${window.schoolYear} kon u aanvragen ${span}. Die periode is voorbij. ` +
    `De volgende periode is voor schooljaar ${window.next.schoolYear}. Die verwachten we rond ${formatMonth(window.next.expectedMonth)}. De precieze data zijn nog niet bekend.`
  );
}

/** The window as it stands on `date`: what to say, and whether the employer can still apply for it. */
export function windowStatus(window: WindowValue, date: IsoDate): "komt-nog" | "open" | "voorbij" {
  if (date < window.opens) return "komt-nog";
  return date <= window.closes.slice(0, 10) ? "open" : "voorbij";
}
