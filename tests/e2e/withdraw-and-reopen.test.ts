/**
 * The employer's own page, with JavaScript on and off: a mistake comes back in a linked error
 * summary (focused with JavaScript); a withdrawal is confirmed by email, and the link in that
 * email reopens the request; an employer link asked from one request opens at that request,
 * marked. Axe on every state; screenshots at 375 and 1280 px.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, hasChromium, screenshot, screenshotBothWidths, waitForHydration } from "../support/browser";
import { linkIn, setUpE2e, usePhonePage } from "../support/e2e-environment";
import { fillProefplaatsing } from "../support/employer-forms";

const e2e = setUpE2e();

async function signUp(page: Page, email: string, companyName: string): Promise<string> {
  await page.goto(`${e2e.app.url}/proefplaatsing`);
  await fillProefplaatsing(page, { email, companyName });
  await page.getByRole("button", { name: "Aanvraag versturen" }).click();
  await page.waitForURL(`${e2e.app.url}/aanvraag/ontvangen`);
  return (await page.locator(".reference").textContent())!.trim();
}

/** The tracking link in an email's HTML, with what follows the token (`?aanvraag=…#aanvraag-…`). */
function fullTrackingLink(html: string): string {
  const match = /href="(http:\/\/[^"]+\/volgen\/[^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("Geen link naar /volgen/ in de e-mail");
  return match[1].replace(/&amp;/g, "&");
}

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? "js" : "nojs";

  describe.skipIf(!hasChromium)(`withdraw and reopen, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    const phone = usePhonePage(e2e, javaScriptEnabled);
    const email = `heropenen+${mode}@example.org`;
    let firstReference = "";
    let firstLink = "";

    async function open(url: string) {
      await phone.page.goto(url);
      if (javaScriptEnabled) await waitForHydration(phone.page);
    }

    const shoot = (name: string) => screenshotBothWidths(phone.page, name, mode);

    it("shows a mistake in a linked error summary, with 'Fout:' in the title", async () => {
      firstReference = await signUp(phone.page, email, "Bakkerij Het Zuiden");
      const confirmation = await e2e.resend.waitForEmail((m) => m.to.includes(email) && m.subject.includes(firstReference));
      firstLink = linkIn(confirmation.text, "/volgen/");
      await open(firstLink);
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await shoot("volgen-open");

      await phone.page.getByRole("button", { name: "Bericht sturen" }).click();
      const summary = phone.page.locator(".error-summary");
      await summary.waitFor();
      expect(await summary.textContent()).toContain("Schrijf uw bericht.");
      expect(await phone.page.title()).toMatch(/^Fout: /);
      // The summary's link leads to the field, which has the message beside it.
      const target = (await summary.locator("a").getAttribute("href"))!;
      const field = phone.page.locator(target);
      expect(await field.evaluate((element) => element.tagName)).toBe("TEXTAREA");
      expect(await field.getAttribute("aria-describedby")).toContain("-error");
      if (javaScriptEnabled) {
        // The summary takes focus, so a screen reader reads it out at once.
        expect(await phone.page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
      } else {
        // Without JavaScript the new page opens at the form that was sent.
        expect(new URL(phone.page.url()).hash).toMatch(/^#bericht-.+-plek$/);
        expect(await summary.isVisible()).toBe(true);
      }
      await summary.locator("a").click();
      expect(await phone.page.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await shoot("volgen-fout");
    });

    it("withdraws, confirms it by email, and reopens from the link in that email", async () => {
      await open(firstLink);
      await phone.page.locator("summary", { hasText: "Aanvraag intrekken" }).click();
      await phone.page.getByLabel("Ja, ik wil deze aanvraag intrekken").check();
      await phone.page.getByRole("button", { name: "Intrekken" }).click();
      await phone.page.getByText("Uw aanvraag is ingetrokken.").waitFor();
      expect(await phone.page.getByRole("heading", { name: "Toch verder?" }).textContent()).toBe("Toch verder?");
      expect(await phone.page.getByRole("button", { name: "Bericht sturen" }).count()).toBe(0);
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await shoot("volgen-ingetrokken");

      const confirmation = await e2e.resend.waitForEmail(
        (m) => m.to.includes(email) && m.subject === `U heeft uw aanvraag ${firstReference} ingetrokken`,
      );
      expect(confirmation.text).toContain("weer openen tot");
      const link = fullTrackingLink(confirmation.html);
      expect(link).toContain(`?aanvraag=${firstReference}#aanvraag-${firstReference}`);
      await open(link);
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);

      await phone.page.getByRole("button", { name: "Aanvraag heropenen" }).click();
      await phone.page.getByText("Uw aanvraag is weer open.").waitFor();
      const card = phone.page.locator(`#aanvraag-${firstReference}`);
      expect(await card.textContent()).toContain("Wacht op antwoord");
      expect(await card.locator(".timeline").textContent()).toContain("U heeft uw aanvraag weer geopend.");
      expect(await phone.page.getByRole("button", { name: "Bericht sturen" }).count()).toBe(1);
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await shoot("volgen-heropend");
      const toSchool = await e2e.resend.waitForEmail(
        (m) => m.to.includes("pro-de-brug-utrecht@example.org") && m.subject === `Bakkerij Het Zuiden heeft aanvraag ${firstReference} weer geopend`,
      );

      // The school answers through the fresh link in that email; then the employer sees who to call.
      await open(linkIn(toSchool.html, "/reactie/"));
      await phone.page.getByRole("button", { name: "Wij pakken deze aanvraag op" }).click();
      await phone.page.getByRole("button", { name: "Wij pakken deze aanvraag op" }).waitFor({ state: "detached" });
      await open(firstLink);
      const contact = phone.page.locator(`#aanvraag-${firstReference} .contact-person`);
      expect(await contact.getByRole("heading").textContent()).toBe("Uw contactpersoon");
      expect(await contact.textContent()).toContain("Praktijkschool De Brug (demo)");
      expect(await contact.locator('a[href^="mailto:"]').getAttribute("href")).toBe("mailto:pro-de-brug-utrecht@example.org");
      // The demo school has no phone number: no number, and no empty "Bel" line.
      expect(await contact.locator('a[href^="tel:"]').count()).toBe(0);
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await shoot("volgen-contactpersoon");
    });

    it("an employer link asked from one request opens at that request, marked", async () => {
      const second = await signUp(phone.page, email, "Bakkerij Het Zuiden");
      await open(firstLink);
      const since = e2e.resend.emails.length;
      await phone.page.getByRole("button", { name: "Stuur mij die link" }).click();
      await phone.page.getByText("We hebben een link gestuurd").waitFor();
      const mailed = await e2e.resend.waitForEmail(
        (m) => m.to.includes(email) && m.subject.startsWith("Uw link") && e2e.resend.emails.indexOf(m) >= since,
      );
      await open(fullTrackingLink(mailed.html));
      await expect(phone.page.locator("h1").textContent()).resolves.toBe("Uw aanvragen");
      expect(await phone.page.locator(".request-card h2", { hasText: second }).count()).toBe(1);
      const marked = phone.page.locator('section[aria-current="true"]');
      expect(await marked.getAttribute("id")).toBe(`aanvraag-${firstReference}`);
      expect(await marked.locator(".request-card__current").textContent()).toBe("Deze aanvraag");
      // The page opens at it: the newer request comes first, this one is scrolled to.
      const box = (await marked.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(200);
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await screenshot(phone.page, `volgen-gemarkeerd-375-${mode}`);
      await phone.page.setViewportSize({ width: 1280, height: 800 });
      await phone.page.goto(phone.page.url());
      await screenshot(phone.page, `volgen-gemarkeerd-1280-${mode}`);
      await phone.page.setViewportSize({ width: 375, height: 740 });
    });
  });
}
