/**
 * Content checks for the regelingen pages: every page answers the six questions, has sources
 * (official ones among them) and a check date; every figure it uses exists in the year's
 * figures; every link goes to a page that exists; and the copy stays plain.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Figure, isOfficialSource, type Source } from "~/domain/regelingen/figure";
import { FIGURE_SETS, figuresFor, isFigureId } from "~/domain/regelingen/figures";
import { REGELING_SLUGS } from "~/domain/regelingen/slugs";
import { GLOSSARY } from "./begrippen";
import { GLOSSARY_CHECKED, REGELING_PAGES } from "./index";
import { blockTexts, parseInline } from "./inline";
import { glossaryView, regelingView } from "./resolve";
import { SECTIONS } from "./types";

const ROUTES_DIR = path.resolve(import.meta.dirname, "../../routes");
const TODAY = new Date().toISOString().slice(0, 10);

/** Every piece of copy on a page, labelled for failure messages. */
function copyOf(page: (typeof REGELING_PAGES)[number]): Array<{ where: string; text: string }> {
  return SECTIONS.flatMap((section) =>
    page.sections[section.key].flatMap((block) => blockTexts(block).map((text) => ({ where: `${page.slug} › ${section.title}`, text }))),
  );
}
const allCopy = [
  ...REGELING_PAGES.flatMap(copyOf),
  ...GLOSSARY.map((t) => ({ where: `begrippen › ${t.term}`, text: t.definition })),
];

const sectionIds = new Set<string>(SECTIONS.map((s) => s.id));
const termIds = new Set(GLOSSARY.map((t) => t.id));

/** The route file that serves an address, if there is one (flat routes: /a/b → a.b.tsx). */
function routeFileExists(pathname: string): boolean {
  const dotted = pathname.split("/").filter(Boolean).join(".");
  const candidates = dotted === "" ? ["_index.tsx"] : [`${dotted}.tsx`, `${dotted}._index.tsx`, `${dotted}.ts`];
  return candidates.some((file) => existsSync(path.join(ROUTES_DIR, file)));
}

/** Why an internal link would not resolve, or null when it does. */
function brokenLink(href: string): string | null {
  const url = new URL(href, "https://opstap.example");
  const [, first, second, extra] = url.pathname.split("/");
  if (first === "regelingen" && second === "begrippen") {
    if (!routeFileExists("/regelingen/begrippen")) return "geen route voor de begrippenlijst";
    return url.hash && !termIds.has(url.hash.slice(1)) ? `geen begrip ${url.hash}` : null;
  }
  if (first === "regelingen" && second !== undefined) {
    if (extra !== undefined) return "te diep";
    if (!(REGELING_SLUGS as readonly string[]).includes(second)) return `geen regeling ${second}`;
    if (!existsSync(path.join(ROUTES_DIR, "regelingen.$slug.tsx"))) return "geen route voor een regeling";
    return url.hash && !sectionIds.has(url.hash.slice(1)) ? `geen kopje ${url.hash}` : null;
  }
  if (url.hash) return "een anker op deze pagina bestaat niet";
  return routeFileExists(url.pathname) ? null : `geen route voor ${url.pathname}`;
}

describe("regelingen pages", () => {
  it("has exactly one page for every regeling", () => {
    expect(REGELING_PAGES.map((p) => p.slug).sort()).toEqual([...REGELING_SLUGS].sort());
  });

  it.each(REGELING_PAGES.map((p) => [p.slug, p] as const))("%s answers all six questions", (_, page) => {
    for (const section of SECTIONS) expect(page.sections[section.key].length, section.title).toBeGreaterThan(0);
    expect(page.summary).not.toMatch(/[{}[\]]/);
  });

  it.each(REGELING_PAGES.map((p) => [p.slug, p] as const))("%s has official sources and a check date", (_, page) => {
    expect(page.sources.length).toBeGreaterThan(0);
    expect(page.sources.some(isOfficialSource)).toBe(true);
    expect(page.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(page.checked <= TODAY).toBe(true);
    // The rendered page lists them, official ones first.
    const view = regelingView(page, figuresFor(2026), 2026);
    expect(view.sources.official.length).toBeGreaterThan(0);
    expect(view.checked).toMatch(/^\d{1,2} [a-z]+ \d{4}$/);
  });

  it("has a check date on the begrippenlijst too", () => {
    expect(GLOSSARY_CHECKED <= TODAY).toBe(true);
  });
});

describe("figures in the copy", () => {
  it("uses only figures that exist in the data module", () => {
    const unknown = allCopy.flatMap(({ where, text }) =>
      parseInline(text)
        .filter((t) => t.type === "figure" && !isFigureId(t.id))
        .map((t) => `${where}: {${t.type === "figure" ? t.id : ""}}`),
    );
    expect(unknown).toEqual([]);
  });

  it("puts no amount or percentage in the copy itself: they come from the figures", () => {
    const hardCoded = allCopy
      .filter(({ text }) => /€\s?\d|\d\s?%(?!\sbetekent)|\d+\s?(euro|uur per)/.test(text.replace(/\{[^}]+\}/g, "")))
      // Worked examples of what a loonwaarde means are not figures from the rules.
      .filter(({ text }) => !/loonwaarde van \d+%/.test(text) && !/is dat \d+% van het minimumloon/.test(text));
    expect(hardCoded).toEqual([]);
  });

  it("puts no year or age limit in the copy itself", () => {
    const numbers = allCopy
      .map(({ where, text }) => ({ where, text: text.replace(/\{[^}]+\}/g, "") }))
      .filter(({ text }) => /\b(19|20)\d\d\b|\b1[0-9]\b(?! arbeidsmarkt)/.test(text));
    expect(numbers).toEqual([]);
  });

  it("renders every page and the begrippenlijst for this year and for a year without new figures", () => {
    for (const year of [2026, 2027]) {
      for (const page of REGELING_PAGES) expect(() => regelingView(page, figuresFor(year), year)).not.toThrow();
      expect(() => glossaryView(GLOSSARY, GLOSSARY_CHECKED, figuresFor(year), year)).not.toThrow();
    }
  });

  it("shows an amount that is not this year's with its year", () => {
    const lkv = regelingView(REGELING_PAGES.find((p) => p.slug === "loonkostenvoordeel")!, figuresFor(2026), 2026);
    const perHour = lkv.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === "p" ? b.tokens : b.items.flat()));
    expect(perHour).toContainEqual({
      type: "figure",
      id: "lkv.perUur",
      text: "€\u00a01,01 per uur",
      note: "bedrag van 2024; het bedrag voor 2026 is nog niet bekend",
    });
    expect(lkv.figures.find((f) => f.id === "lkv.perUur")?.validity).toBe("2024; voor 2026 nog niet bekend");
  });
});

