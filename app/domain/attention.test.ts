import { describe, expect, it } from "vitest";
import { type AttentionRow, attentionItems, schoolReminderDue, wspReminderDue } from "./attention";

const now = new Date("2026-11-25T09:00:00Z"); // a Wednesday
const due = (d: Date) => d.toISOString().slice(0, 10);

function row(overrides: Partial<AttentionRow>): AttentionRow {
  return {
    reference: "OP-2026-000001",
    companyName: "Bakkerij Jansen",
    status: "nieuw",
    ownerId: null,
    handler: null,
    lastActivityAt: now,
    ...overrides,
  };
}

describe("reminders", () => {
  it("reminds a school when less than a working day is left, not earlier and not after the deadline", () => {
    expect(schoolReminderDue(new Date("2026-11-25T20:00:00Z"), now)).toBe(true);
    expect(schoolReminderDue(new Date("2026-11-27T12:00:00Z"), now)).toBe(false);
    expect(schoolReminderDue(new Date("2026-11-25T08:00:00Z"), now)).toBe(false);
  });

  it("counts the weekend out: on Friday a Monday deadline is less than a working day away", () => {
    const friday = new Date("2026-11-27T10:00:00Z");
    expect(schoolReminderDue(new Date("2026-11-30T09:00:00Z"), friday)).toBe(true);
  });

  it("reminds the WSP once the request sat a whole response window without owner", () => {
    expect(wspReminderDue(new Date("2026-11-20T09:00:00Z"), now, 3)).toBe(true); // Fri → Wed
    expect(wspReminderDue(new Date("2026-11-23T09:00:00Z"), now, 3)).toBe(false); // Mon → Thu
  });
});

describe("attentionItems", () => {
  const school = { id: "p1", role: "school" as const, organisationId: "s1" };
  const wsp = { id: "p2", role: "wsp" as const, organisationId: "w1" };

  it("shows a school the requests waiting for its answer, with the deadline", () => {
    const items = attentionItems(
      school,
      [
        row({ handler: { organisationId: "s1", kind: "school", state: "open", respondBy: new Date("2026-11-27T09:00:00Z") } }),
        row({ reference: "OP-2", handler: { organisationId: "s2", kind: "school", state: "open", respondBy: null } }),
      ],
      now,
      due,
    );
    expect(items).toEqual([{ reference: "OP-2026-000001", companyName: "Bakkerij Jansen", why: "wacht op uw antwoord, uiterlijk 2026-11-27" }]);
  });

  it("shows a school its accepted requests only once they have gone quiet", () => {
    const accepted = { organisationId: "s1", kind: "school" as const, state: "accepted" as const, respondBy: null };
    expect(attentionItems(school, [row({ status: "in_behandeling", handler: accepted })], now, due)).toEqual([]);
    const quiet = row({ status: "in_behandeling", handler: accepted, lastActivityAt: new Date("2026-11-10T09:00:00Z") });
    expect(attentionItems(school, [quiet], now, due).map((i) => i.why)).toEqual(["al 7 dagen geen nieuws"]);
  });

  it("shows a WSP unowned new requests at the WSP, and its own quiet leads, but not requests a school has", () => {
    const items = attentionItems(
      wsp,
      [
        row({ reference: "A", handler: { organisationId: "w1", kind: "wsp", state: "open", respondBy: null } }),
        row({ reference: "B", handler: { organisationId: "s1", kind: "school", state: "open", respondBy: null } }),
        row({ reference: "C", ownerId: "p2", status: "in_behandeling", lastActivityAt: new Date("2026-11-01T00:00:00Z") }),
        row({ reference: "D", ownerId: "p2", status: "in_behandeling" }),
        row({ reference: "E", status: "geplaatst" }),
      ],
      now,
      due,
    );
    expect(items.map((i) => i.reference)).toEqual(["A", "C"]);
  });
});
