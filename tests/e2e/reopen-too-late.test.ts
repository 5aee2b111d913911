/**
 * A withdrawal more than 14 days old, in the browser: the page no longer offers "Heropenen", says
 * until when it could and what to do instead, and a reopen posted by hand is refused. The app
 * runs on a PostgreSQL database of this file's own (TEST_DATABASE_URL), so the test can move the
 * withdrawal back in time; without that server it is skipped. JavaScript on and off, axe, and
 * screenshots at 375 and 1280 px.
 */
import type { Browser } from "playwright-core";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startApp } from "../support/app-server";
import { axeViolations, hasChromium, launchBrowser, screenshot, waitForHydration } from "../support/browser";
import { linkIn } from "../support/e2e-environment";
import { fillProefplaatsing } from "../support/employer-forms";
import { type FakeResend, startFakeResend } from "../support/fake-resend";
import { dropDatabase, recreateDatabase, uniqueDatabaseName } from "../support/postgres-admin";

const base = process.env.TEST_DATABASE_URL;

describe.skipIf(!hasChromium || !base)("reopening after 14 days", () => {
  const name = uniqueDatabaseName("opstap_e2e_te_laat");
  let resend: FakeResend;
  let app: AppServer;
  let browser: Browser;
  let sql: postgres.Sql;

  beforeAll(async () => {
    const url = await recreateDatabase(base!, name);
    sql = postgres(url, { max: 1, onnotice: () => {} });
    resend = await startFakeResend();
    app = await startApp({ RESEND_API_KEY: "re_e2e_test", RESEND_BASE_URL: resend.url }, { databaseUrl: url });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await resend?.close();
    await sql?.end({ timeout: 5 });
    await dropDatabase(base!, name);
  });

  it("says the time has passed and what to do instead, and refuses a reopen sent anyway", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const email = "te-laat@example.org";
    await page.goto(`${app.url}/proefplaatsing`);
    await fillProefplaatsing(page, { email });
    await page.getByRole("button", { name: "Aanvraag versturen" }).click();
    await page.waitForURL(`${app.url}/aanvraag/ontvangen`);
    const reference = (await page.locator(".reference").textContent())!.trim();
    const confirmation = await resend.waitForEmail((m) => m.to.includes(email) && m.subject.includes(reference));
    const link = linkIn(confirmation.text, "/volgen/");
    await page.goto(link);
    await page.locator("summary", { hasText: "Aanvraag intrekken" }).click();
    await page.getByLabel("Ja, ik wil deze aanvraag intrekken").check();
    await page.getByRole("button", { name: "Intrekken" }).click();
    await page.getByRole("button", { name: "Aanvraag heropenen" }).waitFor();

    // Fifteen days later.
    await sql`update request_events set created_at = created_at - interval '15 days' where type = 'ingetrokken'`;
    await sql`update requests set closed_at = closed_at - interval '15 days' where reference = ${reference}`;

    for (const javaScriptEnabled of [false, true]) {
      const mode = javaScriptEnabled ? "js" : "nojs";
      const visitor = await browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
      const tab = await visitor.newPage();
      await tab.goto(link);
      if (javaScriptEnabled) await waitForHydration(tab);
      const card = tab.locator(`#aanvraag-${reference}`);
      expect(await card.textContent()).toContain("Dat kan nu niet meer.");
      expect(await tab.getByRole("button", { name: "Aanvraag heropenen" }).count()).toBe(0);
      expect(await card.getByRole("link", { name: "Nieuwe proefplaatsing aanvragen" }).getAttribute("href")).toBe("/proefplaatsing");
      expect(await axeViolations(tab, { javaScriptEnabled })).toEqual([]);
      await screenshot(tab, `volgen-te-laat-375-${mode}`);
      await tab.setViewportSize({ width: 1280, height: 800 });
      await screenshot(tab, `volgen-te-laat-1280-${mode}`);
      await visitor.close();
    }

    // A reopen posted without the button is refused, and changes nothing.
    const [request] = await sql<{ id: string }[]>`select id from requests where reference = ${reference}`;
    const response = await fetch(link, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: new URL(link).origin },
      body: new URLSearchParams({ intent: "heropenen", requestId: request!.id }),
    });
    expect(response.status).toBe(400);
    const answer = await response.text();
    expect(answer).toContain("Er is 1 ding om te verbeteren");
    expect(answer).toContain("Stuur een nieuwe aanvraag als u toch verder wilt.");
    const [after] = await sql<{ status: string }[]>`select status from requests where reference = ${reference}`;
    expect(after!.status).toBe("ingetrokken");
    await context.close();
    // One story in three browsers (sign up and withdraw, then JavaScript off and on): twice a test's usual time.
  }, 240_000);
});
