/**
 * The other employer journeys on a phone-sized screen, with JavaScript on and off: a groepsstage,
 * a question, and afterwards the tracking page (message, withdraw) and "link kwijt?".
 */
import { describe, expect, it } from "vitest";
import { axeViolations, hasChromium, screenshot, waitForHydration } from "../support/browser";
import { linkIn, setUpE2e, usePhonePage } from "../support/e2e-environment";

const e2e = setUpE2e();

for (const javaScriptEnabled of [false, true]) {
  const mode = javaScriptEnabled ? "js" : "nojs";

  describe.skipIf(!hasChromium)(`employer journeys, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    const phone = usePhonePage(e2e, javaScriptEnabled);

    async function open(path: string) {
      await phone.page.goto(`${e2e.app.url}${path}`);
      if (javaScriptEnabled) await waitForHydration(phone.page);
    }

    it("requests a groepsstage, with the group size checked", async () => {
      const email = `groep+${mode}@example.org`;
      await open("/groepsstage");
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await phone.page.getByLabel("Naam van uw bedrijf").fill("Kwekerij De Kas");
      await phone.page.getByLabel("Sector").selectOption("groen");
      await phone.page.getByLabel("Postcode van de werkplek").fill("3511 AB");
      await phone.page.getByLabel("Welk werk kan de groep bij u doen?").fill("Planten verpotten.");
      await phone.page.getByLabel("Hoeveel leerlingen kunnen er komen?").fill("20");
      await phone.page.getByLabel("Op welke dagen en hoeveel weken?").fill("Elke dinsdag, 6 weken");
      await phone.page.getByLabel("Wanneer wilt u beginnen?").selectOption("na-de-zomer");
      await phone.page.getByLabel("Er is een plek voor de begeleider van school").check();
      await phone.page.getByLabel("Uw naam").fill("Fatima el Amrani");
      await phone.page.getByLabel("Uw e-mailadres").fill(email);
      await phone.page.getByLabel(/Ik geef toestemming/).check();
      await phone.page.getByRole("button", { name: "Aanvraag versturen" }).click();

      await phone.page.locator("#groepsstage-groupSize-error").waitFor({ state: "visible" });
      expect(await phone.page.locator("#groepsstage-groupSize-error").textContent()).toContain("hoogstens 12");
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await screenshot(phone.page, `groepsstage-fouten-375-${mode}`);

      await phone.page.getByLabel("Hoeveel leerlingen kunnen er komen?").fill("6");
      await phone.page.getByRole("button", { name: "Aanvraag versturen" }).click();
      await phone.page.getByRole("heading", { name: "Bedankt, uw aanvraag is ontvangen" }).waitFor();
      expect(await phone.page.locator("main").textContent()).toContain("Praktijkschool De Brug (demo)");
      await e2e.resend.waitForEmail((m) => m.to.includes(email) && m.subject.startsWith("Uw aanvraag is ontvangen"));
    });

    it("shows the school every fact of the groepsstage, on its page and in its email", async () => {
      const toSchool = await e2e.resend.waitForEmail(
        (m) =>
          m.to.includes("pro-de-brug-utrecht@example.org") &&
          m.subject.includes("groepsstage") &&
          m.text.includes(`groep+${mode}@example.org`),
      );
      expect(toSchool.text).toContain("een groep leerlingen een kans geven");
      await phone.page.goto(linkIn(toSchool.html, "/reactie/"));
      if (javaScriptEnabled) await waitForHydration(phone.page);
      expect(await phone.page.locator(".lead").textContent()).toContain("Een werkgever wil een groep leerlingen een kans geven.");
      const details = (await phone.page.locator("dl.details").textContent())!;
      for (const fact of ["Aantal leerlingen6", "Dagen en wekenElke dinsdag, 6 weken", "Wanneer beginnen", "Plek voor de begeleider van schoolJa"]) {
        expect(details).toContain(fact);
      }
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
    });

    it("asks a question about subsidies, which goes to the WSP", async () => {
      const email = `vraag+${mode}@example.org`;
      await open("/vraag?onderwerp=subsidies&toelichting=Wat%20levert%20LKV%20op%3F");
      expect(await phone.page.getByLabel("Onderwerp").inputValue()).toBe("subsidies");
      expect(await phone.page.getByLabel("Uw vraag").inputValue()).toBe("Wat levert LKV op?");
      // A question the WSP answers needs no company: with JavaScript that field is folded away
      // (decision 032); without it, filled in anyway, it does no harm.
      if (!javaScriptEnabled) await phone.page.getByLabel("Naam van uw bedrijf").fill("Garage Snel");
      await phone.page.getByLabel("Postcode van de werkplek").fill("1011 AB");
      await phone.page.getByLabel("Uw naam").fill("Piet Snel");
      await phone.page.getByLabel("Uw e-mailadres").fill(email);
      await phone.page.getByLabel(/Ik geef toestemming/).check();
      await phone.page.getByRole("button", { name: "Aanvraag versturen" }).click();
      await phone.page.getByRole("heading", { name: "Bedankt, uw aanvraag is ontvangen" }).waitFor();
      expect(await phone.page.locator("main").textContent()).toContain(
        "Uw aanvraag is doorgestuurd naar Werkgeversservicepunt Groot Amsterdam (demo).",
      );
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await screenshot(phone.page, `vraag-ontvangen-375-${mode}`);
      await e2e.resend.waitForEmail((m) => m.to.includes("wsp-groot-amsterdam@example.org") && m.subject.startsWith("Voor u"));
    });

    it("follows the request from the emailed link: message, then withdraw", async () => {
      const email = `groep+${mode}@example.org`;
      const confirmation = await e2e.resend.waitForEmail((m) => m.to.includes(email) && m.subject.startsWith("Uw aanvraag is ontvangen") && m.text.includes("een groepsstage"));
      await phone.page.goto(linkIn(confirmation.text, "/volgen/"));
      if (javaScriptEnabled) await waitForHydration(phone.page);
      // The link in an email about one request opens that request only.
      await expect(phone.page.locator("h1").textContent()).resolves.toBe("Uw aanvraag");
      expect(await phone.page.locator(".request-card h2", { hasText: /OP-/ }).count()).toBe(1);
      expect(await phone.page.locator(".timeline").first().textContent()).toContain("Wij hebben uw aanvraag ontvangen.");
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await screenshot(phone.page, `volgen-375-${mode}`);

      // An empty message is refused beside the field.
      await phone.page.getByRole("button", { name: "Bericht sturen" }).click();
      await phone.page.getByText("Schrijf uw bericht.").first().waitFor();
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);

      await phone.page.getByLabel(/Bericht aan/).fill("We hebben ook een kantine.");
      await phone.page.getByRole("button", { name: "Bericht sturen" }).click();
      await phone.page.getByText("Uw bericht is verstuurd.").waitFor();
      await e2e.resend.waitForEmail((m) => m.to.includes("pro-de-brug-utrecht@example.org") && m.text.includes("We hebben ook een kantine."));
      // The employer sees their own words in the timeline, and the box is empty for the next message.
      expect(await phone.page.locator(".timeline").first().textContent()).toContain("U stuurde dit bericht: “We hebben ook een kantine.”");
      expect(await phone.page.getByLabel(/Bericht aan/).inputValue()).toBe("");

      // A later mistake does not show the old "sent" message above the error.
      await phone.page.getByRole("button", { name: "Bericht sturen" }).click();
      await phone.page.getByText("Schrijf uw bericht.").first().waitFor();
      expect(await phone.page.getByText("Uw bericht is verstuurd.").count()).toBe(0);

      await phone.page.locator("summary", { hasText: "Aanvraag intrekken" }).click();
      await phone.page.getByLabel("Ja, ik wil deze aanvraag intrekken").check();
      await phone.page.getByRole("button", { name: "Intrekken" }).click();
      await phone.page.getByText("Uw aanvraag is ingetrokken.").waitFor();
      expect(await phone.page.locator(".request-card").first().textContent()).toContain("Ingetrokken");
      expect(await phone.page.getByRole("button", { name: "Bericht sturen" }).count()).toBe(0);
    });

    it("reaches all requests and their data only through the mailbox: export, a confirmed new address, erasure", async () => {
      const email = `vraag+${mode}@example.org`;
      const confirmation = await e2e.resend.waitForEmail((m) => m.to.includes(email) && m.subject.startsWith("Uw aanvraag is ontvangen"));
      await phone.page.goto(linkIn(confirmation.text, "/volgen/"));
      const since = e2e.resend.emails.length;
      await phone.page.getByRole("button", { name: "Stuur mij die link" }).click();
      await phone.page.getByText("We hebben een link gestuurd").waitFor();
      const mailed = await e2e.resend.waitForEmail((m) => m.to.includes(email) && m.subject.startsWith("Uw link") && e2e.resend.emails.indexOf(m) >= since);
      await phone.page.goto(linkIn(mailed.text, "/volgen/"));
      if (javaScriptEnabled) await waitForHydration(phone.page);
      await expect(phone.page.locator("h1").textContent()).resolves.toBe("Uw aanvragen");
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);

      await phone.page.getByRole("link", { name: "Bekijk al uw gegevens" }).click();
      await phone.page.getByRole("heading", { name: "Uw gegevens bij Opstap" }).waitFor();
      expect(await phone.page.locator("main").textContent()).toContain(email);
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await screenshot(phone.page, `gegevens-375-${mode}`);
      await phone.page.goBack();

      // A new address only counts once its mailbox confirms; the old address hears of it.
      const newEmail = `nieuw+${mode}@example.org`;
      await phone.page.getByLabel("Uw e-mailadres").fill(newEmail);
      await phone.page.getByRole("button", { name: "Gegevens opslaan" }).click();
      await phone.page.getByText("We hebben een e-mail gestuurd naar het nieuwe e-mailadres").waitFor();
      await e2e.resend.waitForEmail((m) => m.to.includes(email) && m.subject.startsWith("Iemand wil uw e-mailadres"));
      const confirm = await e2e.resend.waitForEmail((m) => m.to.includes(newEmail) && m.subject.startsWith("Bevestig"));
      await phone.page.goto(linkIn(confirm.text, "/volgen/adres/"));
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await phone.page.getByRole("button", { name: "Ja, gebruik dit e-mailadres" }).click();
      await phone.page.getByRole("heading", { name: "Uw nieuwe e-mailadres is bevestigd" }).waitFor();
      const fresh = await e2e.resend.waitForEmail((m) => m.to.includes(newEmail) && m.subject.startsWith("Uw link"));

      await phone.page.goto(linkIn(fresh.text, "/volgen/"));
      await phone.page.locator("summary", { hasText: "Al mijn gegevens laten wissen" }).click();
      await phone.page.getByRole("button", { name: "Gegevens wissen" }).click();
      await phone.page.getByText("Zet een vinkje als u echt al uw gegevens wilt laten wissen.").first().waitFor();
      if (!(await phone.page.getByLabel("Ja, wis al mijn gegevens").isVisible())) {
        await phone.page.locator("summary", { hasText: "Al mijn gegevens laten wissen" }).click();
      }
      await phone.page.getByLabel("Ja, wis al mijn gegevens").check();
      await phone.page.getByRole("button", { name: "Gegevens wissen" }).click();
      await phone.page.getByRole("heading", { name: "Uw gegevens zijn gewist" }).waitFor();
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      const gone = await fetch(linkIn(fresh.text, "/volgen/"));
      expect(gone.status).toBe(404);
    });

    it("sends a new link when it is lost, and says the same for an unknown address", async () => {
      await open("/volgen");
      expect(await axeViolations(phone.page, { javaScriptEnabled })).toEqual([]);
      await phone.page.getByLabel("Uw e-mailadres").fill(`vraag+${mode}@example.org`);
      await phone.page.getByRole("button", { name: "Stuur mij een nieuwe link" }).click();
      const known = await phone.page.getByRole("status").textContent();
      await e2e.resend.waitForEmail((m) => m.to.includes(`vraag+${mode}@example.org`) && m.subject.startsWith("Uw link"));

      await open("/volgen");
      await phone.page.getByLabel("Uw e-mailadres").fill(`niemand+${mode}@example.org`);
      await phone.page.getByRole("button", { name: "Stuur mij een nieuwe link" }).click();
      expect(await phone.page.getByRole("status").textContent()).toBe(known);
    });
  });
}

describe.skipIf(!hasChromium)("privacy, accessibility, contact and about", () => {
  const phone = usePhonePage(e2e, false);
  it.each(["/privacy", "/toegankelijkheid", "/contact", "/over"])("%s exists, shows who runs Opstap and passes axe", async (path) => {
    await phone.page.goto(`${e2e.app.url}/`);
    await phone.page.locator("footer").getByRole("link", { name: { "/privacy": "Privacyverklaring", "/toegankelijkheid": "Toegankelijkheid", "/contact": "Contact", "/over": "Over Opstap" }[path]! }).click();
    await phone.page.waitForURL(new RegExp(`${path}$`));
    const text = (await phone.page.locator("main").textContent())!;
    expect(text).toContain("Stichting Opstap Voorbeeldregio");
    expect(await axeViolations(phone.page, { javaScriptEnabled: false })).toEqual([]);
    await screenshot(phone.page, `${path.slice(1)}-375`);
  });

  it("the privacy statement names the rights, the Autoriteit Persoonsgegevens and the retention periods", async () => {
    await phone.page.goto(`${e2e.app.url}/privacy`);
    const text = (await phone.page.locator("main").textContent())!;
    for (const fact of ["Autoriteit Persoonsgegevens", "functionaris gegevensbescherming", "2 jaar", "30 dagen", "werkgeversservicepunt"]) {
      expect(text).toContain(fact);
    }
  });
});

describe.skipIf(!hasChromium)("a tracking link that does not exist", () => {
  it("answers 404, with a title", async () => {
    const response = await fetch(`${e2e.app.url}/volgen/${"x".repeat(43)}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("<title>Pagina niet gevonden – Opstap</title>");
  });

  it("gives any unknown address a titled 404 page", async () => {
    const response = await fetch(`${e2e.app.url}/bestaat/niet`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("<title>Pagina niet gevonden – Opstap</title>");
  });
});
