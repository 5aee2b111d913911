import { describe, expect, it } from "vitest";
import {
  lastWithdrawal,
  legacyAssignmentsToRestore,
  reopenChance,
  reopenDeadline,
  REOPEN_DAYS,
  resumedRespondBy,
  type TimelineEntry,
  withdrawalRecord,
} from "./withdrawal";

const at = (iso: string) => new Date(iso);
const event = (type: TimelineEntry["type"], createdAt: string, data: Record<string, unknown> = {}): TimelineEntry => ({
  type,
  data,
  createdAt: at(createdAt),
});

describe("what a withdrawal records", () => {
  it("keeps the status and the assignments it closes, nothing already finished", () => {
    expect(
      withdrawalRecord("in_behandeling", [
        { id: "a", status: "accepted", respondedAt: at("2026-12-01T12:00:00Z") },
        { id: "b", status: "declined", respondedAt: at("2026-12-01T11:00:00Z") },
        { id: "c", status: "open", respondedAt: null },
      ]),
    ).toEqual({
      previousStatus: "in_behandeling",
      assignments: [
        { id: "a", status: "accepted", respondedAt: "2026-12-01T12:00:00.000Z" },
        { id: "c", status: "open", respondedAt: null },
      ],
    });
  });
});

describe("the last withdrawal", () => {
  it("is null for a request never withdrawn", () => {
    expect(lastWithdrawal([event("ontvangen", "2026-12-01T10:00:00Z")])).toBeNull();
  });

  it("reads the recorded status and assignments", () => {
    const withdrawal = lastWithdrawal([
      event("ontvangen", "2026-12-01T10:00:00Z"),
      event("ingetrokken", "2026-12-02T10:00:00Z", withdrawalRecord("kennismaking_gepland", [{ id: "a", status: "accepted", respondedAt: null }])),
    ]);
    expect(withdrawal).toEqual({
      at: at("2026-12-02T10:00:00Z"),
      erased: false,
      previousStatus: "kennismaking_gepland",
      assignments: [{ id: "a", status: "accepted", respondedAt: null }],
    });
  });

  it("takes the newest of several withdrawals", () => {
    const withdrawal = lastWithdrawal([
      event("ontvangen", "2026-12-01T10:00:00Z"),
      event("ingetrokken", "2026-12-02T10:00:00Z", { previousStatus: "nieuw", assignments: [] }),
      event("heropend", "2026-12-03T10:00:00Z", { from: "ingetrokken", to: "nieuw" }),
      event("geaccepteerd", "2026-12-04T10:00:00Z"),
      event("ingetrokken", "2026-12-05T10:00:00Z", { previousStatus: "in_behandeling", assignments: [] }),
    ]);
    expect(withdrawal?.at).toEqual(at("2026-12-05T10:00:00Z"));
    expect(withdrawal?.previousStatus).toBe("in_behandeling");
  });

  it("replays the status from the events before a withdrawal that did not record it", () => {
    const before = [event("ontvangen", "2026-12-01T10:00:00Z"), event("doorgestuurd", "2026-12-01T10:00:00Z")];
    expect(lastWithdrawal([...before, event("ingetrokken", "2026-12-02T10:00:00Z")])?.previousStatus).toBe("nieuw");
    const accepted = [...before, event("geaccepteerd", "2026-12-02T09:00:00Z")];
    expect(lastWithdrawal([...accepted, event("ingetrokken", "2026-12-02T10:00:00Z")])).toMatchObject({
      previousStatus: "in_behandeling",
      assignments: null,
    });
    const planned = [...accepted, event("kennismaking_gepland", "2026-12-02T09:30:00Z", { introductionOn: "2026-12-10" })];
    expect(lastWithdrawal([...planned, event("ingetrokken", "2026-12-02T10:00:00Z")])?.previousStatus).toBe("kennismaking_gepland");
    const handedBack = [...accepted, event("teruggegeven", "2026-12-02T09:40:00Z")];
    expect(lastWithdrawal([...handedBack, event("ingetrokken", "2026-12-02T10:00:00Z")])?.previousStatus).toBe("nieuw");
    // A recorded status that is not one to go back to is not trusted; the replay decides.
    const odd = event("ingetrokken", "2026-12-02T10:00:00Z", { previousStatus: "geplaatst" });
    expect(lastWithdrawal([...accepted, odd])?.previousStatus).toBe("in_behandeling");
  });

  it("knows a withdrawal that came from an erasure", () => {
    expect(lastWithdrawal([event("ingetrokken", "2026-12-02T10:00:00Z", { gewist: true })])?.erased).toBe(true);
  });
});

