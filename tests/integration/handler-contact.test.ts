/**
 * A person and a channel: staff set the phone and email employers see in *Mijn account*, and
 * loadHandlerContact gives the employer the organisation that holds the request and that person.
 */
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { staffSessionCookie } from "~/http/staff-session.server";
import { loadHandlerContact } from "~/models/handler-contact.server";
import { placesForPostcode } from "~/models/places.server";
import { acceptRequest, handBackToWsp, setOwner } from "~/models/request-work.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { keyedHash } from "~/models/staff-auth.server";
import type { StaffMember } from "~/models/staff-scope.server";
import { action, loader } from "~/routes/backoffice.account";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { addStaffMember } from "../support/staff";

const db = database();
const brug = await addStaffMember(db, "school", "pro-de-brug-utrecht", { name: "Fatima de Vries" });
const wsp = await addStaffMember(db, "wsp", "wsp-midden-utrecht", { name: "Wim Utrecht" });
const [brugOrganisation] = await db.select().from(schema.organisations).where(eq(schema.organisations.slug, "pro-de-brug-utrecht"));
const [wspOrganisation] = await db.select().from(schema.organisations).where(eq(schema.organisations.slug, "wsp-midden-utrecht"));

async function submit() {
  const [place] = await placesForPostcode(db, "3511");
  const { reference } = await submitRequest(db, proefplaatsingRequest({ email: `werkgever-${crypto.randomUUID().slice(0, 8)}@example.org` }), place!);
  const request = await requestByReference(db, reference);
  if (!request) throw new Error("De aanvraag is niet opgeslagen");
  return request;
}

async function cookieFor(staff: StaffMember): Promise<string> {
  const token = crypto.randomUUID();
  await db.insert(schema.staffSessions).values({ staffMemberId: staff.id, tokenHash: keyedHash("sessie", token) });
  return (await staffSessionCookie().serialize(token)).split(";")[0] ?? "";
}

const context = { cspNonce: "", clientIp: "127.0.0.1" };
const URL_ACCOUNT = "http://localhost:3000/backoffice/account";

async function post(staff: StaffMember, form: Record<string, string>) {
  const request = new Request(URL_ACCOUNT, {
    method: "POST",
    headers: { Cookie: await cookieFor(staff), Origin: "http://localhost:3000", "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(form),
  });
  const result = (await action({ request, params: {}, context })) as unknown;
  if (result instanceof Response) return { status: result.status, location: result.headers.get("Location"), errors: null };
  const { data: body, init } = result as { data: { result: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> } }; init: { status?: number } | null };
  return { status: init?.status ?? 200, location: null, errors: body.result.error ?? null, initialValue: body.result.initialValue };
}

async function stored(staff: StaffMember) {
  const [row] = await db.select().from(schema.staffMembers).where(eq(schema.staffMembers.id, staff.id));
  return { contactPhone: row?.contactPhone, contactEmail: row?.contactEmail };
}

describe("Mijn account: how employers reach me", () => {
  it("refuses a phone number that is not a complete Dutch number, with the message beside the field and the input kept", async () => {
    const answer = await post(brug, { intent: "contactgegevens", contactPhone: "06 1234 567", contactEmail: "f.devries@debrug.example" });
    expect(answer.status).toBe(400);
    expect(answer.errors).toEqual({ contactPhone: ["Vul een Nederlands telefoonnummer in, zoals 030 123 4567 of 06 12345678."] });
    expect(answer.initialValue).toMatchObject({ contactPhone: "06 1234 567", contactEmail: "f.devries@debrug.example" });
    expect(await stored(brug)).toEqual({ contactPhone: null, contactEmail: null });
  });

  it("refuses an email address that is not one", async () => {
    const answer = await post(brug, { intent: "contactgegevens", contactEmail: "f.devries" });
    expect(answer.errors).toEqual({ contactEmail: ["Vul een e-mailadres in zoals naam@school.nl."] });
  });

  it("stores the phone number in one written form and the address, and says so after the redirect", async () => {
    const answer = await post(brug, { intent: "contactgegevens", contactPhone: "+31 6 1234 5678", contactEmail: "f.devries@debrug.example" });
    expect(answer).toMatchObject({ status: 302, location: "/backoffice/account?gedaan=contactgegevens" });
    expect(await stored(brug)).toEqual({ contactPhone: "06 12345678", contactEmail: "f.devries@debrug.example" });
    const page = (await loader({ request: new Request(`${URL_ACCOUNT}?gedaan=contactgegevens`, { headers: { Cookie: await cookieFor(brug) } }), params: {}, context })) as {
      done: string | null;
      contact: unknown;
    };
    expect(page.done).toBe("Uw telefoonnummer en e-mailadres voor werkgevers zijn opgeslagen.");
    expect(page.contact).toEqual({ contactPhone: "06 12345678", contactEmail: "f.devries@debrug.example" });
  });

  it("empty fields clear what was stored (then employers see the organisation's own)", async () => {
    const person = await addStaffMember(db, "school", "pro-de-brug-utrecht");
    await post(person, { intent: "contactgegevens", contactPhone: "0301234567", contactEmail: "iemand@debrug.example" });
    expect(await stored(person)).toEqual({ contactPhone: "030 123 4567", contactEmail: "iemand@debrug.example" });
    await post(person, { intent: "contactgegevens", contactPhone: "", contactEmail: "" });
    expect(await stored(person)).toEqual({ contactPhone: null, contactEmail: null });
  });
});

describe("loadHandlerContact", () => {
  it("is null while the school is only asked; the school and its person once it said yes; the WSP's general details after a hand back", async () => {
    await db.update(schema.staffMembers).set({ contactPhone: "06 12345678", contactEmail: "f.devries@debrug.example" }).where(eq(schema.staffMembers.id, brug.id));
    const request = await submit();
    expect(await loadHandlerContact(db, request.id)).toBeNull();

    expect(await acceptRequest(db, brug, request.reference)).toEqual({ ok: true });
    expect(await loadHandlerContact(db, request.id)).toEqual({
      organisationName: brugOrganisation?.name,
      personName: "Fatima de Vries",
      phone: "06 12345678",
      email: "f.devries@debrug.example",
    });

    expect(await handBackToWsp(db, brug, request.reference, { reason: "Geen leerling die past." })).toEqual({ ok: true });
    expect(await loadHandlerContact(db, request.id)).toEqual({
      organisationName: wspOrganisation?.name,
      personName: null,
      phone: wspOrganisation?.contactPhone ?? null,
      email: wspOrganisation?.contactEmail,
    });

    // A person of the WSP who owns it is named; without their own details, the WSP's are shown.
    expect(await setOwner(db, wsp, request.reference, { ownerId: wsp.id })).toEqual({ ok: true });
    expect(await loadHandlerContact(db, request.id)).toMatchObject({ personName: "Wim Utrecht", email: wspOrganisation?.contactEmail });
  });
});
