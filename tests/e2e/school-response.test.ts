/**
 * A school answers a request through the link in its email: it declines (the request moves to
 * the next school, which gets its own email) or accepts. With JavaScript on and off.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, hasChromium, screenshot, waitForHydration } from "../support/browser";
import { linkIn, setUpE2e, usePhonePage } from "../support/e2e-environment";
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
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await page.waitForURL(`${e2e.app.url}/aanvraag/ontvangen`);
  return (await page.locator(".reference").textContent())!;
}

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? "js" : "nojs";

  describe.skipIf(!hasChromium)(`school answers, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    const phone = usePhonePage(e2e, javaScriptEnabled);

    it("shows the employer where the request went and why", async () => {
      await signUp(phone.page, `groen+${mode}@example.org`);
      const main = (await phone.page.locator("main").textContent())!;
      expect(main).toContain("Uw aanvraag is doorgestuurd naar Praktijkschool De Brug (demo) in Utrecht.");
      expect(main).toContain("Werkgeversservicepunt Midden-Utrecht (demo) is op de hoogte.");
      expect(main).toContain("plaatst leerlingen in de sector groen");
    });

    it("declines with a reason, and the next school gets the request", async () => {
      const reference = await signUp(phone.page, `afwijzen+${mode}@example.org`);
      const toSchool = await e2e.resend.waitForEmail(
        (e) => e.to.includes("pro-de-brug-utrecht@example.org") && e.subject.includes(reference),
      );
      await phone.page.goto(linkIn(toSchool.html, "/reactie/"));
      if (javaScriptEnabled) await waitForHydration(phone.page);
      await expect(phone.page.locator("h1").textContent()).resolves.toBe(`Aanvraag ${reference}`);
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await screenshot(phone.page, `school-reactie-375-${mode}`);

      // Without a reason the school is asked for one.
      await phone.page.getByRole("button", { name: "Aanvraag afwijzen en doorsturen" }).click();
      await phone.page.locator("#afwijzen-reason-error").waitFor({ state: "visible" });
      expect(await phone.page.locator("#afwijzen-reason-error").textContent()).toContain("Kies waarom");
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);

      await phone.page.getByLabel("Reden").selectOption("geen-plek");
      await phone.page.getByLabel("Toelichting").fill("Alle leerlingen hebben al een stage.");
      await phone.page.getByRole("button", { name: "Aanvraag afwijzen en doorsturen" }).click();
      await phone.page.getByRole("heading", { name: "Deze aanvraag is doorgestuurd" }).waitFor();
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);

      const toNext = await e2e.resend.waitForEmail(
        (e) => e.to.includes("vso-het-anker-zeist@example.org") && e.subject.includes(reference),
      );
      expect(toNext.text).toContain("Tuincentrum Groenrijk");
    });

    it("accepts, and the link then shows the answer instead of the buttons", async () => {
      const reference = await signUp(phone.page, `aannemen+${mode}@example.org`);
      const toSchool = await e2e.resend.waitForEmail(
        (e) => e.to.includes("pro-de-brug-utrecht@example.org") && e.subject.includes(reference),
      );
      await phone.page.goto(linkIn(toSchool.html, "/reactie/"));
      if (javaScriptEnabled) await waitForHydration(phone.page);
      await phone.page.getByRole("button", { name: "Wij pakken deze aanvraag op" }).click();
      await phone.page.getByRole("heading", { name: "Uw school pakt deze aanvraag op" }).waitFor();
      expect(await phone.page.getByRole("button", { name: "Wij pakken deze aanvraag op" }).count()).toBe(0);
      await screenshot(phone.page, `school-geaccepteerd-375-${mode}`);
    });
  });
}

describe.skipIf(!hasChromium)("a link that does not exist", () => {
  it("answers 404 with a plain message", async () => {
    const response = await fetch(`${e2e.app.url}/reactie/bestaat-niet`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("Deze pagina bestaat niet");
    expect(html).toContain("<title>Pagina niet gevonden – Opstap</title>");
  });
});
