/**
 * The access matrix: every back-office route and action, called as it is served (the route's own
 * loader and action with a real session cookie), by each kind of person. A person of another
 * organisation gets 404, a person of the right one gets the page or the change, and an anonymous
 * visitor is sent to sign in. Runs on PGlite and, in CI, on PostgreSQL.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import { eq, isNull } from "drizzle-orm";
import { database, schema } from "~/lib/db.server";
import { placesForPostcode } from "~/models/places.server";
import { acceptRequest } from "~/models/request-work.server";
import { submitRequest } from "~/models/requests.server";
import * as account from "~/routes/backoffice.account";
import * as requestRoute from "~/routes/backoffice.aanvragen.$reference";
import * as figures from "~/routes/backoffice.cijfers";
import * as schools from "~/routes/backoffice.scholen";
import * as exportRoute from "~/routes/backoffice.export";
import * as inbox from "~/routes/backoffice._index";
import * as layout from "~/routes/backoffice";
import * as adminIndex from "~/routes/backoffice.beheer._index";
import * as adminImport from "~/routes/backoffice.beheer.import";
import * as adminImportExample from "~/routes/backoffice.beheer.import.voorbeeld";
import * as adminLog from "~/routes/backoffice.beheer.logboek";
import * as adminPeople from "~/routes/backoffice.beheer.mensen";
import * as adminOrganisation from "~/routes/backoffice.beheer.organisaties.$id";
import * as adminOrganisations from "~/routes/backoffice.beheer.organisaties._index";
import * as adminNewOrganisation from "~/routes/backoffice.beheer.organisaties.nieuw";
import * as adminOutbox from "~/routes/backoffice.beheer.outbox";
import * as adminInstallation from "~/routes/backoffice.beheer.installatie";
import * as adminEmployers from "~/routes/backoffice.beheer.werkgevers";
import * as adminEmployerExport from "~/routes/backoffice.beheer.werkgevers.$id[.]json";
import * as register from "~/routes/backoffice.werkgevers._index";
import * as registerEntry from "~/routes/backoffice.werkgevers.$id";
import * as registerNew from "~/routes/backoffice.werkgevers.nieuw";
import * as registerExport from "~/routes/backoffice.werkgevers.export";
import * as registerDuplicates from "~/routes/backoffice.werkgevers.dubbel";
import * as registerSettings from "~/routes/backoffice.werkgevers.instellingen";
import * as registerImport from "~/routes/backoffice.werkgevers.import";
import * as registerFigures from "~/routes/backoffice.werkgevers.cijfers";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { createStaff, getRequest, postRequest, type TestStaff } from "../support/staff";

/**
 * Every back-office route file and the module this matrix runs. A new route file that is not here
 * fails the test below, so no back-office page can skip the matrix.
 */
const COVERED_ROUTES = new Map<string, unknown>([
  ["backoffice.account", account],
  ["backoffice.aanvragen.$reference", requestRoute],
  ["backoffice.cijfers", figures],
  ["backoffice.scholen", schools],
  ["backoffice.export", exportRoute],
  ["backoffice._index", inbox],
  ["backoffice", layout],
  ["backoffice.beheer._index", adminIndex],
  ["backoffice.beheer.import", adminImport],
  ["backoffice.beheer.import.voorbeeld", adminImportExample],
  ["backoffice.beheer.logboek", adminLog],
  ["backoffice.beheer.mensen", adminPeople],
  ["backoffice.beheer.organisaties.$id", adminOrganisation],
  ["backoffice.beheer.organisaties._index", adminOrganisations],
  ["backoffice.beheer.organisaties.nieuw", adminNewOrganisation],
  ["backoffice.beheer.outbox", adminOutbox],
  ["backoffice.beheer.installatie", adminInstallation],
  ["backoffice.beheer.werkgevers", adminEmployers],
  ["backoffice.beheer.werkgevers.$id[.]json", adminEmployerExport],
  ["backoffice.werkgevers._index", register],
  ["backoffice.werkgevers.$id", registerEntry],
  ["backoffice.werkgevers.nieuw", registerNew],
  ["backoffice.werkgevers.export", registerExport],
  ["backoffice.werkgevers.dubbel", registerDuplicates],
  ["backoffice.werkgevers.instellingen", registerSettings],
  ["backoffice.werkgevers.import", registerImport],
  ["backoffice.werkgevers.cijfers", registerFigures],
]);

