/**
 * The regional employer network as its users live it, JavaScript off, on a 375 px phone, axe on
 * every page (decision 028): two schools and the WSP of Midden-Utrecht see one register; De Brug
 * logs a visit with a private note; Het Anker sees "De Brug heeft sinds … contact" but not the
 * note; a school of Groot Amsterdam sees none of it; a duplicate with the same KvK number is
 * merged; the WSP sends the start-of-school-year check-in (through the outbox, to the fake Resend);
 * the employer answers "Ja, 2 plekken" through the link without an account; a new request is
 * routed, and the register shows the places.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { axeViolations, duplicateIds, hasChromium, screenshot } from "../support/browser";
import { enterCode, inviteLinkFor, signIn } from "../support/back-office";
import { setUpE2e } from "../support/e2e-environment";
import { fillProefplaatsing } from "../support/employer-forms";

const e2e = setUpE2e();
const ADMIN = "beheer@opstap.example.org";
const COMPANY = "Bakkerij De Korenaar";
const EMPLOYER = "korenaar@bakkerij-korenaar.nl";
const KVK = "40506070";

const PEOPLE = {
  brug: { name: "Kees Brugman", email: "kees@debrug.example.org", role: "Coördinator school", organisation: "Praktijkschool De Brug (demo)" },
  anker: { name: "Anouk Anker", email: "anouk@hetanker.example.org", role: "Coördinator school", organisation: "VSO Het Anker (demo)" },
  wsp: { name: "Fatima El Amrani", email: "fatima@wsp-utrecht.example.org", role: "Accountmanager werkgeversservicepunt", organisation: "Werkgeversservicepunt Midden-Utrecht (demo)" },
  elders: { name: "Olga Noord", email: "olga@noorderlicht.example.org", role: "Coördinator school", organisation: "Praktijkschool Noorderlicht (demo)" },
} as const;

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function newPage(width = 375): Promise<Page> {
  const context = await e2e.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
  contexts.push(context);
  return context.newPage();
}

/**
 * When the page scrolls sideways (on a phone), the innermost elements that stick out; none when
 * it fits (a wide table in its own scrolling box is fine).
 */
function widerThanTheScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const wide = [...document.querySelectorAll("body *")].filter((el) => el.getBoundingClientRect().right > width + 1);
    return wide
      .filter((el) => !wide.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""}: ${Math.round(el.getBoundingClientRect().right)} px`);
  });
}

async function checkPage(page: Page, name: string) {
  expect(await axeViolations(page, { javaScriptEnabled: false })).toEqual([]);
  expect(await duplicateIds(page)).toEqual([]);
  expect(await widerThanTheScreen(page)).toEqual([]);
  await screenshot(page, name);
}

async function acceptInviteAndSignIn(page: Page, email: string) {
  const since = e2e.resend.emails.length;
  await page.goto(await inviteLinkFor(e2e, email));
  await page.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  await page.waitForURL(/\/inloggen\/code/);
  await enterCode(page, e2e, email, since);
}

const main = (page: Page) => page.locator("main").textContent().then((t) => t ?? "");

describe.skipIf(!hasChromium)("the regional employer network", () => {
  const pages = {} as Record<keyof typeof PEOPLE | "admin", Page>;
  let entryUrl = "";

  it("an employer sends a proefplaatsing; it lands in the register of Midden-Utrecht", async () => {
    const employer = await newPage();
    await employer.goto(`${e2e.app.url}/proefplaatsing`);
    await fillProefplaatsing(employer, { email: EMPLOYER, companyName: COMPANY, sector: "detailhandel" });
    await employer.getByLabel(/KvK-nummer/).fill(KVK);
    await employer.getByRole("button", { name: "Aanvraag versturen" }).click();
    await employer.waitForURL(/\/aanvraag\/ontvangen/);
  });

  it("the administrator invites two schools and the WSP of the region, and a school elsewhere", async () => {
    pages.admin = await newPage();
    await signIn(pages.admin, e2e, ADMIN);
    await pages.admin.goto(`${e2e.app.url}/backoffice/beheer/mensen`);
    for (const person of Object.values(PEOPLE)) {
      const form = pages.admin.locator("section", { has: pages.admin.getByRole("heading", { name: "Iemand uitnodigen", exact: true }) }).last();
      await form.getByLabel("Naam").fill(person.name);
      await form.getByLabel("E-mailadres").fill(person.email);
      await form.getByLabel("Rol").selectOption({ label: person.role });
      await form.getByLabel("Organisatie").selectOption({ label: person.organisation });
      await form.getByRole("button", { name: "Uitnodiging versturen" }).click();
      await pages.admin.waitForLoadState();
      await expect(main(pages.admin)).resolves.toContain(person.email);
    }
  });

  it("De Brug finds the employer in the register and logs a visit with a private note", async () => {
    pages.brug = await newPage();
    await acceptInviteAndSignIn(pages.brug, PEOPLE.brug.email);
    await pages.brug.goto(`${e2e.app.url}/backoffice/werkgevers`);
    await expect(main(pages.brug)).resolves.toContain(COMPANY);
    await checkPage(pages.brug, "register-lijst-school-375-nojs");
    await pages.brug.getByRole("link", { name: COMPANY }).click();
    await pages.brug.waitForURL(/\/backoffice\/werkgevers\/[0-9a-f-]{36}$/);
    entryUrl = pages.brug.url();
    await checkPage(pages.brug, "register-werkgever-school-375-nojs");

    const form = pages.brug.locator("section", { has: pages.brug.getByRole("heading", { name: "Contact vastleggen" }) });
    await form.getByLabel("Soort contact").selectOption({ label: "Bezoek" });
    await form.getByLabel("Notitie").fill("Privé: de eigenaar wil alleen op maandag gebeld worden.");
    await form.getByRole("button", { name: "Contact opslaan" }).click();
    await pages.brug.waitForURL(/gedaan=contact/);
    await expect(main(pages.brug)).resolves.toContain("Privé: de eigenaar wil alleen op maandag");
    await checkPage(pages.brug, "register-contact-opgeslagen-375-nojs");
  });

  it("Het Anker sees that De Brug is in contact, but not De Brug's private note; it adds the same company again by hand", async () => {
    pages.anker = await newPage();
    await acceptInviteAndSignIn(pages.anker, PEOPLE.anker.email);
    await pages.anker.goto(`${e2e.app.url}/backoffice/werkgevers?zoek=Korenaar`);
    await expect(main(pages.anker)).resolves.toMatch(/Praktijkschool De Brug \(demo\) heeft sinds \w+ \d{4} contact/);
    await checkPage(pages.anker, "register-lijst-andere-school-375-nojs");
    await pages.anker.goto(entryUrl);
    const page = await main(pages.anker);
    expect(page).toContain("Praktijkschool De Brug (demo)");
    expect(page).not.toContain("alleen op maandag");
    expect(page).toContain("Er is een notitie die alleen Praktijkschool De Brug (demo) kan lezen.");
    await checkPage(pages.anker, "register-werkgever-andere-school-375-nojs");

    // Het Anker knows the company under another name: the same KvK number, no email (so no notice).
    await pages.anker.goto(`${e2e.app.url}/backoffice/werkgevers/nieuw`);
    await checkPage(pages.anker, "register-nieuw-375-nojs");
    await pages.anker.getByRole("button", { name: "Toevoegen" }).click();
    await expect(main(pages.anker)).resolves.toContain("Vul de naam van het bedrijf in.");
    await checkPage(pages.anker, "register-nieuw-fouten-375-nojs");
    await pages.anker.getByLabel("Naam van het bedrijf").fill("Korenaar Oost");
    await pages.anker.getByLabel("KvK-nummer").fill(KVK);
    await pages.anker.getByLabel("Postcode van de vestiging").fill("3512 AB");
    await pages.anker.getByLabel("Contactpersoon").fill("Bert Oost");
    await pages.anker.getByLabel("Telefoonnummer").fill("030 123 4567");
    await pages.anker.getByRole("button", { name: "Toevoegen" }).click();
    await pages.anker.waitForURL(/gedaan=toegevoegd|\/backoffice\/werkgevers\/[0-9a-f-]{36}/);
    await expect(main(pages.anker)).resolves.toContain("Korenaar Oost");
  }, 240_000);

  it("a school of another region sees none of it", async () => {
    pages.elders = await newPage();
    await acceptInviteAndSignIn(pages.elders, PEOPLE.elders.email);
    await pages.elders.goto(`${e2e.app.url}/backoffice/werkgevers?zoek=Korenaar`);
    expect(await main(pages.elders)).not.toContain("Korenaar");
    await checkPage(pages.elders, "register-lijst-andere-regio-375-nojs");
    const response = await pages.elders.goto(entryUrl);
    expect(response?.status()).toBe(404);
  });

  it("the WSP merges the duplicate found by KvK number", async () => {
    pages.wsp = await newPage();
    await acceptInviteAndSignIn(pages.wsp, PEOPLE.wsp.email);
    await pages.wsp.goto(`${e2e.app.url}/backoffice/werkgevers/dubbel`);
    const pair = pages.wsp.locator("li", { hasText: "zelfde KvK-nummer" }).filter({ hasText: "Korenaar Oost" });
    await expect(pair.count()).resolves.toBe(1);
    await checkPage(pages.wsp, "register-dubbel-375-nojs");
    await pair.getByLabel(new RegExp(`^${COMPANY}`)).check();
    await pair.getByRole("button", { name: "Samenvoegen" }).click();
    await pages.wsp.waitForURL(/gedaan=samengevoegd/);
    await checkPage(pages.wsp, "register-samengevoegd-375-nojs");
    await pages.wsp.goto(entryUrl);
    const page = await main(pages.wsp);
    expect(page).toContain("Bert Oost");
    expect(page).toContain("3512");
  });

  it("the WSP sets the start-of-school-year check-in to this month and sends it; it goes out through the outbox", async () => {
    const month = new Intl.DateTimeFormat("nl-NL", { month: "long", timeZone: "Europe/Amsterdam" }).format(new Date());
    await pages.wsp.goto(`${e2e.app.url}/backoffice/werkgevers/instellingen`);
    await checkPage(pages.wsp, "register-instellingen-375-nojs");
    await pages.wsp.getByLabel("In welke maand vragen we naar het nieuwe schooljaar?").selectOption({ label: month });
    await pages.wsp.getByRole("button", { name: "Opslaan" }).click();
    await pages.wsp.waitForURL(/gedaan=opgeslagen/);
    await pages.wsp.getByRole("button", { name: "Check-ins nu versturen" }).click();
    await pages.wsp.waitForURL(/gedaan=verstuurd/);
    await expect(main(pages.wsp)).resolves.toMatch(/Aantal: [1-9]/);
  });

  it("the employer answers 'Ja, 2 plekken' through the link, without an account; a request is routed", async () => {
    const mail = await e2e.resend.waitForEmail((e) => e.to.includes(EMPLOYER) && e.subject.includes("plek voor een leerling"), 60_000);
    const link = /(http:\/\/[^\s"]+\/werkgever\/[A-Za-z0-9_-]{43})\?antwoord=plek/.exec(mail.text)?.[1];
    expect(link).toBeTruthy();
    const employer = await newPage();
    await employer.goto(`${new URL(new URL(link!).pathname, e2e.app.url).toString()}?antwoord=plek`);
    await checkPage(employer, "check-in-375-nojs");
    const since = e2e.resend.emails.length;
    const form = employer.locator("section#plek");
    await form.getByRole("button", { name: "Plek doorgeven" }).click();
    await expect(main(employer)).resolves.toContain("Vul in hoeveel plekken u heeft.");
    await checkPage(employer, "check-in-fout-375-nojs");
    await form.getByLabel("Hoeveel plekken heeft u?").fill("2");
    await form.getByLabel("Proefplaatsing").check();
    await form.getByLabel("Vanaf wanneer?").selectOption({ label: "Na de zomervakantie" });
    await form.getByRole("button", { name: "Plek doorgeven" }).click();
    // Sending the request routes it and queues its emails: on a busy two-core machine that takes a while.
    await employer.waitForURL(/gedaan=plek/, { timeout: 90_000 });
    await expect(main(employer)).resolves.toContain("We hebben uw plek doorgestuurd");
    await checkPage(employer, "check-in-bedankt-375-nojs");
    // Routed as usual: the confirmation to the employer and the email to the school.
    await e2e.resend.waitForEmail((e) => e.to.includes(EMPLOYER) && e.subject.includes("is ontvangen") && e2e.resend.emails.indexOf(e) >= since);
    await e2e.resend.waitForEmail((e) => e.subject.startsWith("Voor uw school") && e2e.resend.emails.indexOf(e) >= since);
  }, 240_000);

  it("the register shows the places and the answer, on a phone and on a wide screen", async () => {
    await pages.wsp.goto(entryUrl);
    const page = await main(pages.wsp);
    expect(page).toContain("2 × proefplaatsing");
    expect(page).toContain("Heeft weer plek: 2 × proefplaatsing");
    await checkPage(pages.wsp, "register-werkgever-plekken-375-nojs");
    await pages.wsp.goto(`${e2e.app.url}/backoffice/werkgevers?lijst=antwoorden`);
    await expect(main(pages.wsp)).resolves.toContain("Dit schooljaar 2 plekken");
    await checkPage(pages.wsp, "register-antwoorden-375-nojs");
    await pages.wsp.goto(`${e2e.app.url}/backoffice/werkgevers/cijfers`);
    await checkPage(pages.wsp, "register-cijfers-375-nojs");

    const wide = await newPage(1280);
    await wide.context().addCookies(await pages.wsp.context().cookies());
    await wide.goto(entryUrl);
    await checkPage(wide, "register-werkgever-1280-nojs");
    await wide.goto(`${e2e.app.url}/backoffice/werkgevers`);
    await checkPage(wide, "register-lijst-1280-nojs");
  });

  it("the WSP closes the new request as placed, with the day the placement ends; the register shows it", async () => {
    await pages.wsp.goto(entryUrl);
    // The newest request (the check-in's) is listed first.
    await pages.wsp.locator("section", { has: pages.wsp.getByRole("heading", { name: "Aanvragen" }) }).getByRole("link", { name: /^OP-/ }).first().click();
    await pages.wsp.waitForURL(/\/backoffice\/aanvragen\/OP-/);
    const statusForm = () => pages.wsp.locator("section", { has: pages.wsp.getByRole("heading", { name: "Status veranderen" }) });
    await statusForm().getByLabel("Nieuwe status").selectOption({ label: "In behandeling" });
    await statusForm().getByRole("button", { name: "Status opslaan" }).click();
    await pages.wsp.waitForURL(/gedaan=status/);
    await statusForm().getByLabel("Nieuwe status").selectOption({ label: "Geplaatst" });
    await statusForm().getByLabel(/Einde van de plaatsing/).fill("2001-01-31");
    await statusForm().getByRole("button", { name: "Status opslaan" }).click();
    await pages.wsp.getByText("Deze datum ligt voor de dag van de aanvraag.").first().waitFor();
    await checkPage(pages.wsp, "aanvraag-einde-plaatsing-fout-375-nojs");
    await statusForm().getByLabel("Nieuwe status").selectOption({ label: "Geplaatst" });
    await statusForm().getByLabel(/Einde van de plaatsing/).fill("2099-06-30");
    await statusForm().getByRole("button", { name: "Status opslaan" }).click();
    await pages.wsp.waitForURL(/gedaan=status/);
    await expect(main(pages.wsp)).resolves.toContain("De plaatsing duurt tot dinsdag 30 juni 2099.");
    await checkPage(pages.wsp, "aanvraag-geplaatst-375-nojs");
    await pages.wsp.goto(entryUrl);
    await expect(main(pages.wsp)).resolves.toMatch(/geplaatst tot dinsdag 30 juni 2099/);
  });
});