describe("may the employer reopen", () => {
  const withdrawnAt = at("2026-12-02T10:00:00Z");
  const withdrawal = { at: withdrawnAt, erased: false, previousStatus: "nieuw" as const, assignments: [] };

  it(`yes, for ${REOPEN_DAYS} days after withdrawing, until the same time of day`, () => {
    expect(reopenDeadline(withdrawnAt)).toEqual(at("2026-12-16T10:00:00Z"));
    expect(reopenChance("ingetrokken", withdrawal, at("2026-12-16T09:59:59Z"))).toEqual({ kind: "open", until: at("2026-12-16T10:00:00Z") });
  });

  it("no longer from that moment on", () => {
    expect(reopenChance("ingetrokken", withdrawal, at("2026-12-16T10:00:00Z"))).toEqual({ kind: "te_laat", since: at("2026-12-16T10:00:00Z") });
  });

  it("never for a request that is not withdrawn, or that an erasure withdrew", () => {
    expect(reopenChance("in_behandeling", withdrawal, at("2026-12-03T10:00:00Z"))).toEqual({ kind: "nee" });
    expect(reopenChance("geplaatst", withdrawal, at("2026-12-03T10:00:00Z"))).toEqual({ kind: "nee" });
    expect(reopenChance("ingetrokken", null, at("2026-12-03T10:00:00Z"))).toEqual({ kind: "nee" });
    expect(reopenChance("ingetrokken", { ...withdrawal, erased: true }, at("2026-12-03T10:00:00Z"))).toEqual({ kind: "nee" });
  });
});

describe("what goes back", () => {
  it("a school that still had to answer gets back the time it had left", () => {
    const respondBy = at("2026-12-04T10:00:00Z");
    expect(resumedRespondBy(respondBy, at("2026-12-02T10:00:00Z"), at("2026-12-05T10:00:00Z"))).toEqual(at("2026-12-07T10:00:00Z"));
    expect(resumedRespondBy(null, at("2026-12-02T10:00:00Z"), at("2026-12-05T10:00:00Z"))).toBeNull();
  });

  it("for an old withdrawal: the assignments closed at that moment, accepted when the school had taken it on", () => {
    const withdrawnAt = at("2026-12-02T10:00:00Z");
    const rows = [
      { id: "school", status: "withdrawn" as const, respondedAt: withdrawnAt, respondBy: at("2026-12-05T10:00:00Z") },
      { id: "wsp", status: "withdrawn" as const, respondedAt: withdrawnAt, respondBy: null },
      { id: "earlier", status: "declined" as const, respondedAt: at("2026-12-01T10:00:00Z"), respondBy: at("2026-12-03T10:00:00Z") },
      { id: "other-moment", status: "withdrawn" as const, respondedAt: at("2026-12-01T10:00:00Z"), respondBy: null },
    ];
    expect(legacyAssignmentsToRestore({ at: withdrawnAt, previousStatus: "in_behandeling" }, rows)).toEqual([
      { id: "school", status: "accepted", respondedAt: withdrawnAt.toISOString() },
      { id: "wsp", status: "open", respondedAt: null },
    ]);
    expect(legacyAssignmentsToRestore({ at: withdrawnAt, previousStatus: "nieuw" }, rows)).toEqual([
      { id: "school", status: "open", respondedAt: null },
      { id: "wsp", status: "open", respondedAt: null },
    ]);
  });
});
