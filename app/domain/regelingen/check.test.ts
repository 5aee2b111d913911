/**
 * Worked examples, each calculated by hand from the rules as the research states them (see the
 * comment above each expectation), with the 2026 figures: LKV € 1,01 per hour up to € 2.000 a
 * year (2024's amounts), loonkostensubsidie at most 70% plus 23,5%, praktijkleren at most
 * € 2.700 per place per school year and a stage of at least 640 hours; 52 weeks a year.
 */
import { describe, expect, it } from "vitest";
import { type CheckAnswers, checkRegelingen, type Outcome } from "./check";
import type { FigureSet } from "./figure";
import { type FigureId, figuresFor } from "./figures";
import { FIGURES_2026 } from "./figures-2026";
import { questionHref, summarizeForQuestion } from "./question-link";

const YEAR = 2026;

/** Amounts keep € and the number together with a no-break space; compare them as plain text. */
const plain = (text: string | undefined) => (text ?? "").replace(/\u00a0/g, " ");
const plainAll = (texts: string[] | undefined) => (texts ?? []).map(plain);

function answers(overrides: Partial<CheckAnswers> = {}): CheckAnswers {
  return {
    offer: "baan",
    atSchool: false,
    lastSchoolYear: false,
    schoolType: "vso",
    erkendLeerbedrijf: "weet-niet",
    doelgroepregister: "ja",
    months: 12,
    hoursPerWeek: 24,
    hourlyWage: 14,
    loonwaarde: null,
    ...overrides,
  };
}

function outcome(a: CheckAnswers, slug: Outcome["slug"], figures: FigureSet<FigureId> = figuresFor(YEAR), year = YEAR): Outcome {
  const found = checkRegelingen(a, figures, year).outcomes.find((o) => o.slug === slug);
  if (!found) throw new Error(`geen uitkomst voor ${slug}`);
  return found;
}

/** The 2026 figures with a minimum wage filled in, as a later year's file would have it. */
function withMinimumWage(value: number, validFor: number): FigureSet<FigureId> {
  return {
    ...FIGURES_2026,
    figures: { ...FIGURES_2026.figures, "wml.perUur": { ...FIGURES_2026.figures["wml.perUur"], value, validFor } },
  };
}

describe("loonkostenvoordeel (LKV) banenafspraak", () => {
  it("is hours × rate for a year: 24 h × € 1,01 × 52 = € 1.260,48", () => {
    const lkv = outcome(answers({ hoursPerWeek: 24 }), "loonkostenvoordeel");
    expect(lkv.verdict).toBe("past");
    expect(lkv.estimate).toMatchObject({ perYear: 1260, capped: false, forPeriod: null });
    expect(plain(lkv.estimate?.steps[0])).toContain("€ 1.260,48");
  });

  it("stops at the yearly maximum: 40 h × € 1,01 × 52 = € 2.100,80, so € 2.000", () => {
    const lkv = outcome(answers({ hoursPerWeek: 40 }), "loonkostenvoordeel");
    expect(lkv.estimate).toMatchObject({ perYear: 2000, capped: true });
    expect(plain(lkv.estimate?.steps[1])).toContain("hoogstens € 2.000");
  });

  it("stays under the maximum at a 38-hour week: 38 × € 1,01 × 52 = € 1.995,76", () => {
    expect(outcome(answers({ hoursPerWeek: 38 }), "loonkostenvoordeel").estimate).toMatchObject({ perYear: 1996, capped: false });
  });

  it("gives the amount for a contract shorter than a year: 6 months = 26 weeks × 24 h × € 1,01 = € 630,24", () => {
    expect(outcome(answers({ months: 6 }), "loonkostenvoordeel").estimate?.forPeriod).toEqual({ months: 6, amount: 630 });
  });

  it("says the amount is 2024's, not 2026's", () => {
    const lkv = outcome(answers(), "loonkostenvoordeel");
    expect(plainAll(lkv.estimate?.warnings)).toEqual([
      "We rekenen met de bedragen van 2024 (€ 1,01 per uur, hoogstens € 2.000 per jaar). De bedragen voor 2026 zijn nog niet bekend.",
    ]);
    // In 2024 itself there is nothing to warn about.
    expect(outcome(answers(), "loonkostenvoordeel", figuresFor(2026), 2024).estimate?.warnings).toEqual([]);
  });

  it("gives no estimate without hours per week, but still fits", () => {
    const lkv = outcome(answers({ hoursPerWeek: 0 }), "loonkostenvoordeel");
    expect(lkv.verdict).toBe("past");
    expect(lkv.estimate).toBeNull();
    expect(lkv.noEstimate).toContain("Zonder vaste uren");
  });

  it("does not fit outside the doelgroepregister, or for a stage", () => {
    expect(outcome(answers({ doelgroepregister: "nee" }), "loonkostenvoordeel")).toMatchObject({ verdict: "past-niet", estimate: null });
    expect(outcome(answers({ offer: "stage" }), "loonkostenvoordeel").verdict).toBe("past-niet");
  });

  it("may fit when the employer does not know about the register, with the estimate", () => {
    const lkv = outcome(answers({ doelgroepregister: "weet-niet" }), "loonkostenvoordeel");
    expect(lkv.verdict).toBe("misschien");
    expect(lkv.reasons.join(" ")).toContain("Mijn UWV");
    expect(lkv.estimate?.perYear).toBe(1260);
  });
});

