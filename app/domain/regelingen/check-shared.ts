/**
 * What the regelingencheck works with: the employer's answers, the outcome per regeling, and a
 * reader that takes each figure as it holds on the day of the check (and remembers which it
 * used, so the stale-figure test can cover the check as well as the pages).
 */
import { describeFigure, type IsoDate, pickVersion } from "./figure";
import type { FigureId, Figures } from "./figures";
import { formatDate, formatFigureValue } from "./format";
import type { RegelingSlug } from "./slugs";

export const OFFERS = [
  { value: "stage", label: "Een stage" },
  { value: "proefplaatsing", label: "Een proefplaatsing" },
  { value: "baan", label: "Een baan" },
] as const;
export type Offer = (typeof OFFERS)[number]["value"];

/** Which school the young person attends or attended: the check's question (not an organisation's school type). */
export const YOUTH_SCHOOL_ANSWERS = [
  { value: "pro", label: "Praktijkonderwijs (pro)" },
  { value: "vso", label: "Voortgezet speciaal onderwijs (vso)" },
  { value: "anders", label: "Een andere school, of ik weet het niet" },
] as const;
export type YouthSchool = (typeof YOUTH_SCHOOL_ANSWERS)[number]["value"];

export const YES_NO_UNKNOWN = [
  { value: "ja", label: "Ja" },
  { value: "nee", label: "Nee" },
  { value: "weet-niet", label: "Ik weet het niet" },
] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number]["value"];

export interface CheckAnswers {
  offer: Offer;
  atSchool: boolean;
  /** Only meaningful while at school. */
  lastSchoolYear: boolean;
  schoolType: YouthSchool;
  erkendLeerbedrijf: YesNoUnknown;
  doelgroepregister: YesNoUnknown;
  /** The young person's age in years: the minimum wage and the working-time rules depend on it. */
  age: number;
  /** Length of the contract or the stage. */
  months: number;
  /** For a stage: the weeks with at least one supervised day; null when the employer left it open. */
  weeks: number | null;
  hoursPerWeek: number;
  /** Estimated loonwaarde as a percentage of the minimum wage, if known. */
  loonwaarde: number | null;
}

/** "past": fits on these answers; "misschien": fits if something we cannot check holds. */
export type Verdict = "past" | "misschien" | "past-niet";

export interface Estimate {
  /** Euros per year (for praktijkleren: per school year), rounded to whole euros. */
  perYear: number;
  /** For a contract shorter than a year: the amount for its months. */
  forPeriod: { months: number; amount: number } | null;
  /** A maximum was reached. */
  capped: boolean;
  /** How it was worked out, one step per line. */
  steps: string[];
  /** Figures whose period has ended, and what that means for the amount. */
  warnings: string[];
}

export interface Outcome {
  slug: RegelingSlug;
  title: string;
  verdict: Verdict;
  reasons: string[];
  estimate: Estimate | null;
  /** Why there is no estimate, when the rules would give one. */
  noEstimate: string | null;
  apply: { where: string; when: string };
}

/** Estimates per year count 52 working weeks; a month is a twelfth of that. */
export const WEEKS_PER_YEAR = 52;
export const MONTHS_PER_YEAR = 12;
export const weeksIn = (months: number) => (months * WEEKS_PER_YEAR) / MONTHS_PER_YEAR;

export const isStagePlace = (a: CheckAnswers) => a.offer === "stage" || (a.offer === "proefplaatsing" && a.atSchool);
export const isProOrVso = (a: CheckAnswers) => a.schoolType === "pro" || a.schoolType === "vso";

/** Reads figures as they hold on one day: the value to compute with, and the text to show. */
export function figureReader(figures: Figures, date: IsoDate) {
  const used = new Set<FigureId>();
  const figure = (id: FigureId) => {
    used.add(id);
    return figures[id];
  };
  const picked = (id: FigureId) => pickVersion(figure(id), date);
  const plain = (id: FigureId): string => {
    const f = figure(id);
    const { value } = picked(id).version;
    if (f.unit === "aanvraagperiode" || typeof value === "object") throw new Error(`Cijfer ${id} is een periode`);
    return formatFigureValue(f.unit, value);
  };
  return {
    used,
    number(id: FigureId): number {
      const value = picked(id).version.value;
      if (typeof value !== "number") throw new Error(`Cijfer ${id} is geen getal`);
      return value;
    },
    /** The value in a sentence, marked "laatst bekend" when its period has ended. */
    text(id: FigureId): string {
      const { text, note } = describeFigure(figure(id), date);
      return note ? `${text} (${note})` : text;
    },
    /** The bare value, for the calculation steps (the warnings say when a value is old). */
    plain,
    /** A warning for a figure used in an estimate whose period has ended with no successor known. */
    warning(id: FigureId, what: string): string | null {
      const p = picked(id);
      if (p.kind !== "laatst-bekend") return null;
      return `We rekenen met ${what} dat gold tot en met ${formatDate(p.version.validTo!)} (${plain(id)}). Het bedrag van nu hebben we nog niet. Het wordt meestal iets hoger.`;
    },
  };
}
export type FigureReader = ReturnType<typeof figureReader>;

export function verdictOf(fails: string[], doubts: string[]): Verdict {
  if (fails.length > 0) return "past-niet";
  return doubts.length > 0 ? "misschien" : "past";
}

/** Why it does not fit, or else what fits and what we could not check. */
export function reasonsFor(verdict: Verdict, fits: string[], doubts: string[], fails: string[]): string[] {
  return verdict === "past-niet" ? fails : [...fits, ...doubts];
}
