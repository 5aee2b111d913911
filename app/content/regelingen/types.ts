/**
 * The shape of a regelingen page. Copy is Dutch at B1 level; text may hold two kinds of markup:
 * `{lkv.perUur}` puts in a figure as it holds on the day shown (marked "laatst bekend" when its
 * period has ended), and `[words](/path)` is a link. Nothing else: no HTML, no other markdown.
 */
import type { Source } from "~/domain/regelingen/figure";
import type { FigureId } from "~/domain/regelingen/figures";
import type { RegelingSlug } from "~/domain/regelingen/slugs";

/** A paragraph, a bulleted list, or numbered steps. */
export type Block = string | { list: string[] } | { steps: string[] };

/** Every page answers the same six questions, in this order. */
export const SECTIONS = [
  { key: "watIsHet", id: "wat-is-het", title: "Wat is het?" },
  { key: "voorWie", id: "voor-wie", title: "Voor wie?" },
  { key: "watLevertHetOp", id: "wat-levert-het-op", title: "Wat levert het u op?" },
  { key: "watMoetUDoen", id: "wat-moet-u-doen", title: "Wat moet u doen, en wanneer?" },
  { key: "waarAanvragen", id: "waar-vraagt-u-het-aan", title: "Waar vraagt u het aan?" },
  { key: "goedOmTeWeten", id: "goed-om-te-weten", title: "Goed om te weten" },
] as const;
export type SectionKey = (typeof SECTIONS)[number]["key"];

export const GROUPS = [
  { id: "in-dienst", title: "Een jongere in dienst nemen" },
  { id: "stage", title: "Stage en proefplaatsing" },
] as const;
export type GroupId = (typeof GROUPS)[number]["id"];

export interface RegelingPage {
  slug: RegelingSlug;
  group: GroupId;
  /** One or two plain sentences for the overview and the page description (no markup). */
  summary: string;
  /** When the page was last compared with its sources (ISO date). */
  checked: string;
  sections: Record<SectionKey, Block[]>;
  /** Where the page's facts come from; figures bring their own sources as well. */
  sources: Source[];
  /** Figures for the table at the bottom that the text does not name, such as the minimum wage per age. */
  figures?: FigureId[];
}

export interface GlossaryTerm {
  /** The anchor on the begrippenlijst: /regelingen/begrippen#loonwaarde */
  id: string;
  term: string;
  definition: string;
}
