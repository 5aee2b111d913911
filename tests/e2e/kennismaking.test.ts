/**
 * The kennismaking as an appointment, in the browser with JavaScript off at 375 px (and the same
 * pages with JavaScript on and at 1280 px for axe and the screenshots): a school coordinator sets
 * the phone number employers see, takes a request on and plans the kennismaking on the request
 * page (first without filling it in: the errors show beside the fields). The employer's and the
 * school's emails arrive at the fake Resend with an .ics invite that parses with ical.js and holds
 * the date, the time, the place and the UID; the "zet in mijn agenda" link gives the same event;
 * the employer's page shows the appointment. Moving sends the same UID with a higher SEQUENCE,
 * cancelling sends a CANCEL of it. Every page and every email passes axe.
 */
import ICAL from "ical.js";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { amsterdamDateAndTime } from "~/domain/introduction";
import { enterCode, inviteLinkFor, signIn } from "../support/back-office";
import { axeViolations, checkBothWidths, hasChromium, screenshot, waitForHydration } from "../support/browser";
import { setUpE2e } from "../support/e2e-environment";
import type { ReceivedEmail } from "../support/fake-resend";
import { fillProefplaatsing } from "../support/employer-forms";

const e2e = setUpE2e();
const ADMIN = "beheer@opstap.example.org";
const COORDINATOR = { name: "Fatima de Vries", email: "fatima@debrug.example.org" };
const EMPLOYER = "bakkerij-kennismaking@example.org";
const PLACE = "Praktijkschool De Brug (demo), Schoolstraat 1, Utrecht";

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function newPage(width: number, javaScriptEnabled = false): Promise<Page> {
  // Dutch, as the people using it (Accept-Language, navigator.language). Headless Chromium still
  // draws the empty date field as mm/dd/yyyy: that follows the browser's own language, not this.
  const context = await e2e.browser.newContext({ javaScriptEnabled, viewport: { width, height: 800 }, locale: "nl-NL" });
  contexts.push(context);
  return context.newPage();
}

const section = (page: Page, heading: string) =>
  page.locator("section", { has: page.getByRole("heading", { name: heading, exact: true }) }).last();

