/**
 * The back-office story, as new users would live it, with JavaScript off (every step is a plain
 * form) on a 375 px phone: an administrator invites a WSP accountmanager and a school
 * coordinator; they sign in with the emailed code; the coordinator accepts one request and
 * declines another (which moves on); the accountmanager sees both in the region's inbox with the
 * full timeline; a coordinator of another school and a WSP of another region see none of it.
 * Then the main pages once more with JavaScript on. Every page passes axe.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { axeViolations, checkBothWidths, hasChromium, screenshot, waitForHydration } from "../support/browser";
import { enterCode, inviteLinkFor, signIn } from "../support/back-office";
import { setUpE2e } from "../support/e2e-environment";
import { fillProefplaatsing } from "../support/employer-forms";

const e2e = setUpE2e();
const ADMIN = "beheer@opstap.example.org";

const PEOPLE = {
  accountmanager: { name: "Fatima El Amrani", email: "fatima@wsp-utrecht.example.org", role: "Accountmanager werkgeversservicepunt", organisation: "Werkgeversservicepunt Midden-Utrecht (demo)" },
  coordinator: { name: "Kees Brugman", email: "kees@debrug.example.org", role: "Coördinator school", organisation: "Praktijkschool De Brug (demo)" },
  otherSchool: { name: "Olga Noord", email: "olga@noorderlicht.example.org", role: "Coördinator school", organisation: "Praktijkschool Noorderlicht (demo)" },
  otherWsp: { name: "Gert Amsterdam", email: "gert@wsp-amsterdam.example.org", role: "Accountmanager werkgeversservicepunt", organisation: "Werkgeversservicepunt Groot Amsterdam (demo)" },
} as const;

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function phonePage(javaScriptEnabled = false): Promise<Page> {
  const context = await e2e.browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 740 } });
  contexts.push(context);
  return context.newPage();
}

/** Where the inbox's first request starts, from the top of the page, in CSS pixels. */
async function firstRowTop(page: Page): Promise<number> {
  const box = await page.locator(".inbox-table tbody tr").first().boundingBox();
  if (!box) throw new Error("De inbox toont geen rij");
  return box.y;
}

async function checkPage(page: Page, name: string, javaScriptEnabled = false) {
  if (javaScriptEnabled) await waitForHydration(page);
  expect(await axeViolations(page, { javaScriptEnabled })).toEqual([]);
  await screenshot(page, name);
}

/** Opens the invite from the email, accepts it and signs in with the code that follows. */
async function acceptInviteAndSignIn(page: Page, email: string) {
  const since = e2e.resend.emails.length;
  await page.goto(await inviteLinkFor(e2e, email));
  await page.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await page.waitForURL(/\/inloggen\/code/);
  await enterCode(page, e2e, email, since);
}

async function inboxReferences(page: Page): Promise<string[]> {
  await page.goto(`${e2e.app.url}/backoffice?status=alle`);
  return page.locator("main a[href^='/backoffice/aanvragen/']").allTextContents();
}

/** The innermost section with this heading (the page's sections nest: Acties holds the forms). */
const section = (page: Page, heading: string) =>
  page.locator("section", { has: page.getByRole("heading", { name: heading, exact: true }) }).last();

