/**
 * A school answers a request through the link in its email: it declines (the request moves to
 * the next school, which gets its own email) or accepts. With JavaScript on and off.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, hasChromium, screenshot, waitForHydration } from "../support/browser";
import { setUpE2e } from "../support/e2e-environment";
import { fillProefplaatsing } from "../support/employer-forms";

const e2e = setUpE2e();

/** Signs up through the form (no JavaScript needed) and returns the reference. */
async function signUp(page: Page, email: string): Promise<string> {
  await page.goto(`${e2e.app.url}/proefplaatsing`);
  await fillProefplaatsing(page, {
    email,
    companyName: "Tuincentrum Groenrijk",
    sector: "groen",
    work: "Planten water geven en de kassa helpen.",
    contactName: "Jan Groen",
  });
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await page.waitForURL(`${e2e.app.url}/aanvraag/ontvangen`);
  return (await page.locator(".reference").textContent())!;
}

function responseLink(html: string): string {
  const match = /href="(http:\/\/[^"]+\/reactie\/[^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("Geen reactielink in de e-mail");
  return match[1];
}

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? "js" : "nojs";

  describe.skipIf(!hasChromium)(`school answers, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await e2e.browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it("shows the employer where the request went and why", async () => {
      await signUp(page, `groen+${mode}@example.org`);
      const main = (await page.locator("main").textContent())!;
      expect(main).toContain("Uw aanvraag is doorgestuurd naar Praktijkschool De Brug (demo) in Utrecht.");
      expect(main).toContain("Het werkgeversservicepunt Werkgeversservicepunt Midden-Utrecht (demo) is op de hoogte.");
      expect(main).toContain("plaatst leerlingen in de sector groen");
    });

    it("declines with a reason, and the next school gets the request", async () => {
      const reference = await signUp(page, `afwijzen+${mode}@example.org`);
      const toSchool = await e2e.resend.waitForEmail(
        (e) => e.to.includes("pro-de-brug-utrecht@example.org") && e.subject.includes(reference),
      );
      await page.goto(responseLink(toSchool.html));
      if (javaScriptEnabled) await waitForHydration(page);
      await expect(page.locator("h1").textContent()).resolves.toBe(`Aanvraag ${reference}`);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `school-reactie-375-${mode}`);

      // Without a reason the school is asked for one.
      await page.getByRole("button", { name: "Aanvraag afwijzen en doorsturen" }).click();
      await page.locator("#afwijzen-reason-error").waitFor({ state: "visible" });
      expect(await page.locator("#afwijzen-reason-error").textContent()).toContain("Kies waarom");
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);

      await page.getByLabel("Reden").selectOption("geen-plek");
      await page.getByLabel("Toelichting").fill("Alle leerlingen hebben al een stage.");
      await page.getByRole("button", { name: "Aanvraag afwijzen en doorsturen" }).click();
      await page.getByRole("heading", { name: "Deze aanvraag is doorgestuurd" }).waitFor();
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);

      const toNext = await e2e.resend.waitForEmail(
        (e) => e.to.includes("vso-het-anker-zeist@example.org") && e.subject.includes(reference),
      );
      expect(toNext.text).toContain("Tuincentrum Groenrijk");
    });

    it("accepts, and the link then shows the answer instead of the buttons", async () => {
      const reference = await signUp(page, `aannemen+${mode}@example.org`);
      const toSchool = await e2e.resend.waitForEmail(
        (e) => e.to.includes("pro-de-brug-utrecht@example.org") && e.subject.includes(reference),
      );
      await page.goto(responseLink(toSchool.html));
      if (javaScriptEnabled) await waitForHydration(page);
      await page.getByRole("button", { name: "Wij pakken deze aanvraag op" }).click();
      await page.getByRole("heading", { name: "Uw school pakt deze aanvraag op" }).waitFor();
      expect(await page.getByRole("button", { name: "Wij pakken deze aanvraag op" }).count()).toBe(0);
      await screenshot(page, `school-geaccepteerd-375-${mode}`);
    });
  });
}

describe.skipIf(!hasChromium)("a link that does not exist", () => {
  it("answers 404 with a plain message", async () => {
    const response = await fetch(`${e2e.app.url}/reactie/bestaat-niet`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Deze pagina bestaat niet");
  });
});