const db = database();

const PEOPLE = ["anoniem", "beheerder", "wsp", "school", "wspElders", "schoolElders"] as const;
type Person = (typeof PEOPLE)[number];

// The request below is routed to De Brug (Utrecht, detailhandel), in the region of WSP Midden-Utrecht.
// "Elders": the WSP of another region, and a school of the same region that never had the request.
const staff: Record<Exclude<Person, "anoniem">, TestStaff> = {
  beheerder: await createStaff(db, "admin", null),
  wsp: await createStaff(db, "wsp", "wsp-midden-utrecht"),
  school: await createStaff(db, "school", "pro-de-brug-utrecht"),
  wspElders: await createStaff(db, "wsp", "wsp-groot-amsterdam"),
  schoolElders: await createStaff(db, "school", "vso-het-anker-zeist"),
};
const who = (person: Person) => (person === "anoniem" ? null : staff[person]);

async function newRequest(): Promise<string> {
  const [place] = await placesForPostcode(db, "3511");
  const result = await submitRequest(db, proefplaatsingRequest({ email: `matrix-${crypto.randomUUID().slice(0, 8)}@example.org` }), place!);
  return result.reference;
}

type Outcome = { kind: "ok"; status: number; body: string } | { kind: "login" } | { kind: "status"; status: number; location?: string | null };

/** Runs a loader or action and says what the browser would get. */
async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  let value: unknown;
  try {
    value = await run();
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    value = thrown;
  }
  if (value instanceof Response) {
    const location = value.headers.get("Location");
    if (location?.startsWith("/inloggen")) return { kind: "login" };
    if (value.status >= 300 && value.status < 400) return { kind: "ok", status: value.status, body: location ?? "" };
    if (value.status >= 400) return { kind: "status", status: value.status };
    return { kind: "ok", status: value.status, body: await value.text() };
  }
  // `data(value, init)` from an action or loader, or a plain object.
  const wrapped = value as { type?: string; data?: unknown; init?: { status?: number } | null };
  if (wrapped && wrapped.type === "DataWithResponseInit") {
    const status = wrapped.init?.status ?? 200;
    return status >= 400 ? { kind: "status", status } : { kind: "ok", status, body: JSON.stringify(wrapped.data) };
  }
  return { kind: "ok", status: 200, body: JSON.stringify(value) };
}

const context = { clientIp: "127.0.0.1", cspNonce: "" };

function load(module: { loader: (args: LoaderFunctionArgs) => Promise<unknown> }, path: string, params: Record<string, string> = {}) {
  return (person: Person) => outcomeOf(() => module.loader({ request: getRequest(path, who(person)), params, context }));
}

function act(
  module: { action: (args: ActionFunctionArgs) => Promise<unknown> },
  path: string,
  form: Record<string, string>,
  params: Record<string, string> = {},
) {
  return (person: Person) => outcomeOf(() => module.action({ request: postRequest(path, form, who(person)), params, context }));
}

// De Brug takes every request here: without this its capacity fills up and routing moves on to Het Anker.
await db.update(schema.organisations).set({ capacityPerSchoolYear: 100_000 }).where(eq(schema.organisations.slug, "pro-de-brug-utrecht"));
const shownReference = await newRequest();
const [ankerId] = (
  await db.select({ id: schema.organisations.id }).from(schema.organisations).where(eq(schema.organisations.slug, "vso-het-anker-zeist"))
).map((r) => r.id);

