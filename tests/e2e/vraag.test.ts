/**
 * The quick question ("vraag stellen") on a phone, JavaScript on and off: a question about "iets
 * anders" needs only a name, an email address and the question; without a postcode it goes to the
 * team behind Opstap, who get an email. A topic someone of the region answers still asks the
 * postcode, beside the field. Axe on every state; screenshots at 375 and 1280 px.
 */
import { describe, expect, it } from "vitest";
import { axeViolations, hasChromium, screenshotBothWidths, waitForHydration } from "../support/browser";
import { setUpE2e, usePhonePage } from "../support/e2e-environment";

const e2e = setUpE2e();

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? "js" : "nojs";

  describe.skipIf(!hasChromium)(`the quick question, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    const phone = usePhonePage(e2e, javaScriptEnabled);

    async function open() {
      await phone.page.goto(`${e2e.app.url}/vraag`);
      if (javaScriptEnabled) await waitForHydration(phone.page);
    }

    const shoot = (name: string) => screenshotBothWidths(phone.page, name, mode);

    async function fillContact(email: string) {
      const page = phone.page;
      await page.getByLabel("Uw vraag", { exact: true }).fill("Kan een leerling ook op zaterdag bij ons werken?");
      await page.getByLabel("Uw naam").fill("Ria Snel");
      await page.getByLabel("E-mailadres").fill(email);
      await page.getByLabel(/ik ga akkoord|toestemming/i).check();
    }

    it("asks the postcode, beside the field, for a topic the WSP of the region answers", async () => {
      await open();
      const page = phone.page;
      await page.getByLabel("Onderwerp").selectOption("subsidies");
      await expect.poll(() => page.getByLabel(/^Postcode/).isVisible()).toBe(true);
      await fillContact(`vraag-subsidie-${mode}@example.org`);
      await page.getByRole("button", { name: /versturen/i }).click();
      const message = "Vul de postcode van uw bedrijf in. Dan komt uw vraag bij iemand bij u in de buurt.";
      await expect.poll(() => page.locator(".field--invalid").first().textContent(), { timeout: 60_000 }).toContain(message);
      // What was typed stays.
      expect(await page.getByLabel("Uw naam").inputValue()).toBe("Ria Snel");
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await shoot("vraag-postcode-nodig");
    });

    it("sends a question about something else without company or postcode, to the team behind Opstap", async () => {
      await open();
      const page = phone.page;
      const email = `vraag-zonder-plaats-${mode}@example.org`;
      await page.getByLabel("Onderwerp").selectOption("iets-anders");
      if (javaScriptEnabled) {
        // Folded away: a quick question is the question, a name and an email address.
        await expect.poll(() => page.getByLabel(/^Postcode/).isVisible()).toBe(false);
        expect(await page.getByLabel(/Naam van uw bedrijf/).count()).toBe(0);
      } else {
        // Without JavaScript the field shows, and its hint says it may stay empty.
        expect(await page.getByText("Dan mag u dit leeg laten.", { exact: false }).isVisible()).toBe(true);
      }
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await shoot("vraag-iets-anders");
      await fillContact(email);
      await page.getByRole("button", { name: /versturen/i }).click();
      await page.waitForURL(`${e2e.app.url}/aanvraag/ontvangen`, { timeout: 60_000 });
      // With JavaScript the address changes a moment before React shows the new page.
      await page.locator(".reference").waitFor();
      expect(await page.locator("main").textContent()).toContain("Uw vraag gaat naar het team van Opstap.");
      expect(await page.locator("main").textContent()).not.toContain("Plaats");
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await shoot("vraag-ontvangen-zonder-plaats");

      const reference = (await page.locator(".reference").textContent())!.trim();
      const toTeam = await e2e.resend.waitForEmail((e) => e.subject.includes(reference) && e.subject.startsWith("Voor het team van Opstap"), 60_000);
      expect(toTeam.text).toContain("zonder postcode");
      const confirmation = await e2e.resend.waitForEmail((e) => e.to.includes(email) && e.subject.includes(reference), 60_000);
      expect(confirmation.text).toContain("Het team van Opstap neemt contact met u op.");
    });
  });
}