describe("loonkostensubsidie", () => {
  it("pays the gap to the minimum wage plus 23,5%: loonwaarde 50%, € 15, 20 h → € 7.800 + € 1.833 = € 9.633", () => {
    // 50% of € 15,00 = € 7,50 per hour; × 20 h × 52 = € 7.800; 23,5% of that = € 1.833.
    const lks = outcome(answers({ loonwaarde: 50, hourlyWage: 15, hoursPerWeek: 20 }), "loonkostensubsidie");
    expect(lks.verdict).toBe("past");
    expect(lks.estimate).toMatchObject({ perYear: 9633, capped: false, forPeriod: null });
    expect(plainAll(lks.estimate?.steps)).toContain("Plus 23,5% voor werkgeverslasten: € 1.833,00.");
  });

  it("is never more than 70% of the minimum wage: loonwaarde 20%, € 10, 10 h → € 3.640 + € 855,40", () => {
    // Gap 80% > 70%: 70% of € 10 = € 7 per hour; × 10 h × 52 = € 3.640; + 23,5% = € 4.495,40.
    const lks = outcome(answers({ loonwaarde: 20, hourlyWage: 10, hoursPerWeek: 10 }), "loonkostensubsidie");
    expect(lks.estimate).toMatchObject({ perYear: 4495, capped: true });
    expect(lks.estimate?.steps[1]).toContain("hoogstens 70%");
  });

  it("caps a loonwaarde of 0% at 70% too", () => {
    // 70% of € 10 × 10 h × 52 × 1,235 = € 4.495,40
    expect(outcome(answers({ loonwaarde: 0, hourlyWage: 10, hoursPerWeek: 10 }), "loonkostensubsidie").estimate?.perYear).toBe(4495);
  });

  it("says it uses the gross wage because the 2026 minimum wage is not known", () => {
    const lks = outcome(answers({ loonwaarde: 50 }), "loonkostensubsidie");
    expect(lks.estimate?.warnings[0]).toContain("Het minimumloon per uur voor 2026 hebben we nog niet");
  });

  it("uses the minimum wage, not the wage paid, once it is known: 50% of € 14 × 10 h × 52 × 1,235", () => {
    // € 7 per hour × 10 × 52 = € 3.640; + 23,5% = € 4.495,40. The wage of € 20 plays no part.
    const lks = outcome(answers({ loonwaarde: 50, hourlyWage: 20, hoursPerWeek: 10 }), "loonkostensubsidie", withMinimumWage(14, 2026));
    expect(lks.estimate).toMatchObject({ perYear: 4495, warnings: [] });
    // A minimum wage from an earlier year is used, and named.
    const older = outcome(answers({ loonwaarde: 50, hoursPerWeek: 10 }), "loonkostensubsidie", withMinimumWage(14, 2025));
    expect(older.estimate?.warnings[0]).toContain("van 2025");
  });

  it("gives the amount for a shorter contract: 6 of 12 months of € 9.633", () => {
    const lks = outcome(answers({ loonwaarde: 50, hourlyWage: 15, hoursPerWeek: 20, months: 6 }), "loonkostensubsidie");
    expect(lks.estimate?.forPeriod).toEqual({ months: 6, amount: 4817 });
  });

  it("does not fit at a loonwaarde of 100%, or while the pupil has more school years to go", () => {
    expect(outcome(answers({ loonwaarde: 100 }), "loonkostensubsidie")).toMatchObject({ verdict: "past-niet", estimate: null });
    const atSchool = outcome(answers({ atSchool: true, lastSchoolYear: false, loonwaarde: 50 }), "loonkostensubsidie");
    expect(atSchool.verdict).toBe("past-niet");
    expect(atSchool.reasons[0]).toContain("op school");
  });

  it("may fit without a loonwaarde, and then has no estimate", () => {
    const lks = outcome(answers({ loonwaarde: null }), "loonkostensubsidie");
    expect(lks).toMatchObject({ verdict: "misschien", estimate: null });
  });

  it("asks for the wage when neither it nor the minimum wage is known", () => {
    const lks = outcome(answers({ loonwaarde: 50, hourlyWage: null }), "loonkostensubsidie");
    expect(lks.verdict).toBe("past");
    expect(lks.noEstimate).toContain("brutoloon");
  });

  it("gives no estimate for zero hours", () => {
    expect(outcome(answers({ loonwaarde: 50, hoursPerWeek: 0 }), "loonkostensubsidie").noEstimate).toContain("Zonder vaste uren");
  });
});