/** A weekday about three weeks ahead, as the date field takes it. */
function dayAhead(): string {
  const day = new Date(Date.now() + 21 * 24 * 3600_000);
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** The invite as any calendar reads it: parsed by ical.js itself, not by the app's own helper. */
function readInvite(mail: ReceivedEmail) {
  expect(mail.attachments, `bijlagen bij "${mail.subject}"`).toHaveLength(1);
  const [file] = mail.attachments;
  expect(file?.filename).toBe("kennismaking.ics");
  const calendar = new ICAL.Component(ICAL.parse(file?.content ?? ""));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error(`Geen VEVENT in de bijlage van "${mail.subject}"`);
  const event = new ICAL.Event(vevent);
  return {
    contentType: file?.contentType,
    method: String(calendar.getFirstPropertyValue("method")),
    uid: event.uid,
    sequence: event.sequence,
    status: String(vevent.getFirstPropertyValue("status")),
    startsAt: event.startDate.toJSDate(),
    endsAt: event.endDate.toJSDate(),
    location: event.location,
    description: event.description,
  };
}

/** An email as the reader sees it, at both widths. */
async function checkEmail(mail: ReceivedEmail, name: string) {
  // Emails have no scripts of their own; axe needs JavaScript in the page it runs in.
  const view = await newPage(375, true);
  await view.setContent(mail.html);
  await checkBothWidths(view, name, true, "");
  await view.context().close();
}


describe.skipIf(!hasChromium)("the kennismaking as an appointment", () => {
  let reference = "";
  let coordinator: Page;
  let trackingLink = "";
  let uid = "";
  const date = dayAhead();
  const sentTo = (address: string, subjectStart: string) => (e: ReceivedEmail) =>
    e.to.includes(address) && e.subject.startsWith(subjectStart) && e.subject.includes(reference);

  it("an employer sends a proefplaatsing in Utrecht; a coordinator of De Brug joins and sets the number employers see", async () => {
    const employer = await newPage(375);
    await employer.goto(`${e2e.app.url}/proefplaatsing`);
    await fillProefplaatsing(employer, { email: EMPLOYER, companyName: "Bakkerij De Kennismaking", sector: "detailhandel" });
    await employer.getByRole("button", { name: /versturen/ }).click();
    await employer.waitForURL(/\/aanvraag\/ontvangen/);
    reference = ((await employer.locator(".reference").textContent()) ?? "").trim();
    expect(reference).toMatch(/^OP-\d{4}-\d{6}$/);

    const admin = await newPage(375);
    await signIn(admin, e2e, ADMIN);
    await admin.goto(`${e2e.app.url}/backoffice/beheer/mensen`);
    const invite = section(admin, "Iemand uitnodigen");
    await invite.getByLabel("Naam").fill(COORDINATOR.name);
    await invite.getByLabel("E-mailadres").fill(COORDINATOR.email);
    await invite.getByLabel("Rol").selectOption({ label: "Coördinator school" });
    await invite.getByLabel("Organisatie").selectOption({ label: "Praktijkschool De Brug (demo)" });
    await invite.getByRole("button", { name: "Uitnodiging versturen" }).click();
    await admin.waitForLoadState();

    coordinator = await newPage(375);
    const since = e2e.resend.emails.length;
    await coordinator.goto(await inviteLinkFor(e2e, COORDINATOR.email));
    await coordinator.getByRole("button", { name: "Uitnodiging aannemen" }).click();
    await coordinator.waitForURL(/\/inloggen\/code/);
    await enterCode(coordinator, e2e, COORDINATOR.email, since);

    await coordinator.goto(`${e2e.app.url}/backoffice/account`);
    await coordinator.getByLabel("Telefoonnummer").fill("06 1234 567");
    await coordinator.locator("form#contactgegevens").getByRole("button", { name: "Opslaan" }).click();
    await expect(coordinator.locator("#contactgegevens-contactPhone-error").textContent()).resolves.toContain("Vul een Nederlands telefoonnummer in");
    expect(await axeViolations(coordinator, { javaScriptEnabled: false })).toEqual([]);
    await screenshot(coordinator, "account-contact-fout-375-nojs");
    await coordinator.getByLabel("Telefoonnummer").fill("06 12345678");
    await coordinator.getByLabel("E-mailadres voor werkgevers").fill("f.devries@debrug.example.org");
    await coordinator.locator("form#contactgegevens").getByRole("button", { name: "Opslaan" }).click();
    await coordinator.waitForURL(/gedaan=contactgegevens/);
    expect(await axeViolations(coordinator, { javaScriptEnabled: false })).toEqual([]);
  });

  it("the coordinator takes the request on; the employer's email names her, with her number and a reply-to", async () => {
    await coordinator.goto(`${e2e.app.url}/backoffice/aanvragen/${reference}`);
    await coordinator.getByRole("button", { name: "Ja, wij pakken deze aanvraag op" }).click();
    await coordinator.waitForURL(/gedaan=accepteren/);
    const news = await e2e.resend.waitForEmail((e) => e.to.includes(EMPLOYER) && e.subject.includes(reference) && e.text.includes("pakt uw aanvraag op"));
    expect(news.text).toContain("Fatima de Vries, Praktijkschool De Brug (demo)");
    expect(news.text).toContain("06 12345678");
    expect(news.replyTo).toEqual(["f.devries@debrug.example.org"]);
  });

  it("plans the kennismaking: errors beside the fields first, then the appointment", async () => {
    await coordinator.goto(`${e2e.app.url}/backoffice/aanvragen/${reference}`);
    const form = () => section(coordinator, "Kennismaking plannen");
    await form().getByLabel("Met wie spreekt de werkgever?").fill("");
    await form().getByRole("button", { name: "Kennismaking plannen" }).click();
    await coordinator.locator("#kennismaking-startTime-error").waitFor({ state: "visible" });
    await expect(coordinator.locator("#kennismaking-introductionOn-error").textContent()).resolves.toBeTruthy();
    await expect(coordinator.locator("#kennismaking-meetWith-error").textContent()).resolves.toContain("Vul in met wie de werkgever spreekt.");
    expect(await axeViolations(coordinator, { javaScriptEnabled: false })).toEqual([]);
    await screenshot(coordinator, "kennismaking-fout-375-nojs");

    await form().getByLabel("Datum", { exact: true }).fill(date);
    await form().getByLabel("Begintijd").fill("14.00");
    await form().getByLabel("Op school").check();
    await form().getByLabel("Adres", { exact: true }).fill("Schoolstraat 1, Utrecht");
    await form().getByLabel("Met wie spreekt de werkgever?").fill("Fatima de Vries");
    await screenshot(coordinator, "kennismaking-formulier-375-nojs");
    await form().getByRole("button", { name: "Kennismaking plannen" }).click();
    await coordinator.waitForURL(/gedaan=kennismaking/);
    const main = (await coordinator.locator("main").textContent()) ?? "";
    expect(main).toContain(`om 14.00 uur, op school (${PLACE}). De werkgever spreekt met Fatima de Vries.`);
    await checkBothWidths(coordinator, "kennismaking-gepland", false);

    // The same page with JavaScript on, in a context with the coordinator's cookies.
    const scripted = await newPage(375, true);
    await scripted.context().addCookies(await coordinator.context().cookies());
    await scripted.goto(`${e2e.app.url}/backoffice/aanvragen/${reference}`);
    await waitForHydration(scripted);
    await expect(scripted.locator("main").textContent()).resolves.toContain("De werkgever spreekt met Fatima de Vries.");
    await checkBothWidths(scripted, "kennismaking-gepland", true);
    await scripted.context().close();
  });

  it("the employer's email carries an invite that parses with ical.js and holds the date, time, place and UID", async () => {
    const mail = await e2e.resend.waitForEmail(sentTo(EMPLOYER, "Kennismaking op"));
    expect(mail.replyTo).toEqual(["f.devries@debrug.example.org"]);
    const invite = readInvite(mail);
    expect(invite).toMatchObject({
      contentType: "text/calendar; charset=utf-8; method=REQUEST",
      method: "REQUEST",
      sequence: 0,
      status: "CONFIRMED",
      location: PLACE,
    });
    expect(invite.uid).toMatch(/^kennismaking-[0-9a-f-]{36}@/);
    expect(amsterdamDateAndTime(invite.startsAt)).toEqual({ date, time: "14:00" });
    expect(invite.endsAt.getTime() - invite.startsAt.getTime()).toBe(60 * 60_000);
    expect(invite.description).toContain("U spreekt met Fatima de Vries.");
    uid = invite.uid;

    const text = mail.text;
    expect(text).toContain("om 14.00 uur");
    expect(text).toContain(`Op school (${PLACE})`);
    expect(text).toContain("06 12345678");
    await checkEmail(mail, "kennismaking-email");

    // "Zet in mijn agenda": the same event, behind the employer's own link; a changed link opens nothing.
    const calendarLink = /href="(http:\/\/[^"]+\/kennismaking\.ics)"/.exec(mail.html)?.[1] ?? "";
    expect(calendarLink, "link 'zet in mijn agenda' in de e-mail").not.toBe("");
    const download = await fetch(calendarLink);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toContain("text/calendar");
    expect(download.headers.get("cache-control")).toContain("no-store");
    const published = new ICAL.Event(new ICAL.Component(ICAL.parse(await download.text())).getFirstSubcomponent("vevent")!);
    expect({ uid: published.uid, sequence: published.sequence, startsAt: published.startDate.toJSDate(), location: published.location }).toEqual({
      uid,
      sequence: 0,
      startsAt: invite.startsAt,
      location: PLACE,
    });
    const forged = calendarLink.replace(/\/volgen\/[^/]+\//, "/volgen/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ/");
    expect((await fetch(forged)).status).toBe(404);

    const requestLinks = [...mail.html.matchAll(/href="(http:\/\/[^"]+\/volgen\/[^"]+\?aanvraag=[^"]+)"/g)].map((m) => m[1]!);
    expect(requestLinks, "link naar de aanvraag in de e-mail").not.toEqual([]);
    trackingLink = requestLinks[0]!.replace(/&amp;/g, "&");
  });

  it("the school's email carries the same event for the planner's own calendar", async () => {
    const mail = await e2e.resend.waitForEmail(sentTo(COORDINATOR.email, "Kennismaking op"));
    expect(mail.subject).toContain("Bakkerij De Kennismaking");
    const invite = readInvite(mail);
    expect(invite).toMatchObject({ method: "REQUEST", uid, sequence: 0, location: PLACE });
    expect(amsterdamDateAndTime(invite.startsAt)).toEqual({ date, time: "14:00" });
    expect(mail.text).toContain("Sanne de Vries");
    await checkEmail(mail, "kennismaking-email-school");
  });

  it("the employer's page shows the appointment, with JavaScript on and off", async () => {
    for (const javaScriptEnabled of [false, true]) {
      const page = await newPage(375, javaScriptEnabled);
      await page.goto(trackingLink);
      if (javaScriptEnabled) await waitForHydration(page);
      const appointment = page.locator(".appointment");
      await expect(appointment.textContent()).resolves.toContain(`om 14.00 uur (ongeveer een uur)Waar`);
      await expect(appointment.textContent()).resolves.toContain(`Op school (${PLACE})U spreekt metFatima de Vries`);
      await checkBothWidths(page, "kennismaking-volgen", javaScriptEnabled);
      if (!javaScriptEnabled) {
        // "Zet de afspraak in uw agenda" on the page: the same event as the invite.
        const href = await appointment.getByRole("link", { name: "Zet de afspraak in uw agenda" }).getAttribute("href");
        const file = await fetch(new URL(href ?? "", trackingLink));
        expect(file.status).toBe(200);
        expect(new ICAL.Event(new ICAL.Component(ICAL.parse(await file.text())).getFirstSubcomponent("vevent")!).uid).toBe(uid);
      }
      await page.context().close();
    }
  });

  it("moving it sends the same event with a higher sequence, to the employer and the school", async () => {
    const form = section(coordinator, "Kennismaking verzetten");
    await form.getByLabel("Begintijd").fill("15:30");
    await form.getByRole("button", { name: "Nieuwe afspraak opslaan" }).click();
    await coordinator.waitForURL(/gedaan=kennismaking/);
    for (const address of [EMPLOYER, COORDINATOR.email]) {
      const moved = readInvite(await e2e.resend.waitForEmail(sentTo(address, "Kennismaking verzet")));
      expect(moved, address).toMatchObject({ method: "REQUEST", uid, sequence: 1, location: PLACE });
      expect(amsterdamDateAndTime(moved.startsAt)).toEqual({ date, time: "15:30" });
    }
  });

  it("cancelling sends a cancel of the same event, with a still higher sequence", async () => {
    const form = section(coordinator, "Kennismaking afzeggen");
    await form.getByLabel("Bericht voor de werkgever").fill("Onze collega is ziek. Wij bellen u voor een nieuwe afspraak.");
    await form.getByRole("button", { name: "Kennismaking afzeggen" }).click();
    await coordinator.waitForURL(/gedaan=kennismaking_afzeggen/);
    expect(await axeViolations(coordinator, { javaScriptEnabled: false })).toEqual([]);

    const mail = await e2e.resend.waitForEmail(sentTo(EMPLOYER, "Kennismaking van"));
    expect(mail.subject).toContain("gaat niet door");
    expect(mail.text).toContain("Onze collega is ziek.");
    expect(mail.html).not.toContain("kennismaking.ics");
    const cancel = readInvite(mail);
    expect(cancel).toMatchObject({ contentType: "text/calendar; charset=utf-8; method=CANCEL", method: "CANCEL", status: "CANCELLED", uid, sequence: 2 });
    await checkEmail(mail, "kennismaking-afgezegd-email");
    const own = readInvite(await e2e.resend.waitForEmail(sentTo(COORDINATOR.email, "Kennismaking van")));
    expect(own).toMatchObject({ method: "CANCEL", uid, sequence: 2 });
  });
});
