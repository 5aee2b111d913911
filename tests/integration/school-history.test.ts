/**
 * What a school sees of a request it had: its own part of the history, never another
 * organisation's notes or emails, and nothing after it let go.
 */
import { describe, expect, it } from "vitest";
import { parseInboxQuery } from "~/domain/inbox-query";
import { database } from "~/lib/db.server";
import { inboxPage } from "~/models/inbox.server";
import { placesForPostcode } from "~/models/places.server";
import { requestPage } from "~/models/request-page.server";
import { acceptRequest, addNote, changeStatus, declineRequest, logContact } from "~/models/request-work.server";
import { submitRequest } from "~/models/requests.server";
import { proefplaatsingRequest } from "../support/proefplaatsing";
import { createStaff } from "../support/staff";

const db = database();

describe("a school's view of the history", () => {
  it("shows a school that declined only its own part, and the next school not the first one's notes", async () => {
    const brug = await createStaff(db, "school", "pro-de-brug-utrecht");
    const anker = await createStaff(db, "school", "vso-het-anker-zeist");
    const wsp = await createStaff(db, "wsp", "wsp-midden-utrecht");
    const [place] = await placesForPostcode(db, "3511");
    const { reference } = await submitRequest(db, proefplaatsingRequest({ email: "historie@example.org" }), place!);

    expect(await addNote(db, brug.member, reference, { text: "Notitie van De Brug" })).toEqual({ ok: true });
    expect(await declineRequest(db, brug.member, reference, { reason: "geen-plek" })).toEqual({ ok: true });
    expect(await logContact(db, wsp.member, reference, { channel: "gebeld", text: "Notitie van het WSP" })).toEqual({ ok: true });
    expect(await acceptRequest(db, anker.member, reference, {})).toEqual({ ok: true });
    expect(await addNote(db, anker.member, reference, { text: "Notitie van Het Anker" })).toEqual({ ok: true });

    const text = (page: unknown) => JSON.stringify(page);
    const seenByBrug = await requestPage(db, brug.member, reference);
    expect(seenByBrug?.access).toBe("read");
    expect(text(seenByBrug)).toContain("Notitie van De Brug");
    expect(text(seenByBrug)).not.toContain("Notitie van het WSP");
    expect(text(seenByBrug)).not.toContain("Notitie van Het Anker");
    expect(text(seenByBrug)).not.toContain("vso-het-anker-zeist@example.org");
    expect(text(seenByBrug)).not.toContain("VSO Het Anker");
    expect(seenByBrug?.routing.sentence).toBe("Deze aanvraag ligt niet meer bij uw school.");

    const seenByAnker = await requestPage(db, anker.member, reference);
    expect(text(seenByAnker)).toContain("Notitie van Het Anker");
    expect(text(seenByAnker)).not.toContain("Notitie van De Brug");
    expect(text(seenByAnker)).not.toContain("Notitie van het WSP");
    expect(text(seenByAnker)).not.toContain("pro-de-brug-utrecht@example.org");

    const inboxOf = async (who: typeof brug) =>
      (await inboxPage(db, who.member, parseInboxQuery(new URLSearchParams("status=alle")))).rows.find((row) => row.reference === reference);
    expect((await inboxOf(brug))?.handlerName).toBe("Niet meer bij uw school");
    expect((await inboxOf(anker))?.handlerName).toBe("VSO Het Anker (demo)");
    expect((await inboxOf(wsp))?.handlerName).toBe("VSO Het Anker (demo)");

    const seenByWsp = await requestPage(db, wsp.member, reference);
    for (const note of ["Notitie van De Brug", "Notitie van het WSP", "Notitie van Het Anker"]) expect(text(seenByWsp)).toContain(note);
  });
});

describe("reopening", () => {
  it("gives a request nobody holds any more back to the region's WSP", async () => {
    const wsp = await createStaff(db, "wsp", "wsp-midden-utrecht");
    const [place] = await placesForPostcode(db, "3511");
    const { reference } = await submitRequest(db, proefplaatsingRequest({ email: "heropenen@example.org" }), place!);
    expect(await changeStatus(db, wsp.member, reference, { to: "geen_match", reason: "niet-bereikbaar" })).toEqual({ ok: true });
    const holders = async () => (await requestPage(db, wsp.member, reference))!.assignments.filter((x) => x.status === "open" || x.status === "accepted");
    expect(await holders()).toEqual([]);
    expect(await changeStatus(db, wsp.member, reference, { to: "in_behandeling" })).toEqual({ ok: true });
    expect((await holders()).map((x) => x.organisationName)).toEqual(["Werkgeversservicepunt Midden-Utrecht (demo)"]);
  });
});
