/**
 * Content checks for the regelingen pages: every page answers the six questions, has sources
 * (official ones among them) and a check date; every figure it uses exists and carries its
 * period, source and check date; no figure a page or the check uses runs out within 30 days
 * of today; every link goes to a page that exists; and the copy stays plain.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type CheckAnswers, checkRegelingen } from "~/domain/regelingen/check";
import { type Figure, isOfficialSource, type Source, STALE_HORIZON_DAYS, staleReason } from "~/domain/regelingen/figure";
import { type FigureId, FIGURES, isFigureId, todayInNetherlands } from "~/domain/regelingen/figures";
import { REGELING_SLUGS } from "~/domain/regelingen/slugs";
import { GLOSSARY } from "./begrippen";
import { GLOSSARY_CHECKED, REGELING_PAGES } from "./index";
import { blockTexts, parseInline } from "./inline";
import { glossaryView, regelingView } from "./resolve";
import { SECTIONS } from "./types";

const ROUTES_DIR = path.resolve(import.meta.dirname, "../../routes");
/** The real day: the stale-figure test must fail before employers see a figure run out. */
const TODAY = todayInNetherlands();
/** Pinned days for the tests that check what a page says. */
const SPRING = "2026-03-01";
const DECEMBER = "2026-12-02";

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
    const view = regelingView(page, FIGURES, TODAY);
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

  it("renders every page and the begrippenlijst on any day, before, during and after the figures' periods", () => {
    for (const date of ["2025-06-01", SPRING, DECEMBER, "2029-01-01"]) {
      for (const page of REGELING_PAGES) expect(() => regelingView(page, FIGURES, date)).not.toThrow();
      expect(() => glossaryView(GLOSSARY, GLOSSARY_CHECKED, FIGURES, date)).not.toThrow();
    }
  });

  const pageTokens = (slug: string, date: string) =>
    regelingView(REGELING_PAGES.find((p) => p.slug === slug)!, FIGURES, date)
      .sections.flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === "p" ? b.tokens : b.items.flat()));

  it("shows the minimum wage as 'laatst bekend … (geldig tot …)' once its half year has passed", () => {
    expect(pageTokens("loonkostensubsidie", SPRING)).toContainEqual({ type: "figure", id: "wml.perUur", text: "€\u00a014,71 per uur", note: null });
    expect(pageTokens("loonkostensubsidie", DECEMBER)).toContainEqual({
      type: "figure",
      id: "wml.perUur",
      text: "laatst bekend €\u00a014,71 per uur",
      note: "geldig tot 30 juni 2026",
    });
    const table = regelingView(REGELING_PAGES.find((p) => p.slug === "loonkostensubsidie")!, FIGURES, DECEMBER).figures;
    expect(table.map((f) => f.id)).toEqual(expect.arrayContaining(["wml.perUur18", "wml.perUur17", "wml.perUur15"]));
    expect(table.find((f) => f.id === "wml.perUur18")).toMatchObject({
      label: "Minimumloon per uur, 18 jaar",
      validity: "Gold tot en met 30 juni 2026. Het nieuwe bedrag hebben we nog niet.",
      checked: "2 december 2026",
    });
  });

  it("says the praktijkleren window has passed and names the next one", () => {
    const text = pageTokens("subsidie-praktijkleren", DECEMBER)
      .map((t) => t.text)
      .join(" ");
    expect(text).toContain(
      "Die periode is voorbij. De volgende periode is voor schooljaar 2026/2027. Die verwachten we rond juni 2027.",
    );
    const table = regelingView(REGELING_PAGES.find((p) => p.slug === "subsidie-praktijkleren")!, FIGURES, DECEMBER).figures;
    expect(table.find((f) => f.id === "praktijkleren.aanvraagperiode")?.validity).toContain("Voorbij.");
  });

  it("gives the LKV amount as 2026's, with no old rules for employees hired before 2026", () => {
    const tokens = pageTokens("loonkostenvoordeel", DECEMBER);
    expect(tokens).toContainEqual({ type: "figure", id: "lkv.perUur", text: "€\u00a01,01 per uur", note: null });
    const text = tokens.map((t) => t.text).join("");
    expect(text).toContain("Het maakt niet uit wanneer de werknemer bij u in dienst kwam.");
    expect(text).not.toMatch(/oude regels/);
  });
});

