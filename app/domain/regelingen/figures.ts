/**
 * Which figures hold for a year. The newest set written for that year or before is used; its
 * yearly figures keep the year they are valid for, so in a year without a new set every amount
 * is shown with the year it comes from instead of passing for this year's.
 */
import type { FigureSet } from "./figure";
import { FIGURES_2026 } from "./figures-2026";

export type FigureId = keyof typeof FIGURES_2026.figures;

/** Oldest first. A new year's set is `satisfies FigureSet<FigureId>`, so no figure can go missing. */
export const FIGURE_SETS: ReadonlyArray<FigureSet<FigureId>> = [FIGURES_2026];

export function figuresFor(year: number): FigureSet<FigureId> {
  const usable = FIGURE_SETS.filter((set) => set.year <= year);
  return usable.at(-1) ?? FIGURE_SETS[0]!;
}

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(FIGURES_2026.figures, id);
}

/** The calendar year in the Netherlands. */
export function currentYear(now: Date = new Date()): number {
  return Number(new Intl.DateTimeFormat("nl-NL", { year: "numeric", timeZone: "Europe/Amsterdam" }).format(now));
}