describe("subsidie praktijkleren", () => {
  const stage = (overrides: Partial<CheckAnswers> = {}) =>
    answers({ offer: "stage", atSchool: true, lastSchoolYear: true, schoolType: "pro", erkendLeerbedrijf: "ja", months: 10, hoursPerWeek: 20, ...overrides });

  it("pays the maximum pro rata: 10 months → € 2.700 × 10/12 = € 2.250", () => {
    // 20 h × 10 months × 52/12 weeks = 866,7 hours, more than 640.
    const subsidy = outcome(stage(), "subsidie-praktijkleren");
    expect(subsidy.verdict).toBe("past");
    expect(subsidy.reasons).toContain("De stage duurt ongeveer 867 uur. Dat is genoeg: het moet minstens 640 uur zijn.");
    expect(subsidy.estimate).toMatchObject({ perYear: 2250, capped: false });
  });

  it("pays at most € 2.700 for a whole school year or longer", () => {
    expect(outcome(stage({ months: 12 }), "subsidie-praktijkleren").estimate).toMatchObject({ perYear: 2700, capped: false });
    expect(outcome(stage({ months: 14 }), "subsidie-praktijkleren").estimate).toMatchObject({ perYear: 2700, capped: true });
  });

  it("needs 640 hours: 12,3 h × 52 weeks = 639,6 ≈ 640 fits, 12,25 h = 637 does not", () => {
    expect(outcome(stage({ months: 12, hoursPerWeek: 12.3 }), "subsidie-praktijkleren").verdict).toBe("past");
    const short = outcome(stage({ months: 12, hoursPerWeek: 12.25 }), "subsidie-praktijkleren");
    expect(short.verdict).toBe("past-niet");
    expect(short.reasons).toEqual(["De stage duurt ongeveer 637 uur. Dat moet minstens 640 uur zijn."]);
  });

  it("does not fit a stage of zero hours", () => {
    expect(outcome(stage({ hoursPerWeek: 0 }), "subsidie-praktijkleren")).toMatchObject({ verdict: "past-niet", estimate: null });
  });

  it("lists every reason it does not fit", () => {
    const subsidy = outcome(stage({ lastSchoolYear: false, schoolType: "anders", erkendLeerbedrijf: "nee" }), "subsidie-praktijkleren");
    expect(subsidy.verdict).toBe("past-niet");
    expect(subsidy.reasons).toHaveLength(3);
  });

  it("may fit for the vso or an employer that does not know whether it is recognised", () => {
    expect(outcome(stage({ schoolType: "vso" }), "subsidie-praktijkleren").verdict).toBe("misschien");
    const unknown = outcome(stage({ erkendLeerbedrijf: "weet-niet" }), "subsidie-praktijkleren");
    expect(unknown.verdict).toBe("misschien");
    expect(unknown.estimate?.perYear).toBe(2250);
  });

  it("counts a proefplaatsing arranged with the school as a stage place, but not a job", () => {
    expect(outcome(stage({ offer: "proefplaatsing" }), "subsidie-praktijkleren").verdict).toBe("past");
    expect(outcome(stage({ offer: "baan" }), "subsidie-praktijkleren").verdict).toBe("past-niet");
    expect(outcome(stage({ atSchool: false }), "subsidie-praktijkleren").verdict).toBe("past-niet");
  });

  it("says when to apply, from the 2026 figures", () => {
    expect(outcome(stage(), "subsidie-praktijkleren").apply.when).toBe(
      "Achteraf, na het schooljaar. Voor schooljaar 2025/2026: van 2 juni 2026 tot en met 17 september 2026 om 17.00 uur.",
    );
  });

  it("names the year of the deadlines once they are out of date", () => {
    expect(outcome(stage(), "subsidie-praktijkleren", figuresFor(2027), 2027).apply.when).toContain(
      "2 juni 2026 (cijfer van 2026; het cijfer voor 2027 is nog niet bekend)",
    );
  });
});