describe("pages every signed-in person has, showing only their own data", () => {
  const reference = shownReference;
  const seesRequest: Record<Person, boolean> = {
    anoniem: false,
    beheerder: true,
    wsp: true,
    school: true,
    wspElders: false,
    schoolElders: false,
  };

  const pages = [
    ["backoffice (layout)", load(layout, "/backoffice")],
    ["inbox", load(inbox, "/backoffice?status=alle")],
    ["inbox, searched by reference", load(inbox, `/backoffice?status=alle&zoek=${reference}`)],
    ["export", load(exportRoute, "/backoffice/export?status=alle")],
    ["figures", load(figures, "/backoffice/cijfers")],
    ["schools", load(schools, "/backoffice/scholen")],
    ["account", load(account, "/backoffice/account")],
  ] as const;

  for (const [name, run] of pages) {
    it.each(PEOPLE)(`${name} as %s`, async (person) => {
      const outcome = await run(person);
      if (person === "anoniem") {
        expect(outcome).toEqual({ kind: "login" });
        return;
      }
      expect(outcome.kind).toBe("ok");
      const body = (outcome as { body: string }).body;
      if (name.startsWith("inbox")) {
        const rows = (JSON.parse(body) as { rows: Array<{ reference: string }> }).rows;
        expect(rows.some((row) => row.reference === reference)).toBe(seesRequest[person]);
      }
      if (name === "export") expect(body.includes(reference)).toBe(seesRequest[person]);
    });
  }

  it.each(PEOPLE)("schools as %s: a WSP its region's, a school only itself", async (person) => {
    const outcome = await load(schools, "/backoffice/scholen")(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    const names = (JSON.parse((outcome as { body: string }).body) as { schools: Array<{ name: string }> }).schools.map((x) => x.name);
    const expected: Record<Exclude<Person, "anoniem">, (list: string[]) => void> = {
      beheerder: (list) => expect(list).toEqual(expect.arrayContaining(["Praktijkschool De Brug (demo)", "Praktijkschool Noorderlicht (demo)"])),
      wsp: (list) => expect(list.sort()).toEqual(["Praktijkschool De Brug (demo)", "VSO Het Anker (demo)"]),
      school: (list) => expect(list).toEqual(["Praktijkschool De Brug (demo)"]),
      wspElders: (list) => expect(list.sort()).toEqual(["Praktijkschool Noorderlicht (demo)", "VSO De Sprong (demo)"]),
      schoolElders: (list) => expect(list).toEqual(["VSO Het Anker (demo)"]),
    };
    expected[person](names);
  });

  it.each(PEOPLE)("account settings change as %s", async (person) => {
    const outcome = await act(account, "/backoffice/account", { intent: "dagoverzicht", digest: "uit" })(person);
    expect(outcome).toEqual(person === "anoniem" ? { kind: "login" } : { kind: "ok", status: 302, body: "/backoffice/account?opgeslagen" });
  });
});

describe("one request: its page and every action on it", () => {
  const outsiders: Person[] = ["wspElders", "schoolElders"];

  /** Each case gets a fresh request (actions change it), prepared as the case needs. */
  const cases: Array<{
    name: string;
    form?: Record<string, string>;
    prepare?: (reference: string) => Promise<void>;
    /** Who may see the request but may not take this step: their form gets a Dutch error (400). */
    refused?: Person[];
  }> = [
    { name: "page" },
    { name: "notitie", form: { intent: "notitie", text: "Gebeld, terugbellen morgen." } },
    { name: "contact", form: { intent: "contact", channel: "gebeld", text: "Kennismaking besproken." } },
    { name: "eigenaar", form: { intent: "eigenaar", ownerId: "mijzelf" } },
    {
      name: "status",
      form: { intent: "status", status: "geen_match", reason: "werkgever-afgehaakt" },
      // A school changes the status once it took the request on.
      prepare: schoolAccepts,
    },
    { name: "antwoord", form: { intent: "antwoord", message: "Wij bellen u deze week." } },
    { name: "accepteren", form: { intent: "accepteren" }, refused: ["beheerder", "wsp"] },
    { name: "afwijzen", form: { intent: "afwijzen", reason: "geen-plek" }, refused: ["beheerder", "wsp"] },
    {
      name: "teruggeven",
      form: { intent: "teruggeven", reason: "Geen begeleider vrij." },
      prepare: schoolAccepts,
      refused: ["beheerder", "wsp"],
    },
    { name: "doorsturen", form: { intent: "doorsturen", schoolId: "", message: "Past beter bij jullie." }, refused: ["school"] },
  ];

  async function schoolAccepts(reference: string) {
    expect(await acceptRequest(db, staff.school.member, reference, {})).toEqual({ ok: true });
  }

  for (const testCase of cases) {
    it.each(PEOPLE)(`${testCase.name} as %s`, async (person) => {
      const reference = await newRequest();
      await testCase.prepare?.(reference);
      const path = `/backoffice/aanvragen/${reference}`;
      const params = { reference };
      let form = testCase.form;
      if (form?.intent === "doorsturen") form = { ...form, schoolId: ankerId! };
      // Everyone who may change the owner makes themselves the owner.
      if (form?.ownerId === "mijzelf") form = { ...form, ownerId: person === "anoniem" ? crypto.randomUUID() : staff[person].member.id };
      const outcome = form ? await act(requestRoute, path, form, params)(person) : await load(requestRoute, path, params)(person);

      if (person === "anoniem") expect(outcome).toEqual({ kind: "login" });
      else if (outsiders.includes(person)) expect(outcome).toEqual({ kind: "status", status: 404 });
      else if (testCase.refused?.includes(person)) expect(outcome).toEqual({ kind: "status", status: 400 });
      else if (form) expect(outcome).toEqual({ kind: "ok", status: 302, body: `${path}?gedaan=${form.intent}#gedaan` });
      else {
        expect(outcome.kind).toBe("ok");
        expect((outcome as { body: string }).body).toContain(reference);
      }
    });
  }

  it("answers 404 for a reference that does not exist, to everyone signed in", async () => {
    for (const person of PEOPLE.filter((p) => p !== "anoniem")) {
      expect(await load(requestRoute, "/backoffice/aanvragen/OP-2026-999999", { reference: "OP-2026-999999" })(person)).toEqual({
        kind: "status",
        status: 404,
      });
    }
  });
});

describe("administration: only administrators, everyone else 404", () => {
  const brugId = async () =>
    (await db.select({ id: schema.organisations.id }).from(schema.organisations).where(eq(schema.organisations.slug, "pro-de-brug-utrecht")))[0]!.id;

  const steps: Array<[string, (person: Person) => Promise<Outcome>]> = [
    ["overview", load(adminIndex, "/backoffice/beheer")],
    ["organisations", load(adminOrganisations, "/backoffice/beheer/organisaties")],
    ["new organisation form", load(adminNewOrganisation, "/backoffice/beheer/organisaties/nieuw")],
    ["new organisation (empty form)", act(adminNewOrganisation, "/backoffice/beheer/organisaties/nieuw", { naam: "" })],
    ["one organisation", async (person) => load(adminOrganisation, `/backoffice/beheer/organisaties/${await brugId()}`, { id: await brugId() })(person)],
    [
      "pause and resume an organisation",
      async (person) => {
        const id = await brugId();
        const outcome = await act(adminOrganisation, `/backoffice/beheer/organisaties/${id}`, { intent: "pauzeren" }, { id })(person);
        await db.update(schema.organisations).set({ active: true }).where(eq(schema.organisations.id, id));
        return outcome;
      },
    ],
    ["people and invites", load(adminPeople, "/backoffice/beheer/mensen")],
    ["revoke an invite", act(adminPeople, "/backoffice/beheer/mensen", { intent: "intrekken", inviteId: crypto.randomUUID() })],
    ["import form", load(adminImport, "/backoffice/beheer/import")],
    ["import example file", load(adminImportExample, "/backoffice/beheer/import/voorbeeld")],
    ["outbox", load(adminOutbox, "/backoffice/beheer/outbox")],
    ["retry all failed emails", act(adminOutbox, "/backoffice/beheer/outbox", { intent: "alle-opnieuw" })],
    ["audit log", load(adminLog, "/backoffice/beheer/logboek")],
    ["who runs Opstap", load(adminInstallation, "/backoffice/beheer/installatie")],
    ["who runs Opstap (empty form)", act(adminInstallation, "/backoffice/beheer/installatie", { organisationName: "" })],
    ["find employers", load(adminEmployers, "/backoffice/beheer/werkgevers?zoek=bakkerij")],
    [
      "revoke an employer's links",
      async (person) => {
        await newRequest();
        const [employer] = await db.select({ id: schema.employers.id }).from(schema.employers).where(isNull(schema.employers.erasedAt)).limit(1);
        return act(adminEmployers, "/backoffice/beheer/werkgevers", { intent: "intrekken", employerId: employer!.id })(person);
      },
    ],
    ["erase an employer (not confirmed)", act(adminEmployers, "/backoffice/beheer/werkgevers", { intent: "wissen", employerId: crypto.randomUUID() })],
    [
      "export an employer",
      async (person) => {
        await newRequest();
        const [employer] = await db.select({ id: schema.employers.id }).from(schema.employers).where(isNull(schema.employers.erasedAt)).limit(1);
        const id = employer?.id ?? crypto.randomUUID();
        return load(adminEmployerExport, `/backoffice/beheer/werkgevers/${id}.json`, { id })(person);
      },
    ],
  ];

  for (const [name, run] of steps) {
    it.each(PEOPLE)(`${name} as %s`, async (person) => {
      const outcome = await run(person);
      if (person === "anoniem") expect(outcome).toEqual({ kind: "login" });
      else if (person === "beheerder") expect(outcome).not.toMatchObject({ kind: "status", status: 404 });
      else expect(outcome).toEqual({ kind: "status", status: 404 });
    });
  }

  it("lets the administrator upload nothing only with a clear message, never a 500", async () => {
    const form = new FormData();
    const request = new Request("http://localhost:3000/backoffice/beheer/import", {
      method: "POST",
      headers: { Origin: "http://localhost:3000", Cookie: staff.beheerder.cookie },
      body: form,
    });
    const outcome = await outcomeOf(() => adminImport.action({ request, params: {}, context }));
    expect(outcome).toEqual({ kind: "status", status: 400 });
  });
});

describe("the employer register: the region shares it, private notes stay private, nothing crosses regions", () => {
  // The shown request's employer is in the register of Midden-Utrecht: the WSP there, De Brug and
  // Het Anker ("schoolElders" is another school of the same region) see it; Groot Amsterdam does not.
  const seesRegion: Record<Person, boolean> = { anoniem: false, beheerder: true, wsp: true, school: true, wspElders: false, schoolElders: true };
  const entryId = async () =>
    (
      await db
        .select({ id: schema.registerRequests.registerEmployerId })
        .from(schema.registerRequests)
        .innerJoin(schema.requests, eq(schema.requests.id, schema.registerRequests.requestId))
        .where(eq(schema.requests.reference, shownReference))
    )[0]!.id;

  it.each(PEOPLE)("the list as %s", async (person) => {
    const outcome = await load(register, "/backoffice/werkgevers?zoek=Bakkerij")(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    const id = await entryId();
    const found = (JSON.parse((outcome as { body: string }).body) as { rows: Array<{ id: string }> }).rows.some((row) => row.id === id);
    expect(found).toBe(seesRegion[person]);
  });

  it.each(PEOPLE)("the export as %s", async (person) => {
    const outcome = await load(registerExport, "/backoffice/werkgevers/export")(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    expect(outcome.kind).toBe("ok");
    expect((outcome as { body: string }).body.includes("Bakkerij Het Zuiden")).toBe(seesRegion[person]);
  });

  it.each(PEOPLE)("the employer page as %s", async (person) => {
    const id = await entryId();
    const outcome = await load(registerEntry, `/backoffice/werkgevers/${id}`, { id })(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    if (!seesRegion[person]) return expect(outcome).toEqual({ kind: "status", status: 404 });
    expect((outcome as { body: string }).body).toContain("Bakkerij Het Zuiden");
  });

  it.each(PEOPLE)("logging contact with a private note as %s", async (person) => {
    const id = await entryId();
    const note = `Privé van ${person} ${crypto.randomUUID().slice(0, 6)}`;
    const outcome = await act(
      registerEntry,
      `/backoffice/werkgevers/${id}`,
      { intent: "contact", kind: "gesprek", happenedOn: "2026-11-30", note, visibility: "eigen" },
      { id },
    )(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    if (!seesRegion[person]) return expect(outcome).toEqual({ kind: "status", status: 404 });
    // An administrator acts for no organisation: the form says so.
    if (person === "beheerder") return expect(outcome).toEqual({ kind: "status", status: 400 });
    expect(outcome).toEqual({ kind: "ok", status: 302, body: `/backoffice/werkgevers/${id}?gedaan=contact#gedaan` });
    // Everyone else in the region sees that there was contact, not the note.
    for (const other of PEOPLE.filter((p) => p !== "anoniem" && p !== person && seesRegion[p])) {
      const page = await load(registerEntry, `/backoffice/werkgevers/${id}`, { id })(other);
      const body = (page as { body: string }).body;
      const sameOrganisation = other !== "beheerder" && staff[other as Exclude<Person, "anoniem">].member.organisation?.id === staff[person as Exclude<Person, "anoniem">].member.organisation?.id;
      expect(body.includes(note)).toBe(sameOrganisation);
    }
  });

  it.each(PEOPLE)("possible duplicates as %s: only the own region's", async (person) => {
    const outcome = await load(registerDuplicates, "/backoffice/werkgevers/dubbel")(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    expect(outcome.kind).toBe("ok");
    const id = await entryId();
    // Merging needs both entries in the person's own region: a made-up pair is refused, never a 500.
    const merge = await act(registerDuplicates, "/backoffice/werkgevers/dubbel", { intent: "samenvoegen", keepId: id, pair: `${id}:${crypto.randomUUID()}` })(person);
    expect(merge).toEqual({ kind: "status", status: 400 });
  });

  it.each(PEOPLE)("check-in settings as %s: the WSP of the region sets them, schools read them", async (person) => {
    const page = await load(registerSettings, "/backoffice/werkgevers/instellingen")(person);
    if (person === "anoniem") return expect(page).toEqual({ kind: "login" });
    if (person === "beheerder") return expect(page).toEqual({ kind: "status", status: 404 });
    expect(page.kind).toBe("ok");
    const save = await act(registerSettings, "/backoffice/werkgevers/instellingen", {
      intent: "instellingen",
      checkInMonth: "6",
      quietMonths: "9",
      weeksAfterPlacement: "4",
    })(person);
    if (person === "wsp" || person === "wspElders") expect(save).toEqual({ kind: "ok", status: 302, body: "/backoffice/werkgevers/instellingen?gedaan=opgeslagen#gedaan" });
    else expect(save).toEqual({ kind: "status", status: 404 });
  });

  it.each(PEOPLE)("figures as %s: only the own region", async (person) => {
    const outcome = await load(registerFigures, "/backoffice/werkgevers/cijfers")(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    const regions = (JSON.parse((outcome as { body: string }).body) as { regions: Array<{ regionName: string }> }).regions.map((r) => r.regionName);
    expect(regions.includes("Midden-Utrecht")).toBe(seesRegion[person]);
  });

  it.each(PEOPLE)("the import page as %s", async (person) => {
    const outcome = await load(registerImport, "/backoffice/werkgevers/import")(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    if (person === "beheerder") return expect(outcome).toEqual({ kind: "status", status: 404 });
    expect(outcome.kind).toBe("ok");
  });

  it.each(PEOPLE)("adding an employer (form) as %s", async (person) => {
    const outcome = await load(registerNew, "/backoffice/werkgevers/nieuw")(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    // Adding is for people of a school or WSP, into their own region.
    if (person === "beheerder") return expect(outcome).toEqual({ kind: "status", status: 404 });
    expect(outcome.kind).toBe("ok");
  });

  it.each(PEOPLE)("adding an employer in another region's postcode as %s is refused", async (person) => {
    const outcome = await act(registerNew, "/backoffice/werkgevers/nieuw", {
      companyName: "Grensgeval BV",
      postcode: person === "wspElders" ? "3511" : "1012",
      contactName: "Iemand",
    })(person);
    if (person === "anoniem") return expect(outcome).toEqual({ kind: "login" });
    if (person === "beheerder") return expect(outcome).toEqual({ kind: "status", status: 404 });
    expect(outcome).toEqual({ kind: "status", status: 400 });
  });
});

describe("the matrix itself", () => {
  it("covers every back-office route file", () => {
    const files = readdirSync(path.resolve("app/routes"))
      .filter((file) => file === "backoffice.tsx" || file.startsWith("backoffice."))
      .map((file) => file.replace(/\.tsx?$/, ""));
    expect(files.filter((file) => !COVERED_ROUTES.has(file))).toEqual([]);
  });
});
