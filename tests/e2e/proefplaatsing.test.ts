/**
 * The walking skeleton in a real browser: landing page → proefplaatsing form → errors →
 * confirmation → the emails as the Resend API receives them. With JavaScript on and off.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, checkBothWidths, hasChromium, screenshot, waitForHydration } from "../support/browser";
import { setUpE2e } from "../support/e2e-environment";
import { fillProefplaatsing } from "../support/employer-forms";

const e2e = setUpE2e();

async function fillValidForm(page: Page, email: string) {
  await fillProefplaatsing(page, { email });
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "js" : "nojs";

  describe.skipIf(!hasChromium)(`proefplaatsing journey, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await e2e.browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 740 }, locale: "nl-NL" });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it("shows the landing page with a way to sign up, without accessibility violations", async () => {
      const response = await page.goto(e2e.app.url);
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1").textContent()).resolves.toBe("Geef een jongere een kans in uw bedrijf");
      await checkBothWidths(page, "landing", javaScriptEnabled);
      // On a phone the main action and the three promises are on the first screen, without scrolling.
      const button = (await page.getByRole("link", { name: "Proefplaatsing aanmelden" }).first().boundingBox())!;
      expect(button.y + button.height).toBeLessThanOrEqual(740);
      const promises = (await page.locator(".promises").textContent())!;
      for (const promise of ["kost u niets", "nergens aan vast", "school begeleidt"]) expect(promises).toContain(promise);
      await page.getByRole("link", { name: "Proefplaatsing aanmelden" }).first().click();
      await page.waitForURL(`${e2e.app.url}/proefplaatsing`);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `proefplaatsing-375-${mode}`);
    });

    async function openForm() {
      await page.goto(`${e2e.app.url}/proefplaatsing`);
      if (javaScriptEnabled) await waitForHydration(page);
    }

    it("explains every mistake beside its field and keeps what was typed", async () => {
      await openForm();
      await page.getByLabel("Naam van uw bedrijf").fill("Café <b>'t Hoekje</b>");
      await page.getByLabel("Uw e-mailadres").fill("sanne-at-example");
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();

      const summary = page.locator(".error-summary");
      await expect(summary.locator("h2").textContent()).resolves.toBe("Er zijn 8 dingen om te verbeteren");
      expect(await summary.getAttribute("role")).toBe("alert");
      await expect(page.locator("#proefplaatsing-email-error").textContent()).resolves.toContain(
        "Vul een e-mailadres in zoals naam@bedrijf.nl.",
      );
      await expect(page.locator("#proefplaatsing-sector-error").textContent()).resolves.toContain("Kies de sector");
      expect(await page.getByLabel("Naam van uw bedrijf").inputValue()).toBe("Café <b>'t Hoekje</b>");
      expect(await page.getByLabel("Uw e-mailadres").inputValue()).toBe("sanne-at-example");
      expect(await page.getByLabel("Uw e-mailadres").getAttribute("aria-invalid")).toBe("true");
      // The summary has focus, the title says there are errors, and each problem shows once, as
      // its message only, in the order of the fields on the page.
      expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
      expect(await page.title()).toBe("Fout: Aanvraag voor een proefplaatsing – Opstap");
      const links = await summary.locator("a").evaluateAll((as) => as.map((a) => [a.getAttribute("href"), a.textContent]));
      const fieldOrder = await page
        .locator("form.form [aria-invalid=true]")
        .evaluateAll((inputs) => inputs.map((input) => `#${input.id}`));
      expect(links.map(([href]) => href)).toEqual(fieldOrder);
      expect(links.map(([, text]) => text)).toEqual([
        "Kies de sector van uw bedrijf.",
        "Vul de postcode van uw bedrijf in.",
        "Vertel kort welk werk een leerling bij u kan doen.",
        "Vul in wie de leerling begeleidt, bijvoorbeeld: Ahmed, chef-kok.",
        "Kies wanneer u wilt beginnen.",
        "Vul uw naam in.",
        "Vul een e-mailadres in zoals naam@bedrijf.nl.",
        "Geef toestemming, anders kunnen we uw gegevens niet doorgeven.",
      ]);
      // Every link lands on its field.
      for (const [href] of links) expect(await page.locator(href!).count()).toBe(1);
      await summary.getByRole("link", { name: "Vul een e-mailadres in zoals naam@bedrijf.nl." }).click();
      expect(new URL(page.url()).hash).toBe("#proefplaatsing-email");
      // Check boxes are a target of at least 44 × 44 px.
      const box = (await page.getByLabel(/Ik geef toestemming/).boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `proefplaatsing-fouten-375-${mode}`);
    });

    it("checks that the postcode exists, on the server, keeping the rest", async () => {
      await openForm();
      await fillValidForm(page, "postcode@example.org");
      await page.getByLabel("Postcode van de werkplek").fill("1000 AA");
      // Nine digits: the shape passes in the browser, the Dutch numbering plan on the server does not.
      await page.getByLabel(/Uw telefoonnummer/).fill("06 1234 567");
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();
      await page.locator("#proefplaatsing-postcode-error").waitFor({ state: "visible" });
      await expect(page.locator("#proefplaatsing-postcode-error").textContent()).resolves.toContain(
        "We kennen deze postcode niet",
      );
      await expect(page.locator("#proefplaatsing-phone-error").textContent()).resolves.toContain(
        "Vul een volledig Nederlands telefoonnummer in",
      );
      expect(await page.locator(".error-summary h2").textContent()).toBe("Er zijn 2 dingen om te verbeteren");
      expect(await page.locator(".error-summary a").allTextContents()).toEqual([
        "We kennen deze postcode niet. Kijk of u hem goed heeft getypt, bijvoorbeeld 3511 AB.",
        "Vul een volledig Nederlands telefoonnummer in, zoals 06 12345678 of 020 123 4567.",
      ]);
      expect(await page.title()).toBe("Fout: Aanvraag voor een proefplaatsing – Opstap");
      expect(await page.getByLabel(/Uw telefoonnummer/).inputValue()).toBe("06 1234 567");
      expect(await page.getByLabel("Uw naam").inputValue()).toBe("Sanne de Vries");
      expect(await page.getByLabel(/Ik geef toestemming/).isChecked()).toBe(true);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
    });

    it("asks which municipality for a border postcode as a question, not an error", async () => {
      await openForm();
      await fillValidForm(page, `grens+${mode}@example.org`);
      await page.getByLabel("Postcode van de werkplek").fill("3366 AA");
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();
      const note = page.locator(".panel--question");
      await note.waitFor({ state: "visible" });
      expect(await page.locator(".error-summary").count()).toBe(0);
      expect(await page.title()).toBe("Aanvraag voor een proefplaatsing – Opstap");
      expect(await page.locator(".field--invalid").count()).toBe(0);
      // The note's link lands on the question's first choice.
      const href = await note.getByRole("link").getAttribute("href");
      expect(await page.locator(href!).getAttribute("type")).toBe("radio");
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `proefplaatsing-gemeente-375-${mode}`);

      // Sent again without a choice: now it is an error, linked to the question.
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();
      await page.locator(".error-summary").waitFor({ state: "visible" });
      expect(await page.locator(".error-summary a").allTextContents()).toEqual(["Kies de gemeente waar uw bedrijf is."]);
      expect(await page.locator(".error-summary a").getAttribute("href")).toBe(href);
      expect(await page.title()).toBe("Fout: Aanvraag voor een proefplaatsing – Opstap");
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);

      await page.getByLabel("Sliedrecht").check();
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();
      await page.waitForURL(`${e2e.app.url}/aanvraag/ontvangen`);
      // With JavaScript the address changes a moment before React shows the new page.
      await page.locator(".reference").waitFor();
      expect(await page.locator("h1").textContent()).toBe("Bedankt, uw aanvraag is ontvangen");
    });

    it("stores the sign-up, shows the reference and emails the employer and the WSP", async () => {
      const email = `sanne+${mode}@example.org`;
      await openForm();
      // One word longer than a phone is wide: "Wat u ons stuurde" must wrap it (checkBothWidths below).
      await fillProefplaatsing(page, { email, work: "Brood inpakken en de Arbeidsomstandighedenwetgevingscontrolelijstbijhoudingsvoorschriften volgen." });
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();
      await page.waitForURL(`${e2e.app.url}/aanvraag/ontvangen`);

      const reference = await page.locator(".reference").textContent();
      expect(reference).toMatch(/^OP-\d{4}-\d{6}$/);
      await expect(page.locator("main").textContent()).resolves.toContain("Werkgeversservicepunt Midden-Utrecht (demo)");
      await checkBothWidths(page, "ontvangen", javaScriptEnabled);

      // A refresh shows the same confirmation and does not submit again.
      await page.reload();
      expect(await page.locator(".reference").textContent()).toBe(reference);

      const confirmation = await e2e.resend.waitForEmail((e) => e.to.includes(email));
      expect(confirmation.subject).toContain(reference!);
      expect(confirmation.text).toContain(reference!);
      // Keys are unique per installation: "<installation id>/<reference>/aanvraag-ontvangen".
      expect(confirmation.idempotencyKey).toMatch(new RegExp(`^[0-9a-f-]{36}/${reference}/aanvraag-ontvangen$`));
      const toWsp = await e2e.resend.waitForEmail(
        (e) => e.to.includes("wsp-midden-utrecht@example.org") && e.subject.includes(reference!),
      );
      expect(toWsp.text).toContain("Bakkerij Het Zuiden");
      expect(toWsp.text).toContain(email);
    });

    it("creates one request when the button is pressed twice", async () => {
      const email = `dubbel+${mode}@example.org`;
      await openForm();
      await fillValidForm(page, email);
      const button = page.getByRole("button", { name: "Aanvraag versturen" });
      await button.dblclick();
      // Without JavaScript the second press starts a new navigation, which aborts the first one;
      // wait again for the page the second one lands on.
      const confirmationUrl = `${e2e.app.url}/aanvraag/ontvangen`;
      await page.waitForURL(confirmationUrl).catch(() => page.waitForURL(confirmationUrl));
      await e2e.resend.waitForEmail((e) => e.to.includes(email));
      // Give a possible second request time to reach the outbox worker (it polls every 100 ms).
      await new Promise((r) => setTimeout(r, 1_000));
      expect(e2e.resend.emails.filter((e) => e.to.includes(email))).toHaveLength(1);
    });
  });
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "js" : "nojs";
  describe.skipIf(!hasChromium)(`the vraag form at 1280 px, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    it("asks only what a question needs and lists the problems in form order", async () => {
      const context = await e2e.browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 }, locale: "nl-NL" });
      const page = await context.newPage();
      await page.goto(`${e2e.app.url}/vraag`);
      if (javaScriptEnabled) await waitForHydration(page);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `vraag-1280-${mode}`);
      expect(await page.getByLabel("KvK-nummer").count()).toBe(0);
      expect(await page.getByLabel("Onderwerp").locator("option", { hasText: "Iets anders" }).count()).toBe(1);

      await page.getByLabel("Onderwerp").selectOption("stage");
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();
      const summary = page.locator(".error-summary");
      await summary.waitFor({ state: "visible" });
      expect(await summary.locator("a").allTextContents()).toEqual([
        "Schrijf uw vraag op.",
        "Vul uw naam in.",
        "Vul uw e-mailadres in.",
        "Vul de naam van uw bedrijf in. De school heeft die nodig voor een stage.",
        "Vul de postcode van uw bedrijf in. Dan komt uw vraag bij iemand bij u in de buurt.",
        "Geef toestemming, anders kunnen we uw gegevens niet doorgeven.",
      ]);
      expect(await page.title()).toBe("Fout: Vraag stellen – Opstap");
      expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `vraag-fouten-1280-${mode}`);

      // A question about something else needs no company name.
      await page.getByLabel("Onderwerp").selectOption("iets-anders");
      await page.getByLabel("Uw vraag").fill("Kan ik ook een leerling voor de zomer vragen?");
      await page.getByLabel("Uw naam").fill("Ria Snel");
      await page.getByLabel("Uw e-mailadres").fill(`vraag-1280-${mode}@example.org`);
      // With JavaScript the postcode is folded away for this topic; without it, given anyway, the
      // question goes to the WSP of the region as before (decision 032).
      if (!javaScriptEnabled) await page.getByLabel("Postcode van de werkplek").fill("3511 AB");
      await page.getByLabel(/Ik geef toestemming/).check();
      await page.getByRole("button", { name: "Aanvraag versturen" }).click();
      await page.waitForURL(`${e2e.app.url}/aanvraag/ontvangen`);
      await page.locator(".reference").waitFor();
      expect(await page.title()).toBe("Aanvraag ontvangen – Opstap");
      expect(await page.locator("main").textContent()).toContain("Soort aanvraag: een vraag.");
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `vraag-ontvangen-1280-${mode}`);
      await context.close();
    });
  });
}

describe.skipIf(!hasChromium)("with JavaScript on", () => {
  it("checks the form in the browser and updates messages while the employer types, without a page load", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const documentRequests: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${e2e.app.url}/proefplaatsing`);
    await waitForHydration(page);
    page.on("request", (r) => r.resourceType() === "document" && documentRequests.push(r.url()));

    await page.getByLabel("Uw e-mailadres").fill("niet-goed");
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    const emailError = page.locator("#proefplaatsing-email-error");
    await emailError.waitFor({ state: "visible" });
    expect(await emailError.textContent()).toContain("Vul een e-mailadres in zoals naam@bedrijf.nl.");
    await page.getByLabel("Uw e-mailadres").fill("sanne@example.org");
    await emailError.waitFor({ state: "hidden" });
    await screenshot(page, "proefplaatsing-fouten-1280-js");

    expect(documentRequests).toEqual([]);
    await page.goto(e2e.app.url);
    expect(errors).toEqual([]); // no CSP refusals, no hydration errors
    await context.close();
  });
});

describe.skipIf(!hasChromium)("with the keyboard only", () => {
  it("reaches every field in order with Tab, shows where the focus is, and sends with Enter", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${e2e.app.url}/proefplaatsing`);
    await waitForHydration(page);

    // The first Tab lands on the skip link, which becomes visible.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Naar de inhoud");
    const skipTop = await page.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect().top);
    expect(skipTop).toBeGreaterThanOrEqual(0);

    const focusOrder: string[] = [];
    for (let i = 0; i < 40 && !focusOrder.includes("consent"); i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : null;
        return { name: el?.getAttribute("name") ?? "", outline: style ? style.outlineStyle : "none" };
      });
      if (focused.name) {
        focusOrder.push(focused.name);
        expect(focused.outline, `focus visible on ${focused.name}`).not.toBe("none");
      }
    }
    expect(focusOrder).toEqual([
      "companyName",
      "kvkNumber",
      "sector",
      "postcode",
      "work",
      "daysAndHours",
      "supervisor",
      "startPeriod",
      "contactName",
      "email",
      "phone",
      "consent",
    ]);
    // The honeypot is never reached.
    expect(focusOrder).not.toContain("website");

    // Back to the phone field, type, and Enter sends the form: the summary appears and takes focus.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.type("06 12345678");
    await page.keyboard.press("Enter");
    await page.locator(".error-summary").waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    await context.close();
  });
});