describe.skipIf(!hasChromium)("back office: invite, sign in, accept and decline, and nobody else sees it", () => {
  const references: string[] = [];
  let admin: Page;
  let coordinator: Page;
  let accountmanager: Page;

  it("two employers in Utrecht send a proefplaatsing; both go to De Brug", async () => {
    const employer = await phonePage();
    for (const [companyName, email] of [
      ["Bakkerij Zonnestraal", "zonnestraal@example.org"],
      ["Fietsenmaker De Spaak", "spaak@example.org"],
    ] as const) {
      await employer.goto(`${e2e.app.url}/proefplaatsing`);
      await fillProefplaatsing(employer, { email, companyName, sector: "detailhandel" });
      await employer.getByRole("button", { name: "Aanvraag versturen" }).click();
      await employer.waitForURL(/\/aanvraag\/ontvangen/);
      references.push((await employer.locator(".reference").textContent())!);
    }
    expect(references).toHaveLength(2);
  });

  it("the administrator signs in with the code and invites four people", async () => {
    admin = await phonePage();
    await signIn(admin, e2e, ADMIN);
    await admin.goto(`${e2e.app.url}/backoffice/beheer/mensen`);
    await checkPage(admin, "beheer-mensen-375-nojs");

    for (const person of Object.values(PEOPLE)) {
      const form = section(admin, "Iemand uitnodigen");
      await form.getByLabel("Naam").fill(person.name);
      await form.getByLabel("E-mailadres").fill(person.email);
      await form.getByLabel("Rol").selectOption({ label: person.role });
      await form.getByLabel("Organisatie").selectOption({ label: person.organisation });
      await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
      await admin.waitForLoadState();
      await expect(admin.locator("main").textContent()).resolves.toContain(person.email);
    }
    await checkPage(admin, "beheer-uitgenodigd-375-nojs");
  });

  it("the coordinator accepts the invite, signs in with the code and sees both requests", async () => {
    coordinator = await phonePage();
    await acceptInviteAndSignIn(coordinator, PEOPLE.coordinator.email);
    const shown = await inboxReferences(coordinator);
    expect(shown).toEqual(expect.arrayContaining(references));
    await checkPage(coordinator, "inbox-school-375-nojs");
  });

  it("the coordinator accepts the first request", async () => {
    await coordinator.goto(`${e2e.app.url}/backoffice/aanvragen/${references[0]}`);
    await checkPage(coordinator, "aanvraag-school-open-375-nojs");
    await coordinator.getByRole("button", { name: "Ja, wij pakken deze aanvraag op" }).click();
    await coordinator.waitForURL(/gedaan=accepteren/);
    await expect(coordinator.getByRole("status").first().textContent()).resolves.toBeTruthy();
    await expect(coordinator.locator("main").textContent()).resolves.toContain("In behandeling");
    await checkPage(coordinator, "aanvraag-school-geaccepteerd-375-nojs");
    await e2e.resend.waitForEmail((e) => e.to.includes("zonnestraal@example.org") && e.subject.includes(references[0]!) && e.text.includes("pakt uw aanvraag op"));
  });

  it("the coordinator declines the second with a reason, after being asked for one; it moves to the next school", async () => {
    await coordinator.goto(`${e2e.app.url}/backoffice/aanvragen/${references[1]}`);
    const decline = section(coordinator, "Past het niet?");
    await decline.getByRole("button", { name: "Afwijzen en doorsturen" }).click();
    await coordinator.locator("#afwijzen-reason-error").waitFor({ state: "visible" });
    await checkPage(coordinator, "aanvraag-school-afwijzen-fout-375-nojs");

    await section(coordinator, "Past het niet?").getByLabel("Reden").selectOption("geen-plek");
    await section(coordinator, "Past het niet?").getByLabel("Toelichting").fill("Alle leerlingen hebben al een stage.");
    await section(coordinator, "Past het niet?").getByRole("button", { name: "Afwijzen en doorsturen" }).click();
    await coordinator.waitForURL(/gedaan=afwijzen/);
    await e2e.resend.waitForEmail((e) => e.to.includes("vso-het-anker-zeist@example.org") && e.subject.includes(references[1]!));
    // The school can still read what it declined, but no longer act on it.
    await expect(coordinator.getByRole("button", { name: "Afwijzen en doorsturen" }).count()).resolves.toBe(0);
  });

  it("the accountmanager signs in and sees both requests of the region, with the full timeline", async () => {
    accountmanager = await phonePage();
    await acceptInviteAndSignIn(accountmanager, PEOPLE.accountmanager.email);
    expect(await inboxReferences(accountmanager)).toEqual(expect.arrayContaining(references));
    await checkPage(accountmanager, "inbox-wsp-375-nojs");
    // The list starts in the first screen: on this phone, and on a 1280×800 laptop.
    expect(await firstRowTop(accountmanager)).toBeLessThan(740);
    await accountmanager.setViewportSize({ width: 1280, height: 800 });
    expect(await firstRowTop(accountmanager)).toBeLessThan(800);
    await screenshot(accountmanager, "inbox-wsp-1280-nojs");
    await accountmanager.setViewportSize({ width: 375, height: 740 });

    await accountmanager.goto(`${e2e.app.url}/backoffice/aanvragen/${references[1]}`);
    const timeline = (await accountmanager.locator("main").textContent())!;
    expect(timeline).toContain("Opstap heeft de aanvraag naar Praktijkschool De Brug (demo) gestuurd.");
    expect(timeline).toContain("Praktijkschool De Brug (demo) heeft de aanvraag afgewezen. Reden:");
    expect(timeline).toContain("Alle leerlingen hebben al een stage.");
    expect(timeline).toContain("VSO Het Anker (demo)");
    expect(timeline).toContain("Verstuurd"); // the emails, with their delivery state
    await checkPage(accountmanager, "aanvraag-wsp-375-nojs");

    await accountmanager.goto(`${e2e.app.url}/backoffice/aanvragen/${references[0]}`);
    expect(await accountmanager.locator("main").textContent()).toContain("Praktijkschool De Brug (demo) pakt de aanvraag op.");
  });

  it("a coordinator of another school and a WSP of another region see none of it", async () => {
    for (const person of [PEOPLE.otherSchool, PEOPLE.otherWsp]) {
      const page = await phonePage();
      await acceptInviteAndSignIn(page, person.email);
      const shown = await inboxReferences(page);
      for (const reference of references) expect(shown).not.toContain(reference);
      for (const reference of references) {
        const response = await page.goto(`${e2e.app.url}/backoffice/aanvragen/${reference}`);
        expect(response?.status()).toBe(404);
        await expect(page.locator("h1").textContent()).resolves.toBe("Deze pagina bestaat niet");
      }
      const csv = await page.request.get(`${e2e.app.url}/backoffice/export?status=alle`);
      expect(csv.status()).toBe(200);
      for (const reference of references) expect(await csv.text()).not.toContain(reference);
    }
  });

  it("with JavaScript on, the accountmanager adds a note and the pages pass axe", async () => {
    const page = await phonePage(true);
    await signIn(page, e2e, PEOPLE.accountmanager.email);
    await page.goto(`${e2e.app.url}/backoffice?status=alle`);
    await waitForHydration(page);
    await checkBothWidths(page, "inbox-wsp", true);
    await page.goto(`${e2e.app.url}/backoffice/aanvragen/${references[1]}`);
    await waitForHydration(page);
    await section(page, "Notitie maken").getByLabel("Notitie", { exact: true }).fill("Gebeld met Het Anker, zij kijken ernaar.");
    await section(page, "Notitie maken").getByRole("button").click();
    await page.waitForURL(/gedaan=notitie/);
    // With JavaScript the address changes before the page has rendered the new timeline.
    await page.locator("main").getByText("Gebeld met Het Anker, zij kijken ernaar.").waitFor();
    await checkPage(page, "aanvraag-wsp-375-js", true);
    await page.goto(`${e2e.app.url}/backoffice/cijfers`);
    await checkPage(page, "cijfers-wsp-375-js", true);
    await page.goto(`${e2e.app.url}/backoffice/scholen`);
    await page.locator("h1", { hasText: "Scholen in uw regio" }).waitFor();
    await checkPage(page, "scholen-wsp-375-js", true);
  });

  it("the administrator's pages pass axe, with the audit log showing who looked", async () => {
    for (const [path, name] of [
      ["/backoffice/beheer", "beheer"],
      ["/backoffice/beheer/organisaties", "beheer-organisaties"],
      ["/backoffice/beheer/import", "beheer-import"],
      ["/backoffice/beheer/outbox", "beheer-outbox"],
      ["/backoffice/beheer/logboek", "beheer-logboek"],
      ["/backoffice/cijfers", "cijfers-beheer"],
    ] as const) {
      const response = await admin.goto(`${e2e.app.url}${path}`);
      expect(response?.status()).toBe(200);
      await checkPage(admin, `${name}-375-nojs`);
    }
    await admin.goto(`${e2e.app.url}/backoffice/beheer/logboek`);
    const log = (await admin.locator("main").textContent())!;
    expect(log).toContain(PEOPLE.accountmanager.name);
    expect(log).toContain(references[1]);
  });
});
