/**
 * The regelingen in a real browser on a phone-sized screen: the overview, every explainer and
 * the begrippenlijst, the regelingencheck for a job and for a stage with JavaScript off (a GET
 * round trip) and on (in place), all without accessibility violations; and the explainers'
 * HTTP caching (ETag, 304). The server uses today's figures, so what a page should say about a
 * figure is worked out here with the same domain code for today.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFigure } from "~/domain/regelingen/figure";
import { FIGURES, todayInNetherlands } from "~/domain/regelingen/figures";
import { REGELING_SLUGS, REGELING_TITLES } from "~/domain/regelingen/slugs";
import { axeViolations, hasChromium, screenshot, waitForHydration } from "../support/browser";
import { setUpE2e } from "../support/e2e-environment";

const e2e = setUpE2e();
const PHONE = { width: 375, height: 740 };

/** Nothing sticks out sideways on a phone. */
async function fitsTheScreen(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

async function answerCheck(page: Page, answers: { hours: string; age: string; loonwaarde?: string }) {
  const group = (name: string) => page.getByRole("group", { name });
  await group("Wat wilt u de jongere aanbieden?").getByLabel("Een baan").check();
  await group("Zit de jongere nog op school?").getByLabel("Nee").check();
  await group("Op welke school zit of zat de jongere?").getByLabel("Voortgezet speciaal onderwijs (vso)").check();
  await page.getByLabel("Hoe oud is de jongere?").fill(answers.age);
  await group("Staat de jongere in het doelgroepregister?").getByLabel("Ja").check();
  await group("Is uw bedrijf een erkend leerbedrijf?").getByLabel("Ik weet het niet").check();
  await page.getByLabel("Hoeveel maanden duurt de stage of het contract?").fill("12");
  await page.getByLabel("Hoeveel uur per week is de jongere bij u?").fill(answers.hours);
  if (answers.loonwaarde) await page.getByLabel(/Geschatte loonwaarde/).fill(answers.loonwaarde);
}

/** The most common case: a stage for a last-year vso pupil of 17, 16 hours a week. */
async function answerStageCheck(page: Page) {
  const group = (name: string) => page.getByRole("group", { name });
  await group("Wat wilt u de jongere aanbieden?").getByLabel("Een stage").check();
  await group("Zit de jongere nog op school?").getByLabel("Ja").check();
  await group("Zit de jongere in het laatste schooljaar?").getByLabel("Ja").check();
  await group("Op welke school zit of zat de jongere?").getByLabel("Voortgezet speciaal onderwijs (vso)").check();
  await page.getByLabel("Hoe oud is de jongere?").fill("17");
  await group("Staat de jongere in het doelgroepregister?").getByLabel("Ik weet het niet").check();
  await group("Is uw bedrijf een erkend leerbedrijf?").getByLabel("Ja").check();
  await page.getByLabel("Hoeveel maanden duurt de stage of het contract?").fill("10");
  await page.getByLabel(/in hoeveel weken begeleidt u de leerling/).fill("40");
  await page.getByLabel("Hoeveel uur per week is de jongere bij u?").fill("16");
}

/** A figure as the server writes it in running text today. */
function figureToday(id: keyof typeof FIGURES): string {
  const { text, note } = describeFigure(FIGURES[id], todayInNetherlands());
  return (note ? `${text} (${note})` : text).replace(/\u00a0/g, " ");
}

const outcome = (page: Page, title: string) => page.locator(".outcome").filter({ has: page.getByRole("heading", { name: title }) });

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "js" : "nojs";

  describe.skipIf(!hasChromium)(`regelingen, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await e2e.browser.newContext({ javaScriptEnabled, viewport: PHONE, locale: "nl-NL" });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it("shows the overview with every regeling and the check", async () => {
      const response = await page.goto(`${e2e.app.url}/regelingen`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1").textContent()).resolves.toBe("Regelingen voor werkgevers");
      for (const slug of REGELING_SLUGS) {
        expect(await page.getByRole("link", { name: REGELING_TITLES[slug], exact: true }).count(), slug).toBe(1);
      }
      expect(await fitsTheScreen(page)).toBe(true);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `regelingen-375-${mode}`);
    });

    for (const slug of REGELING_SLUGS) {
      it(`leads from the overview to ${slug}, with sources and a check date`, async () => {
        await page.goto(`${e2e.app.url}/regelingen`);
        if (javaScriptEnabled) await waitForHydration(page);
        await page.getByRole("link", { name: REGELING_TITLES[slug], exact: true }).click();
        await page.waitForURL(`${e2e.app.url}/regelingen/${slug}`);
        await page.locator("h1", { hasText: REGELING_TITLES[slug] }).waitFor();
        for (const heading of ["Wat is het?", "Voor wie?", "Wat levert het u op?", "Wat moet u doen, en wanneer?", "Waar vraagt u het aan?", "Goed om te weten", "Bronnen"]) {
          expect(await page.getByRole("heading", { name: heading, exact: true }).count(), heading).toBe(1);
        }
        expect(await page.locator(".sources a").count()).toBeGreaterThan(0);
        await expect(page.locator(".sources .checked").textContent()).resolves.toMatch(/Laatst gecontroleerd: \d{1,2} \w+ \d{4}/);
        expect(await fitsTheScreen(page)).toBe(true);
        expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
        await screenshot(page, `regeling-${slug}-375-${mode}`);
      });
    }

    it("shows each figure as it holds today, with its period, source and check date in the table", async () => {
      await page.goto(`${e2e.app.url}/regelingen/loonkostensubsidie`);
      const text = (await page.locator("main").textContent())?.replace(/\u00a0/g, " ");
      // On 2 December 2026: "laatst bekend € 14,71 per uur (geldig tot 30 juni 2026)".
      expect(text).toContain(figureToday("wml.perUur"));
      const row = page.locator(".figure-list li").filter({ hasText: "Minimumloon per uur, 18 jaar" });
      await expect(row.locator(".figure-list__meta").textContent()).resolves.toMatch(/Geldt: .+ · Bron: Rijksoverheid · Gecontroleerd op \d{1,2} \w+ \d{4}/);

      await page.goto(`${e2e.app.url}/regelingen/subsidie-praktijkleren`);
      const praktijkleren = (await page.locator("main").textContent())?.replace(/\u00a0/g, " ");
      expect(praktijkleren).toContain(figureToday("praktijkleren.aanvraagperiode"));
    });

    it("explains the words in the begrippenlijst, reachable from a page", async () => {
      await page.goto(`${e2e.app.url}/regelingen/loonkostensubsidie`);
      if (javaScriptEnabled) await waitForHydration(page);
      await page.getByRole("link", { name: "loonwaarde", exact: true }).first().click();
      await page.waitForURL(`${e2e.app.url}/regelingen/begrippen#loonwaarde`);
      await page.locator("#loonwaarde", { hasText: "Loonwaarde" }).waitFor();
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `begrippen-375-${mode}`);
    });

    it("says beside each question what is missing", async () => {
      await page.goto(`${e2e.app.url}/regelingencheck`);
      if (javaScriptEnabled) await waitForHydration(page);
      await page.getByLabel("Hoeveel uur per week is de jongere bij u?").fill("veel");
      await page.getByRole("button", { name: "Bekijk de regelingen" }).click();
      const summary = page.locator(".error-summary");
      await summary.waitFor();
      await expect(summary.locator("h2").textContent()).resolves.toBe("Er zijn 8 dingen om te verbeteren");
      await expect(page.locator("#regelingencheck-uren-error").textContent()).resolves.toContain("Vul een aantal uren in");
      expect(await page.getByLabel("Hoeveel uur per week is de jongere bij u?").inputValue()).toBe("veel");
      expect(await page.locator(".check-result").count()).toBe(0);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `regelingencheck-fouten-375-${mode}`);
    });

    it("shows which regelingen fit, with an estimate clearly labelled, and a question to the WSP", async () => {
      await page.goto(`${e2e.app.url}/regelingencheck`);
      if (javaScriptEnabled) await waitForHydration(page);
      await answerCheck(page, { hours: "24", age: "18", loonwaarde: "60" });
      await page.getByRole("button", { name: "Bekijk de regelingen" }).click();
      await page.locator("#uitkomst-titel").waitFor();

      // The answers are in the address: the result can be bookmarked.
      const url = new URL(page.url());
      expect(url.searchParams.get("aanbod")).toBe("baan");
      expect(url.searchParams.get("uren")).toBe("24");
      expect(url.searchParams.get("leeftijd")).toBe("18");
      if (!javaScriptEnabled) expect(url.hash).toBe("#uitkomst");
      if (javaScriptEnabled) expect(await page.evaluate(() => document.activeElement?.id)).toBe("uitkomst-titel");

      await expect(page.locator(".estimate-notice").textContent()).resolves.toContain("Dit is een schatting.");
      const lkv = outcome(page, "Loonkostenvoordeel (LKV) banenafspraak");
      expect((await lkv.locator(".estimate__amount").textContent())?.replace(/\u00a0/g, " ")).toContain("ongeveer € 1.260 per jaar");
      expect(await lkv.locator(".estimate__warning").count()).toBe(0);
      // 40% of € 7,36 (18 years) × 24 h × 52 = € 3.674,11; + 23,5% = € 4.537,53.
      const lks = outcome(page, "Loonkostensubsidie");
      expect((await lks.locator(".estimate__amount").textContent())?.replace(/\u00a0/g, " ")).toContain("ongeveer € 4.538 per jaar");
      expect(await outcome(page, "Subsidie praktijkleren").getAttribute("class")).toContain("outcome--past-niet");

      const ask = page.getByRole("link", { name: "Stel een vraag aan het WSP" });
      const href = new URL((await ask.getAttribute("href"))!, e2e.app.url);
      expect(href.pathname).toBe("/vraag");
      expect(href.searchParams.get("onderwerp")).toBe("subsidies");
      expect(href.searchParams.get("toelichting")).toContain("Ik bied aan: een baan.");

      expect(await fitsTheScreen(page)).toBe(true);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `regelingencheck-uitkomst-375-${mode}`);

      // The question form opens with the topic chosen and the answers filled in.
      await ask.click();
      await page.waitForURL((u) => u.pathname === "/vraag");
      await page.getByLabel("Uw vraag").waitFor();
      expect(await page.getByLabel("Onderwerp").inputValue()).toBe("subsidies");
      expect(await page.getByLabel("Uw vraag").inputValue()).toContain("Geschatte loonwaarde: 60%.");

      // Opening the bookmarked address shows the same answers and result.
      await page.goto(url.href);
      expect(await page.getByLabel("Hoeveel uur per week is de jongere bij u?").inputValue()).toBe("24");
      expect(await page.getByRole("group", { name: "Wat wilt u de jongere aanbieden?" }).getByLabel("Een baan").isChecked()).toBe(true);
      expect(await page.locator(".outcome").count()).toBe(7);
    });

    it("leads a stage result with what applies, and folds the job arrangements away", async () => {
      await page.goto(`${e2e.app.url}/regelingencheck`);
      if (javaScriptEnabled) await waitForHydration(page);
      await answerStageCheck(page);
      await page.getByRole("button", { name: "Bekijk de regelingen" }).click();
      await page.locator("#uitkomst-titel").waitFor();

      const headings = await page.locator(".check-result h3").allTextContents();
      expect(headings.slice(0, 3)).toEqual(["Wat geldt bij een stage", "Regels voor een leerling van 16 of 17 jaar", "Geld voor de begeleiding"]);
      await expect(page.locator(".stage-applies").textContent()).resolves.toContain("De school begeleidt de leerling.");
      await expect(page.locator(".stage-rules").textContent()).resolves.toContain("De tijd op school telt mee als werktijd.");
      const subsidy = page.locator(".outcome").filter({ hasText: "Subsidie praktijkleren" });
      expect((await subsidy.locator(".estimate__amount").textContent())?.replace(/\u00a0/g, " ")).toContain("ongeveer € 2.700 per schooljaar");
      expect(await page.locator(".verdict-group--past-niet").isVisible()).toBe(false);

      // Folded: the job arrangements are there, but closed until the employer opens them.
      const later = page.locator("details.later");
      expect(await later.getAttribute("open")).toBeNull();
      expect(await later.locator(".outcome").first().isVisible()).toBe(false);
      expect(await fitsTheScreen(page)).toBe(true);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `regelingencheck-stage-375-${mode}`);

      await later.locator("> summary").click();
      await later.locator(".outcome").first().waitFor();
      expect(await later.locator(".outcome").count()).toBe(6);
      expect(await fitsTheScreen(page)).toBe(true);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `regelingencheck-stage-later-375-${mode}`);
    });
  });
}

