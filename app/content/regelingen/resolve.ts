/**
 * Turns a page's copy and the figures into what the page shows on a day: text with every
 * `{figure}` written out (marked "laatst bekend" when its period has ended), the table of the
 * figures the page uses with the period each holds for, and its sources, official ones first.
 * Runs in the loader, so the browser gets plain data; an unknown figure fails loudly here and
 * in the content tests.
 */
import { describeFigure, type IsoDate, isOfficialSource, pickVersion, type Source, tableValue, validityText } from "~/domain/regelingen/figure";
import { type FigureId, type Figures, isFigureId } from "~/domain/regelingen/figures";
import { formatDate } from "~/domain/regelingen/format";
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
  source: Source;
  /** When the value was last compared with its source. */
  checked: string;
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
  /** The day whose figures the page shows, written out. */
  date: string;
  sections: Array<{ id: string; title: string; blocks: ViewBlock[] }>;
  figures: ViewFigure[];
  sources: ViewSources;
}

class TextResolver {
  readonly used = new Set<FigureId>();
  constructor(
    private readonly figures: Figures,
    private readonly date: IsoDate,
  ) {}

  text(text: string): ViewToken[] {
    return parseInline(text).map((token): ViewToken => {
      if (token.type !== "figure") return token;
      if (!isFigureId(token.id)) throw new Error(`Onbekend cijfer {${token.id}} in: ${text}`);
      this.used.add(token.id);
      const figure = this.figures[token.id];
      // A window reads as whole sentences (open, closed, what comes next), not as one value.
      if (figure.unit === "aanvraagperiode") return { type: "text", text: describeFigure(figure, this.date).text };
      return { type: "figure", id: token.id, ...describeFigure(figure, this.date) };
    });
  }

  block(block: Block): ViewBlock {
    if (typeof block === "string") return { kind: "p", tokens: this.text(block) };
    if ("list" in block) return { kind: "list", items: block.list.map((t) => this.text(t)) };
    return { kind: "steps", items: block.steps.map((t) => this.text(t)) };
  }

  /** Figures shown in the table without appearing in the text (the minimum wage per age). */
  include(ids: readonly FigureId[]) {
    for (const id of ids) this.used.add(id);
  }

  figureTable(): ViewFigure[] {
    return [...this.used].map((id) => {
      const figure = this.figures[id];
      const { version } = pickVersion(figure, this.date);
      return {
        id,
        label: figure.label,
        value: tableValue(figure, this.date),
        validity: validityText(figure, this.date),
        source: version.source,
        checked: formatDate(version.checked),
      };
    });
  }
}

/** Official sources first; each page once, however many figures cite it. */
export function splitSources(sources: readonly Source[]): ViewSources {
  const seen = new Set<string>();
  const unique = sources.filter((s) => !seen.has(s.url) && Boolean(seen.add(s.url)));
  return { official: unique.filter(isOfficialSource), other: unique.filter((s) => !isOfficialSource(s)) };
}

export function regelingView(page: RegelingPage, figures: Figures, date: IsoDate): RegelingView {
  const resolver = new TextResolver(figures, date);
  const sections = SECTIONS.map((section) => ({
    id: section.id,
    title: section.title,
    blocks: page.sections[section.key].map((block) => resolver.block(block)),
  }));
  resolver.include(page.figures ?? []);
  const table = resolver.figureTable();
  return {
    slug: page.slug,
    title: REGELING_TITLES[page.slug],
    summary: page.summary,
    checked: formatDate(page.checked),
    date: formatDate(date),
    sections,
    figures: table,
    sources: splitSources([...page.sources, ...table.map((f) => f.source)]),
  };
}

export interface GlossaryView {
  checked: string;
  terms: Array<{ id: string; term: string; definition: ViewToken[] }>;
}

export function glossaryView(terms: readonly GlossaryTerm[], checked: string, figures: Figures, date: IsoDate): GlossaryView {
  const resolver = new TextResolver(figures, date);
  return {
    checked: formatDate(checked),
    terms: terms.map((t) => ({ id: t.id, term: t.term, definition: resolver.text(t.definition) })),
  };
}
