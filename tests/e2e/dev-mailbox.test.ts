/**
 * Without a Resend key (as after `npm install && npm start`), the emails of a sign-up can be read
 * in the dev mailbox. This is the foundation issue's "done" check, in a browser.
 */
import { describe, expect, it } from "vitest";
import { startApp } from "../support/app-server";
import { axeViolations, hasChromium, screenshot } from "../support/browser";
import { setUpE2e } from "../support/e2e-environment";
import { fillProefplaatsing } from "../support/employer-forms";

const e2e = setUpE2e({ devMailbox: true });

describe.skipIf(!hasChromium)("dev mailbox", () => {
  it("shows the confirmation to the employer, the request to the school and the notice to the WSP of Midden-Utrecht", async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${e2e.app.url}/proefplaatsing`);
    await fillProefplaatsing(page, {
      email: "ahmed@example.org",
      companyName: "Fietsenmaker De Spaak",
      sector: "techniek-en-productie",
      postcode: "3511AB",
      work: "Banden plakken en de werkplaats opruimen.",
      contactName: "Ahmed Benali",
    });
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    await page.waitForURL(`${e2e.app.url}/aanvraag/ontvangen`);
    const reference = (await page.locator(".reference").textContent())!;

    // The worker delivers within a poll or two.
    let rows: string[] = [];
    for (let i = 0; i < 50 && rows.filter((r) => r.includes("afgeleverd")).length < 3; i++) {
      await page.goto(`${e2e.app.url}/dev/mailbox`);
      rows = await page.locator("tbody tr").allTextContents();
      await new Promise((r) => setTimeout(r, 100));
    }
    const forThisRequest = rows.filter((r) => r.includes(reference));
    expect(forThisRequest).toHaveLength(3);
    expect(forThisRequest.some((r) => r.includes("ahmed@example.org") && r.includes("afgeleverd"))).toBe(true);
    expect(forThisRequest.some((r) => r.includes("wsp-midden-utrecht@example.org") && r.includes("afgeleverd"))).toBe(true);
    // Techniek en productie: no Utrecht school has it as its own sector, so Het Anker (all sectors) gets it.
    expect(forThisRequest.some((r) => r.includes("vso-het-anker-zeist@example.org") && r.includes("afgeleverd"))).toBe(true);
    expect(await axeViolations(page, { javaScriptEnabled: false })).toEqual([]);
    await screenshot(page, "dev-mailbox-375-nojs");

    await page.getByRole("link", { name: new RegExp(`Uw aanvraag is ontvangen .*${reference}`) }).click();
    await expect(page.locator("pre.email-text").textContent()).resolves.toContain(reference);
    expect(await axeViolations(page, { javaScriptEnabled: false })).toEqual([]);
    await screenshot(page, "dev-mailbox-email-375-nojs");
    await context.close();
  });

  it("does not exist once a Resend key is configured", async () => {
    const withKey = await startApp({ RESEND_API_KEY: "re_some_key", RESEND_BASE_URL: "http://127.0.0.1:9" });
    try {
      expect((await fetch(`${withKey.url}/dev/mailbox`)).status).toBe(404);
    } finally {
      await withKey.stop();
    }
  });
});
