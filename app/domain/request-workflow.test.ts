import { describe, expect, it } from "vitest";
import { employerNews, introductionDateProblem, nextStatuses, placementEndProblem, planStatusChange } from "./request-workflow";

describe("planStatusChange", () => {
  it("moves a new request into work, and plans an introduction with its date", () => {
    expect(planStatusChange("nieuw", { to: "in_behandeling" })).toMatchObject({ status: "in_behandeling", closed: false, reopened: false });
    expect(planStatusChange("in_behandeling", { to: "kennismaking_gepland", introductionOn: "2026-12-03" })).toMatchObject({
      status: "kennismaking_gepland",
      introductionOn: "2026-12-03",
    });
  });

  it("lets an introduction move to another date", () => {
    expect(planStatusChange("kennismaking_gepland", { to: "kennismaking_gepland", introductionOn: "2026-12-10" })).toMatchObject({
      status: "kennismaking_gepland",
      introductionOn: "2026-12-10",
    });
  });

  it("closes only with an outcome: placed, or no match with its reason", () => {
    expect(planStatusChange("kennismaking_gepland", { to: "geplaatst" })).toMatchObject({ outcome: "geplaatst", outcomeReason: null, closed: true });
    expect(planStatusChange("in_behandeling", { to: "geen_match", reason: "niet-bereikbaar", explanation: " Drie keer gebeld. " })).toMatchObject({
      outcome: "geen_match",
      outcomeReason: "De werkgever was niet bereikbaar: Drie keer gebeld.",
      closed: true,
    });
  });

  it("keeps the day a placement ends only with a placement, and forgets it when the request opens again", () => {
    expect(planStatusChange("in_behandeling", { to: "geplaatst", placementEndsOn: "2027-06-30" })).toMatchObject({ placementEndsOn: "2027-06-30" });
    expect(planStatusChange("in_behandeling", { to: "geplaatst" })).toMatchObject({ placementEndsOn: null });
    expect(planStatusChange("geplaatst", { to: "in_behandeling" })).toMatchObject({ placementEndsOn: null, reopened: true });
    expect(planStatusChange("in_behandeling", { to: "geen_match", reason: "anders" })).toMatchObject({ placementEndsOn: null });
  });

  it("refuses a placement that ends before the employer asked", () => {
    expect(placementEndProblem("2026-11-01", "2026-11-02")).toMatch(/voor de dag van de aanvraag/);
    expect(placementEndProblem("2026-11-02", "2026-11-02")).toBeNull();
    expect(placementEndProblem("2027-06-30", "2026-11-02")).toBeNull();
  });

  it("does not place a request nobody has worked on yet", () => {
    expect(nextStatuses("nieuw")).not.toContain("geplaatst");
    expect(planStatusChange("nieuw", { to: "geplaatst" })).toEqual({ problem: "Deze stap kan niet vanuit de huidige status." });
  });

  it("reopens a closed request, clearing its outcome", () => {
    expect(planStatusChange("geen_match", { to: "in_behandeling" })).toMatchObject({ status: "in_behandeling", outcome: null, reopened: true });
  });

  it("leaves a withdrawn request alone, and refuses a change to the same status", () => {
    expect(planStatusChange("ingetrokken", { to: "in_behandeling" })).toHaveProperty("problem");
    expect(planStatusChange("in_behandeling", { to: "in_behandeling" })).toEqual({ problem: "De aanvraag heeft deze status al." });
  });
});

describe("introductionDateProblem", () => {
  it("accepts today and later, not earlier", () => {
    expect(introductionDateProblem("2026-11-26", "2026-11-26")).toBeNull();
    expect(introductionDateProblem("2027-01-05", "2026-11-26")).toBeNull();
    expect(introductionDateProblem("2026-01-05", "2026-11-26")).toBe("Kies vandaag of een dag na vandaag.");
  });
});

describe("employerNews", () => {
  const day = (iso: string) => `dag ${iso}`;
  const news = (from: Parameters<typeof planStatusChange>[0], change: Parameters<typeof planStatusChange>[1]) => {
    const plan = planStatusChange(from, change);
    if ("problem" in plan) throw new Error(plan.problem);
    return employerNews(change, plan, "Praktijkschool De Brug", day);
  };

  it("tells the employer the reason a request closed without a match, in their terms", () => {
    expect(news("in_behandeling", { to: "geen_match", reason: "werkgever-afgehaakt" })).toMatch(/^U liet weten dat u niet verder wilt\. Daarom is uw aanvraag afgesloten\./);
    expect(news("in_behandeling", { to: "geen_match", reason: "niet-bereikbaar" })).toMatch(/^Het is ons niet gelukt om u te bereiken\./);
  });

  it("says a reopened request is open again, and stays quiet when work simply starts", () => {
    expect(news("geen_match", { to: "in_behandeling" })).toBe("Uw aanvraag is weer geopend. Praktijkschool De Brug gaat er verder mee aan de slag.");
    expect(news("nieuw", { to: "in_behandeling" })).toBeNull();
  });

  it("names the day of the introduction", () => {
    expect(news("in_behandeling", { to: "kennismaking_gepland", introductionOn: "2026-12-03" })).toContain("op dag 2026-12-03.");
  });
});
