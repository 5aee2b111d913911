/**
 * Turns a page's copy and the year's figures into what the page shows: text with every
 * `{figure}` written out (with its year when it is not this year's), the table of the figures
 * the page uses, and its sources, official ones first. Runs in the loader, so the browser gets
 * plain data; an unknown figure fails loudly here and in the content tests.
 */
import { describeFigure, formatDate, isOfficialSource, type Source, validityText } from "~/domain/regelingen/figure";
import { type FigureId, isFigureId } from "~/domain/regelingen/figures";
import type { FigureSet } from "~/domain/regelingen/figure";
import { REGELING_TITLES } from "~/domain/regelingen/slugs";
import { parseInline } from "./inline";
import { type Block, type GlossaryTerm, type RegelingPage, SECTIONS } from "./types";

export type ViewToken =
  | { type: "text"; text: string }
  | { type: "link"; text: string; href: string }
  | { type: "figure"; id: FigureId; text: string; note: string | null };

export type ViewBlock = { kind: "p"; tokens: ViewToken[] } | { kind: "list" | "steps"; items: ViewToken[][] };

export interface ViewFigure {
  id: FigureId;
  label: string;
  value: string;
  validity: string;
  source: Source | null;
}

export interface ViewSources {
  official: Source[];
  other: Source[];
}

export interface RegelingView {
  slug: string;
  title: string;
  summary: string;
  checked: string;
  year: number;
  sections: Array<{ id: string; title: string; blocks: ViewBlock[] }>;
  figures: ViewFigure[];
  sources: ViewSources;
}

class TextResolver {
  readonly used = new Set<FigureId>();
  constructor(
    private readonly figures: FigureSet<FigureId>,
    private readonly year: number,
  ) {}

  text(text: string): ViewToken[] {
    return parseInline(text).map((token): ViewToken => {
      if (token.type !== "figure") return token;
      if (!isFigureId(token.id)) throw new Error(`Onbekend cijfer {${token.id}} in: ${text}`);
      this.used.add(token.id);
      return { type: "figure", id: token.id, ...describeFigure(this.figures.figures[token.id], this.year) };
    });
  }

  block(block: Block): ViewBlock {
    if (typeof block === "string") return { kind: "p", tokens: this.text(block) };
    if ("list" in block) return { kind: "list", items: block.list.map((t) => this.text(t)) };
    return { kind: "steps", items: block.steps.map((t) => this.text(t)) };
  }

  figureTable(): ViewFigure[] {
    return [...this.used].map((id) => {
      const figure = this.figures.figures[id];
      const { text } = describeFigure(figure, this.year);
      return { id, label: figure.label, value: text, validity: validityText(figure, this.year), source: figure.source };
    });
  }
}

/** Official sources first; each page once, however many figures cite it. */
export function splitSources(sources: ReadonlyArray<Source | null>): ViewSources {
  const seen = new Set<string>();
  const unique = sources.filter((s): s is Source => s !== null && !seen.has(s.url) && Boolean(seen.add(s.url)));
  return { official: unique.filter(isOfficialSource), other: unique.filter((s) => !isOfficialSource(s)) };
}

export function regelingView(page: RegelingPage, figures: FigureSet<FigureId>, year: number): RegelingView {
  const resolver = new TextResolver(figures, year);
  const sections = SECTIONS.map((section) => ({
    id: section.id,
    title: section.title,
    blocks: page.sections[section.key].map((block) => resolver.block(block)),
  }));
  const table = resolver.figureTable();
  return {
    slug: page.slug,
    title: REGELING_TITLES[page.slug],
    summary: page.summary,
    checked: formatDate(page.checked),
    year,
    sections,
    figures: table,
    sources: splitSources([...page.sources, ...table.map((f) => f.source)]),
  };
}

export interface GlossaryView {
  checked: string;
  terms: Array<{ id: string; term: string; definition: ViewToken[] }>;
}

export function glossaryView(terms: readonly GlossaryTerm[], checked: string, figures: FigureSet<FigureId>, year: number): GlossaryView {
  const resolver = new TextResolver(figures, year);
  return {
    checked: formatDate(checked),
    terms: terms.map((t) => ({ id: t.id, term: t.term, definition: resolver.text(t.definition) })),
  };
}
