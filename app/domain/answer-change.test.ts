import { describe, expect, it } from "vitest";
import { answerChangeChance, changedAnswers } from "./answer-change";

describe("answerChangeChance", () => {
  it("is open while the request is new and nobody owns it", () => {
    expect(answerChangeChance({ status: "nieuw", ownerId: null })).toEqual({ kind: "open" });
  });

  it("is over once somebody owns it or a school took it on", () => {
    expect(answerChangeChance({ status: "nieuw", ownerId: "a-wsp-accountmanager" })).toEqual({ kind: "opgepakt" });
    expect(answerChangeChance({ status: "in_behandeling", ownerId: null })).toEqual({ kind: "opgepakt" });
    expect(answerChangeChance({ status: "kennismaking_gepland", ownerId: null })).toEqual({ kind: "opgepakt" });
  });

  it("is closed for a closed request", () => {
    for (const status of ["geplaatst", "geen_match", "ingetrokken"] as const) {
      expect(answerChangeChance({ status, ownerId: null })).toEqual({ kind: "gesloten" });
    }
  });
});

describe("changedAnswers", () => {
  const before = { work: "Vakken vullen", daysAndHours: "", supervisor: "Ahmed", startPeriod: "zo-snel-mogelijk", postcode: "3511" };

  it("lists only the answers that differ, in the form's order", () => {
    expect(
      changedAnswers("proefplaatsing", before, { supervisor: "Fatima", work: "Vakken vullen ", daysAndHours: "dinsdag", startPeriod: "zo-snel-mogelijk" }),
    ).toEqual(["daysAndHours", "supervisor"]);
  });

  it("treats an empty answer, a missing one and an unticked box as the same", () => {
    expect(changedAnswers("proefplaatsing", { ...before, daysAndHours: undefined }, { daysAndHours: null })).toEqual([]);
    expect(changedAnswers("groepsstage", { canteen: false }, { canteen: null, supervisorSpace: null })).toEqual([]);
    expect(changedAnswers("groepsstage", { canteen: false }, { canteen: true })).toEqual(["canteen"]);
  });

  it("never reports answers that decide where the request goes", () => {
    expect(changedAnswers("groepsstage", { groupSize: 4 }, { groupSize: "8" } as never)).toEqual([]);
  });
});
