/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser), plus an axe-core
 * check that a page has no accessibility violations.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM_PATH);

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** A bound, not a wait: axe on a long page of a busy two-core machine takes seconds, not a minute. */
const AXE_BOUND_MS = 60_000;

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * Runs axe (WCAG 2.1 A/AA rules and best practices) and returns the violations, readable.
 * A page in a context without JavaScript cannot run axe itself: its HTML, as that visitor got
 * it, is checked in a scripting page of the same origin with the page's own scripts left out.
 */
export async function axeViolations(page: Page, options: { javaScriptEnabled?: boolean } = {}): Promise<string[]> {
  if (options.javaScriptEnabled === false) {
    const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
    const checker = await page.context().browser()!.newPage();
    try {
      await checker.goto(new URL("/healthz", page.url()).href);
      await checker.setContent(html, { waitUntil: "load" });
      return await axeViolations(checker);
    } finally {
      await checker.close();
    }
  }
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(axeSource);
  const run = page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    });
    return result.violations;
  });
  // page.evaluate has no timeout of its own: in a page whose scripts are off, axe.run never ends.
  let bound: NodeJS.Timeout | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    bound = setTimeout(
      () => reject(new Error(`axe gaf binnen ${AXE_BOUND_MS / 1000} s geen antwoord op ${page.url()}. Staat JavaScript uit in deze context? Geef dan { javaScriptEnabled: false } mee.`)),
      AXE_BOUND_MS,
    );
  });
  const violations = await Promise.race([run, tooLong]).finally(() => clearTimeout(bound));
  return (violations as AxeViolation[]).map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/**
 * Ids used more than once in the page as the visitor got it. axe no longer checks this, but a
 * field names its form by id (`form="…"`): when a section has the form's id, the field belongs
 * to the section and the browser never sends it.
 */
export async function duplicateIds(page: Page): Promise<string[]> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "");
  const counts = new Map<string, number>();
  for (const match of html.matchAll(/<[a-z][^>]*?\sid="([^"]+)"/gi)) counts.set(match[1]!, (counts.get(match[1]!) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
}

const SCREENSHOT_DIR = path.resolve(".test-output/screenshots");

/** Full-page screenshots for people to look at; not compared by the tests. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Remix has hydrated the page: from now on the form is handled by JavaScript. */
export async function waitForHydration(page: Page): Promise<void> {
  // Hydration can take a while when the machine is busy; wait for it rather than failing at 30 s.
  await page.waitForFunction(() => document.documentElement.dataset.enhanced === "true", undefined, { timeout: 90_000 });
}

/**
 * What sticks out sideways (a phone's page must not scroll sideways): empty when the page fits,
 * else the page's width and the elements whose right edge passes the screen's, readable.
 */
export async function sticksOut(page: Page): Promise<string[]> {
  // Plain DOM reads, no timers: this also works in a page whose own scripts are off.
  return page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= screen) return [];
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${e.classList.length ? `.${[...e.classList].join(".")}` : ""}`;
    const offenders = [...document.body.querySelectorAll("*")]
      .filter((e) => e.getBoundingClientRect().right > screen + 1)
      // Only the innermost: a parent that sticks out because of its child says nothing new.
      .filter((e, _, all) => !all.some((other) => other !== e && e.contains(other)))
      .slice(0, 5)
      .map((e) => `${describe(e)} (rechterrand ${Math.round(e.getBoundingClientRect().right)} px)`);
    return [`pagina ${document.documentElement.scrollWidth} px breed op een scherm van ${screen} px`, ...offenders];
  });
}

/**
 * A page at 375 px, then at 1280 px: nothing sticks out sideways, axe finds nothing, and a
 * screenshot at each width (`<name>-375<mode>`, `<name>-1280<mode>`); then back to the phone.
 */
export async function checkBothWidths(
  page: Page,
  name: string,
  javaScriptEnabled: boolean,
  mode = javaScriptEnabled ? "-js" : "-nojs",
): Promise<void> {
  const phone = page.viewportSize() ?? { width: 375, height: 740 };
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: width === 375 ? phone.height : 800 });
    expect(await sticksOut(page), `${name} op ${width} px`).toEqual([]);
    expect(await axeViolations(page, { javaScriptEnabled }), `${name} op ${width} px`).toEqual([]);
    await screenshot(page, `${name}-${width}${mode}`);
  }
  await page.setViewportSize(phone);
}

/** Screenshots at 375 and 1280 px wide (`<name>-375-<mode>`, `<name>-1280-<mode>`), then back to the phone. */
export async function screenshotBothWidths(page: Page, name: string, mode: string): Promise<void> {
  await screenshot(page, `${name}-375-${mode}`);
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, `${name}-1280-${mode}`);
  await page.setViewportSize({ width: 375, height: 740 });
}