/** Answers that between them reach every figure the check can use. */
function checkAnswerGrid(): CheckAnswers[] {
  const grid: CheckAnswers[] = [];
  for (const offer of ["stage", "proefplaatsing", "baan"] as const)
    for (const age of [13, 14, 15, 16, 17, 18, 19, 20, 22])
      for (const schoolType of ["pro", "vso", "anders"] as const)
        grid.push({
          offer,
          atSchool: offer !== "baan",
          lastSchoolYear: true,
          schoolType,
          erkendLeerbedrijf: "ja",
          doelgroepregister: "ja",
          age,
          months: 12,
          weeks: null,
          hoursPerWeek: 50,
          loonwaarde: 40,
        });
  return grid;
}

function allCopyFigureIds(): FigureId[] {
  return allCopy.flatMap(({ text }) => parseInline(text).flatMap((t) => (t.type === "figure" && isFigureId(t.id) ? [t.id] : [])));
}

describe("figures that run out (the stale-figure test)", () => {
  const onPages = new Set<FigureId>(REGELING_PAGES.flatMap((page) => regelingView(page, FIGURES, TODAY).figures.map((f) => f.id)));
  const inCheck = new Set<FigureId>(checkAnswerGrid().flatMap((a) => checkRegelingen(a, FIGURES, TODAY).usedFigures));

  it("covers the pages, the begrippenlijst and the check", () => {
    expect(onPages.size).toBeGreaterThan(40);
    expect(inCheck).toContain("wml.perUur15");
    expect(inCheck).toContain("praktijkleren.aanvraagperiode");
    expect(allCopyFigureIds()).toContain("wml.volwassenVanaf");
  });

  it(`has no figure on a page or in the check that is past its period ${STALE_HORIZON_DAYS} days from today`, () => {
    const used = new Set<FigureId>([...onPages, ...inCheck, ...allCopyFigureIds()]);
    const stale = [...used].map((id) => staleReason(FIGURES[id], TODAY)).filter((reason) => reason !== null);
    expect(stale, "Zet de nieuwe waarden in een nieuw bestand figures-<jaar>.ts").toEqual([]);
  });
});

describe("the figures", () => {
  const entries = Object.entries(FIGURES).flatMap(([id, figure]) =>
    (figure as Figure).versions.map((version, index) => [`${id} #${index + 1}`, figure as Figure, version] as const),
  );

  it.each(entries)("%s has a period, a source and a check date", (_, figure, version) => {
    expect(version.source.url).toMatch(/^https?:\/\//);
    expect(version.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(version.checked <= TODAY).toBe(true);
    if (version.validFrom && version.validTo) expect(version.validFrom <= version.validTo).toBe(true);
    if (version.successorSought) expect(version.validTo, "alleen een waarde met een einde heeft een opvolger").not.toBeNull();
    const { value } = version;
    if (figure.unit === "aanvraagperiode") {
      expect(value).toMatchObject({ opens: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), closes: expect.stringMatching(/T\d{2}:\d{2}$/) });
    } else if (figure.unit === "datum") expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    else if (figure.unit === "tijd") expect(value).toMatch(/^\d{2}:\d{2}$/);
    else if (figure.unit === "schooljaar") expect(value).toMatch(/^\d{4}\/\d{4}$/);
    else expect(typeof value).toBe("number");
  });

  it("holds the 2026 corrections: minimum wage by age, LKV from 2026, praktijkleren per 40 weeks", () => {
    const value = (id: FigureId, date: string) =>
      FIGURES[id].versions.find((v) => (v.validFrom ?? "") <= date && (v.validTo ?? "9999") >= date)?.value;
    expect(value("wml.perUur", SPRING)).toBe(14.71);
    expect(value("wml.perUur18", SPRING)).toBe(7.36);
    expect(value("wml.perUur17", SPRING)).toBe(5.81);
    expect(value("lkv.perUur", DECEMBER)).toBe(1.01);
    expect(value("lkv.maxPerJaar", DECEMBER)).toBe(2000);
    expect(value("praktijkleren.volleWeken", DECEMBER)).toBe(40);
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
      ...Object.values(FIGURES).flatMap((f) => (f as Figure).versions.map((v) => v.source)),
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
