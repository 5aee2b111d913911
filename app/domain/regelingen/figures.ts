/**
 * The figures the regelingen use: the 2026 file with every figure, plus the versions later
 * files add. Which version a page shows depends on the day (see figure.ts), never on which
 * file is newest, so a value whose period has ended is never passed off as today's.
 */
import type { Figure } from "./figure";
import { FIGURES_2026, type FigureUpdate } from "./figures-2026";

export type FigureId = keyof typeof FIGURES_2026;
export type Figures = Readonly<Record<FigureId, Figure>>;

/** Later files with new versions, oldest first: `export const FIGURES_2027 = {...} satisfies FigureUpdate`. */
const UPDATES: readonly FigureUpdate[] = [];

export function mergeFigures(base: Figures, updates: readonly FigureUpdate[]): Figures {
  const merged = { ...base } as Record<FigureId, Figure>;
  for (const update of updates) {
    for (const [id, versions] of Object.entries(update) as Array<[FigureId, Figure["versions"]]>) {
      const figure = merged[id];
      merged[id] = { ...figure, versions: [...figure.versions, ...versions] } as Figure;
    }
  }
  return merged;
}

export const FIGURES: Figures = mergeFigures(FIGURES_2026, UPDATES);

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(FIGURES, id);
}

// en-CA writes dates as 2026-12-02. Made once: building a formatter with a time zone costs far
// more than formatting, and the server asks for today's date on every page request (the key of
// the pages kept rendered).
const isoDayInNetherlands = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today in the Netherlands as an ISO date: the day whose figures a page shows. */
export function todayInNetherlands(now: Date = new Date()): string {
  return isoDayInNetherlands.format(now);
}