describe("the figures", () => {
  const entries = FIGURE_SETS.flatMap((set) => Object.entries(set.figures).map(([id, figure]) => [`${set.year} ${id}`, figure as Figure] as const));

  it.each(entries)("%s has a source and the year it holds for", (_, figure) => {
    if (figure.value === null) return;
    expect(figure.source).not.toBeNull();
    if (figure.changes === "jaarlijks") expect(figure.validFor).toEqual(expect.any(Number));
    if (figure.unit === "datum") expect(figure.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (figure.unit === "moment") expect(figure.value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  });

  it("marks the minimum wage and the LKV amounts as not known for 2026", () => {
    const set = figuresFor(2026);
    expect(set.figures["wml.perUur"].value).toBeNull();
    expect(set.figures["lkv.perUur"]).toMatchObject({ value: 1.01, validFor: 2024 });
    expect(set.figures["lkv.maxPerJaar"]).toMatchObject({ value: 2000, validFor: 2024 });
  });
});

describe("links and sources", () => {
  const links = allCopy.flatMap(({ where, text }) =>
    parseInline(text).flatMap((t) => (t.type === "link" ? [{ where, href: t.href }] : [])),
  );

  it("has internal links", () => {
    expect(links.filter((l) => l.href.startsWith("/")).length).toBeGreaterThan(20);
  });

  it("links only to pages, regelingen, begrippen and headings that exist", () => {
    const broken = links
      .filter((l) => l.href.startsWith("/"))
      .map((l) => ({ ...l, problem: brokenLink(l.href) }))
      .filter((l) => l.problem !== null);
    expect(broken).toEqual([]);
  });

  it("links elsewhere only over https", () => {
    expect(links.filter((l) => !l.href.startsWith("/") && !l.href.startsWith("https://"))).toEqual([]);
  });

  it("has no stray markup left in the text", () => {
    const stray = allCopy.filter(({ text }) =>
      parseInline(text).some((t) => t.type === "text" && /[{}]|\]\(/.test(t.text)),
    );
    expect(stray).toEqual([]);
  });

  it("has sources with a title, a publisher and a web address", () => {
    const sources: Source[] = [
      ...REGELING_PAGES.flatMap((p) => p.sources),
      ...FIGURE_SETS.flatMap((set) => Object.values(set.figures).flatMap((f) => (f.source ? [f.source] : []))),
    ];
    for (const source of sources) {
      expect(source.title, source.url).not.toBe("");
      expect(source.publisher, source.url).not.toBe("");
      expect(() => new URL(source.url), source.url).not.toThrow();
      expect(source.url).toMatch(/^https?:\/\//);
    }
  });

  it("has unique begrippen", () => {
    expect(termIds.size).toBe(GLOSSARY.length);
  });
});

describe("plain language (B1)", () => {
  const sentences = allCopy.flatMap(({ where, text }) =>
    text
      .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
      .split(/(?<=[.?!:;])\s+/)
      .map((sentence) => ({ where, sentence })),
  );

  it("keeps sentences short: at most 25 words", () => {
    expect(sentences.filter(({ sentence }) => sentence.split(/\s+/).length > 25)).toEqual([]);
  });

  it("says u, not je or jij", () => {
    expect(sentences.filter(({ sentence }) => /\b(je|jij|jouw|jullie)\b/i.test(sentence))).toEqual([]);
  });
});
