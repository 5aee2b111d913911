/**
 * Staff sign in with an emailed code, with JavaScript on and off: the pages pass axe at 375 px,
 * a wrong code is explained beside the field, the back office sends anonymous visitors to sign
 * in and back, and signing out ends the session.
 */
import { describe, expect, it } from "vitest";
import { axeViolations, hasChromium, screenshot, waitForHydration } from "../support/browser";
import { enterCode, signIn } from "../support/back-office";
import { setUpE2e, usePhonePage } from "../support/e2e-environment";

const e2e = setUpE2e();
const ADMIN = "beheer@opstap.example.org";

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? "js" : "nojs";

  describe.skipIf(!hasChromium)(`staff sign-in, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    const phone = usePhonePage(e2e, javaScriptEnabled);

    it("sends an anonymous visitor to sign in, and back to the page they wanted after the code", async () => {
      const { page } = phone;
      await page.goto(`${e2e.app.url}/backoffice/account`);
      expect(new URL(page.url()).pathname).toBe("/inloggen");
      if (javaScriptEnabled) await waitForHydration(page);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `inloggen-375-${mode}`);

      // An address that is not an address is explained beside the field.
      await page.getByLabel("E-mailadres").fill("beheer@");
      await page.getByRole("button", { name: "Stuur mij een code" }).click();
      await page.locator("#inloggen-email-error").waitFor({ state: "visible" });
      expect(await page.getByLabel("E-mailadres").inputValue()).toBe("beheer@");

      const since = e2e.resend.emails.length;
      await page.getByLabel("E-mailadres").fill(ADMIN);
      await page.getByRole("button", { name: "Stuur mij een code" }).click();
      await page.waitForURL(/\/inloggen\/code/);
      if (javaScriptEnabled) await waitForHydration(page);
      expect(await page.getByLabel("E-mailadres").inputValue()).toBe(ADMIN);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);

      // A wrong code first: a clear message, and the address stays.
      await page.getByLabel("Code uit de e-mail").fill("12345");
      await page.getByRole("button", { name: "Inloggen" }).click();
      await page.locator("#inlogcode-code-error").waitFor({ state: "visible" });
      expect(await page.locator("#inlogcode-code-error").textContent()).toContain("6 cijfers");
      await screenshot(page, `inlogcode-fout-375-${mode}`);
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);

      await enterCode(page, e2e, ADMIN, since);
      expect(new URL(page.url()).pathname).toBe("/backoffice/account");
      // With JavaScript the address changes before the new page has rendered.
      await page.locator("h1", { hasText: "Mijn account" }).waitFor();
      expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
      await screenshot(page, `account-375-${mode}`);
    });

    it("signs out, after which the back office asks to sign in again", async () => {
      const { page } = phone;
      await page.goto(`${e2e.app.url}/backoffice/account`);
      if (new URL(page.url()).pathname === "/inloggen") await signIn(page, e2e, ADMIN);
      await page.goto(`${e2e.app.url}/backoffice/account`);
      await page.getByRole("button", { name: "Uitloggen", exact: true }).click();
      await page.waitForURL(/\/inloggen/);
      await page.goto(`${e2e.app.url}/backoffice/account`);
      expect(new URL(page.url()).pathname).toBe("/inloggen");
    });
  });
}

describe.skipIf(!hasChromium)("oversized posts", () => {
  it("are refused before they are read", async () => {
    const response = await fetch(`${e2e.app.url}/inloggen`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: e2e.app.url },
      body: `email=${"a".repeat(4 * 1024 * 1024)}`,
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("te veel gegevens");
  });
});
