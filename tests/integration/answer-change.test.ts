/**
 * The employer changes the answers of a request nobody has picked up yet, through the page their
 * link opens: stored, in the timeline, and the holder gets the new answers; refused once
 * somebody owns the request; a link to one request cannot reach another.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database, schema } from "~/lib/db.server";
import { employerOverview } from "~/models/employer-requests.server";
import { newRequestLink } from "~/models/employer-access.server";
import { placesForPostcode } from "~/models/places.server";
import { requestByReference, submitRequest } from "~/models/requests.server";
import { action, loader } from "~/routes/volgen.$token_.wijzigen.$reference";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { readable } from "../support/outbox";

const db = database();
const context = { cspNonce: "", clientIp: null };

async function send(email = "sanne@bakkerij.example.org") {
  const [place] = await placesForPostcode(db, "3511");
  const result = await submitRequest(db, proefplaatsingRequest({ email }), place!);
  const request = (await requestByReference(db, result.reference))!;
  const token = await newRequestLink(db, { employerId: request.employerId, requestId: request.id });
  return { request, token };
}

function post(token: string, reference: string, form: Record<string, string>) {
  return action({
    request: new Request(`http://localhost/volgen/${token}/wijzigen/${reference}`, { method: "POST", body: new URLSearchParams(form) }),
    params: { token, reference },
    context,
  });
}

const NEW_ANSWERS = { work: "Broodjes smeren en de toonbank schoonmaken.", daysAndHours: "dinsdag, 9 tot 15 uur", supervisor: "Fatima, filiaalleider", startPeriod: "na-de-zomer" };

describe("changing the answers of a request nobody picked up", () => {
  it("stores them, says so in the timeline and mails the new answers to the school that has it", async () => {
    const { request, token } = await send();
    const page = await loader({ request: new Request(`http://localhost/volgen/${token}/wijzigen/${request.reference}`), params: { token, reference: request.reference }, context });
    expect(page.chance).toEqual({ kind: "open" });
    expect(page.values.supervisor).toBe(request.details.supervisor);

    const response = (await post(token, request.reference, NEW_ANSWERS)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/volgen/${token}?gedaan=antwoorden&aanvraag=${request.reference}#aanvraag-${request.reference}`);

    const changed = (await requestByReference(db, request.reference))!;
    expect(changed.details).toMatchObject({ ...NEW_ANSWERS, startPeriod: "na-de-zomer" });
    expect(changed.details.companyName).toBe(request.details.companyName);

    const [overview] = await employerOverview(db, request.employerId);
    expect(overview!.timeline.map((e) => e.text)).toContain(
      "U heeft uw antwoorden aangepast: Werk, Dagen en uren, Begeleider bij het bedrijf en Wanneer beginnen.",
    );
    const mails = await readable(
      await db
        .select()
        .from(schema.emailOutbox)
        .where(and(eq(schema.emailOutbox.requestId, request.id), eq(schema.emailOutbox.template, "bericht-van-werkgever"))),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("Begeleider bij het bedrijf: Fatima, filiaalleider");

    // An answer emptied again is gone from the request, and the school reads that it is.
    await post(token, request.reference, { ...NEW_ANSWERS, daysAndHours: "" });
    expect((await requestByReference(db, request.reference))!.details.daysAndHours).toBeUndefined();
    const [, second] = await readable(
      await db
        .select()
        .from(schema.emailOutbox)
        .where(and(eq(schema.emailOutbox.requestId, request.id), eq(schema.emailOutbox.template, "bericht-van-werkgever")))
        .orderBy(schema.emailOutbox.createdAt),
    );
    expect(second!.text).toContain("Dagen en uren: (niet meer ingevuld)");
  });

  it("sends nothing when nothing changed", async () => {
    const { request, token } = await send("jan@garage.example.org");
    const same = { work: request.details.work!, daysAndHours: request.details.daysAndHours ?? "", supervisor: request.details.supervisor!, startPeriod: request.details.startPeriod! };
    const response = (await post(token, request.reference, same)) as Response;
    expect(response.headers.get("Location")).toContain("gedaan=antwoorden-gelijk");
    const events = await db.select().from(schema.requestEvents).where(and(eq(schema.requestEvents.requestId, request.id), eq(schema.requestEvents.type, "antwoorden_gewijzigd")));
    expect(events).toHaveLength(0);
  });

  it("keeps what was typed and says what to fix, beside the field", async () => {
    const { request, token } = await send("els@kwekerij.example.org");
    const response = await post(token, request.reference, { ...NEW_ANSWERS, supervisor: "" });
    const body = (response as { data: { result: { error: Record<string, string[]>; initialValue: Record<string, string> } }; init: ResponseInit | null }).data;
    expect(body.result.error.supervisor).toEqual(["Vul in wie de leerling begeleidt, bijvoorbeeld: Ahmed, chef-kok."]);
    expect(body.result.initialValue.work).toBe(NEW_ANSWERS.work);
    expect((await requestByReference(db, request.reference))!.details.work).toBe(request.details.work);
  });

  it("is refused once somebody owns the request, and the page says to send a message", async () => {
    const { request, token } = await send("piet@drukkerij.example.org");
    const [someone] = await db.select({ id: schema.staffMembers.id }).from(schema.staffMembers).limit(1);
    await db.update(schema.requests).set({ ownerId: someone!.id }).where(eq(schema.requests.id, request.id));
    const page = await loader({ request: new Request("http://localhost/"), params: { token, reference: request.reference }, context });
    expect(page.chance).toEqual({ kind: "opgepakt" });
    const response = await post(token, request.reference, NEW_ANSWERS);
    expect((response as { init: ResponseInit | null }).init?.status).toBe(400);
    expect((await requestByReference(db, request.reference))!.details.work).toBe(request.details.work);
  });

  it("a link to one request does not open another request of the same employer", async () => {
    const first = await send("kees@schilder.example.org");
    const second = await send("kees@schilder.example.org");
    await expect(
      loader({ request: new Request("http://localhost/"), params: { token: first.token, reference: second.request.reference }, context }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(post(first.token, second.request.reference, NEW_ANSWERS)).rejects.toMatchObject({ status: 404 });
  });
});