describe.skipIf(!hasChromium)("regelingencheck with JavaScript on", () => {
  it("updates the result in place when an answer changes, without a page load", async () => {
    const context = await e2e.browser.newContext({ viewport: PHONE, locale: "nl-NL" });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${e2e.app.url}/regelingencheck`);
    await waitForHydration(page);
    await answerCheck(page, { hours: "24", age: "19" });
    await page.getByRole("button", { name: "Bekijk de regelingen" }).click();
    await page.locator("#uitkomst-titel").waitFor();

    const documents: string[] = [];
    page.on("request", (r) => r.resourceType() === "document" && documents.push(r.url()));
    const hours = page.getByLabel("Hoeveel uur per week is de jongere bij u?");
    await hours.fill("40");
    await hours.blur();
    const lkv = outcome(page, "Loonkostenvoordeel (LKV) banenafspraak");
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".estimate__amount")].some((e) => e.textContent?.includes("2.000")),
    );
    expect((await lkv.locator(".estimate__amount").textContent())?.replace(/\u00a0/g, " ")).toContain("€ 2.000");
    expect(new URL(page.url()).searchParams.get("uren")).toBe("40");
    await page.getByRole("status").filter({ hasText: "De uitkomst is bijgewerkt." }).waitFor({ state: "attached" });

    // A radio button changes it too, and focus stays where the employer is.
    const notInRegister = page.getByRole("group", { name: "Staat de jongere in het doelgroepregister?" }).getByLabel("Nee");
    await notInRegister.check();
    await page.waitForFunction(() => document.querySelectorAll(".verdict-group--past-niet .outcome").length >= 3);
    expect(await lkv.getAttribute("class")).toContain("outcome--past-niet");
    expect(await notInRegister.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(documents).toEqual([]);
    expect(errors).toEqual([]);
    await screenshot(page, "regelingencheck-bijgewerkt-375-js");
    await context.close();
  });
});

describe.skipIf(!hasChromium)("caching the explainers", () => {
  it("sends Cache-Control and an ETag, and a 304 when the browser has the page", async () => {
    const url = `${e2e.app.url}/regelingen/no-riskpolis`;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=3600");
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^W\/".+"$/);

    const again = await fetch(url, { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get("ETag")).toBe(etag);
    // The browser keeps the CSP its copy came with (its scripts carry that nonce).
    expect(again.headers.get("Content-Security-Policy")).toBeNull();
    expect(await again.text()).toBe("");

    // Another page has another tag; the overview and the begrippenlijst are cached too.
    const other = await fetch(`${e2e.app.url}/regelingen/jobcoach`, { headers: { "If-None-Match": etag! } });
    expect(other.status).toBe(200);
    for (const path of ["/regelingen", "/regelingen/begrippen"]) {
      const response = await fetch(`${e2e.app.url}${path}`);
      const repeat = await fetch(`${e2e.app.url}${path}`, { headers: { "If-None-Match": response.headers.get("ETag")! } });
      expect(repeat.status, path).toBe(304);
    }
  });

  it("still runs its scripts when the browser reloads the page and gets a 304", async () => {
    const context = await e2e.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${e2e.app.url}/regelingen/jobcoach`);
    await waitForHydration(page);
    const revalidated = page.waitForRequest((r) => r.resourceType() === "document");
    await page.reload();
    expect((await (await revalidated).allHeaders())["if-none-match"]).toMatch(/^W\//);
    await waitForHydration(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("prints the text, the figures and the sources, without the navigation", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 800, height: 1100 } });
    const page = await context.newPage();
    await page.goto(`${e2e.app.url}/regelingen/subsidie-praktijkleren`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.locator(".toc").isVisible()).toBe(false);
    expect(await page.locator(".sources").isVisible()).toBe(true);
    const printedLink = await page
      .locator(".sources a[href^='http']")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(printedLink).toContain("http");
    await screenshot(page, "regeling-subsidie-praktijkleren-print");
    await context.close();
  });
});