describe("the regelingen without an amount", () => {
  it("no-riskpolis: for an employee in the register", () => {
    expect(outcome(answers(), "no-riskpolis").verdict).toBe("past");
    expect(outcome(answers({ doelgroepregister: "weet-niet" }), "no-riskpolis").verdict).toBe("misschien");
    expect(outcome(answers({ doelgroepregister: "nee" }), "no-riskpolis").verdict).toBe("past-niet");
    expect(outcome(answers({ offer: "stage" }), "no-riskpolis").verdict).toBe("past-niet");
  });

  it("jobcoach: a contract of 6 months and 12 hours a week", () => {
    expect(outcome(answers({ months: 6, hoursPerWeek: 12 }), "jobcoach").verdict).toBe("past");
    expect(outcome(answers({ months: 5 }), "jobcoach").reasons[0]).toContain("Dit contract duurt 5 maanden");
    expect(outcome(answers({ hoursPerWeek: 11.5 }), "jobcoach").verdict).toBe("past-niet");
    expect(outcome(answers({ offer: "stage" }), "jobcoach").verdict).toBe("past-niet");
    expect(outcome(answers({ offer: "proefplaatsing" }), "jobcoach").verdict).toBe("misschien");
  });

  it("werkplekaanpassing: only when needed, for work of 6 months or more", () => {
    expect(outcome(answers({ months: 6 }), "werkplekaanpassing").verdict).toBe("misschien");
    expect(outcome(answers({ months: 5 }), "werkplekaanpassing").verdict).toBe("past-niet");
  });

  it("proefplaatsing via UWV or gemeente: not for a pupil, and only with a contract of 6 months in view", () => {
    expect(outcome(answers({ offer: "proefplaatsing", atSchool: true }), "proefplaatsing").reasons[0]).toContain("Via school kan wel");
    expect(outcome(answers({ offer: "proefplaatsing", months: 3 }), "proefplaatsing").verdict).toBe("past-niet");
    expect(outcome(answers({ offer: "baan", months: 6 }), "proefplaatsing").verdict).toBe("misschien");
  });
});

describe("checkRegelingen", () => {
  it("always lists all seven regelingen, each with a reason and where to apply", () => {
    for (const offer of ["stage", "proefplaatsing", "baan"] as const) {
      const result = checkRegelingen(answers({ offer }), figuresFor(YEAR), YEAR);
      expect(result.outcomes).toHaveLength(7);
      for (const o of result.outcomes) {
        expect(o.reasons.length, o.slug).toBeGreaterThan(0);
        expect(o.apply.where).not.toBe("");
      }
    }
  });

  it("points a stage to the stage rules and the erkend leerbedrijf page", () => {
    const result = checkRegelingen(answers({ offer: "stage", doelgroepregister: "nee" }), figuresFor(YEAR), YEAR);
    expect(result.readAlso).toEqual(["regels-voor-een-stage", "erkend-leerbedrijf-en-praktijkverklaring"]);
  });
});

describe("the question to the WSP", () => {
  it("sums up the answers and what fits, and survives the round trip through a link", () => {
    const a = answers({ hourlyWage: 14.4, loonwaarde: 60 });
    const summary = summarizeForQuestion(a, checkRegelingen(a, figuresFor(YEAR), YEAR));
    expect(summary).toContain("Ik bied aan: een baan.");
    expect(summary).toContain("Brutoloon: € 14,40 per uur.");
    expect(summary).toContain("Past waarschijnlijk: No-riskpolis, Loonkostenvoordeel (LKV) banenafspraak, Loonkostensubsidie, Jobcoach.");
    expect(summary.length).toBeLessThan(1000);

    const url = new URL(questionHref(summary), "https://opstap.example");
    expect(url.pathname).toBe("/vraag");
    expect(url.searchParams.get("onderwerp")).toBe("subsidies");
    expect(url.searchParams.get("toelichting")).toBe(summary);
  });
});
