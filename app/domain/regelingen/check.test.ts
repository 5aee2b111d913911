/**
 * Worked examples, each calculated by hand from the rules as the research states them (see the
 * comment above each expectation). Figures: minimum wage per hour from 1 January 2026 (21+
 * € 14,71; 20 € 11,77; 19 € 8,83; 18 € 7,36; 17 € 5,81; 16 € 5,07; 15 € 4,41), valid until
 * 30 June 2026; LKV € 1,01 per hour up to € 2.000 a year; loonkostensubsidie at most 70% of the
 * minimum wage for the age, plus 23,5%; praktijkleren at most € 2.700 for a full place of 40
 * weeks, a stage of at least 640 hours; 52 weeks a year. The day is pinned in every test.
 */
import { describe, expect, it } from "vitest";
import { type CheckAnswers, checkRegelingen, type Outcome } from "./check";
import { FIGURES } from "./figures";
import { questionHref, summarizeForQuestion } from "./question-link";

/** Inside the first half of 2026: the minimum wage of 1 January holds. */
const SPRING = "2026-03-01";
/** The day of the research's check: the minimum wage of 1 January has ended, no successor known. */
const DECEMBER = "2026-12-02";

/** Amounts keep € and the number together with a no-break space; compare them as plain text. */
const plain = (text: string | undefined | null) => (text ?? "").replace(/\u00a0/g, " ");
const plainAll = (texts: string[] | undefined) => (texts ?? []).map(plain);

function answers(overrides: Partial<CheckAnswers> = {}): CheckAnswers {
  return {
    offer: "baan",
    atSchool: false,
    lastSchoolYear: false,
    schoolType: "vso",
    erkendLeerbedrijf: "weet-niet",
    doelgroepregister: "ja",
    age: 18,
    months: 12,
    weeks: null,
    hoursPerWeek: 24,
    loonwaarde: null,
    ...overrides,
  };
}

function outcome(a: CheckAnswers, slug: Outcome["slug"], date = SPRING): Outcome {
  const result = checkRegelingen(a, FIGURES, date);
  const found = [...result.outcomes, ...result.later].find((o) => o.slug === slug);
  if (!found) throw new Error(`geen uitkomst voor ${slug}`);
  return found;
}

describe("loonkostensubsidie: the minimum wage for the employee's age", () => {
  const job = (age: number, overrides: Partial<CheckAnswers> = {}) => answers({ age, loonwaarde: 50, hoursPerWeek: 32, ...overrides });

  it("an 18-year-old, 32 h, loonwaarde 50%: € 6.123,52 + € 1.439,03 = € 7.563 a year", () => {
    // 50% of € 7,36 = € 3,68 per hour; × 32 h × 52 = € 6.123,52; 23,5% of that = € 1.439,03.
    const lks = outcome(job(18), "loonkostensubsidie");
    expect(lks.verdict).toBe("past");
    expect(lks.estimate).toMatchObject({ perYear: 7563, capped: false, forPeriod: null, warnings: [] });
    expect(plainAll(lks.estimate?.steps)).toEqual([
      "Het minimumloon voor een werknemer van 18 jaar is € 7,36 per uur.",
      "Loonwaarde 50%: het verschil met het minimumloon is 50%.",
      "50% van € 7,36 = € 3,68 per uur.",
      "€ 3,68 × 32 uur per week × 52 weken = € 6.123,52 per jaar.",
      "Plus 23,5% voor werkgeverslasten: € 1.439,03.",
      "Samen: € 7.562,55 per jaar.",
    ]);
    expect(plainAll(lks.reasons)).toContain(
      "Het minimumloon hangt af van de leeftijd. Voor een jongere van 18 jaar is het € 7,36 per uur. De subsidie is daarom lager dan voor een volwassene.",
    );
  });

  it("a 17-year-old, 32 h, loonwaarde 50%: € 4.833,92 + € 1.135,97 = € 5.970 a year", () => {
    // 50% of € 5,81 = € 2,905 per hour; × 32 h × 52 = € 4.833,92; 23,5% of that = € 1.135,97.
    const lks = outcome(job(17), "loonkostensubsidie");
    expect(lks.estimate).toMatchObject({ perYear: 5970, capped: false });
    expect(plainAll(lks.estimate?.steps)).toContain("Plus 23,5% voor werkgeverslasten: € 1.135,97.");
  });

  it("an adult, 32 h, loonwaarde 50%: € 12.238,72 + € 2.876,10 = € 15.115 — twice the 18-year-old's", () => {
    // 50% of € 14,71 = € 7,355 per hour; × 32 h × 52 = € 12.238,72; 23,5% = € 2.876,10.
    expect(outcome(job(21), "loonkostensubsidie").estimate?.perYear).toBe(15115);
    expect(outcome(job(25), "loonkostensubsidie").estimate?.perYear).toBe(15115);
  });

  it("is never more than 70% of the minimum wage for the age: 18, loonwaarde 20%, 20 h → € 6.617", () => {
    // Gap 80% > 70%: 70% of € 7,36 = € 5,152 per hour; × 20 h × 52 = € 5.358,08; × 1,235 = € 6.617,23.
    const lks = outcome(job(18, { loonwaarde: 20, hoursPerWeek: 20 }), "loonkostensubsidie");
    expect(lks.estimate).toMatchObject({ perYear: 6617, capped: true });
    expect(lks.estimate?.steps[2]).toContain("hoogstens 70%");
  });

  it("uses the last known minimum wage after its period, and says until when it held", () => {
    // Same sums as in spring; the amount from 1 July 2026 is not known.
    const lks = outcome(job(18), "loonkostensubsidie", DECEMBER);
    expect(lks.estimate?.perYear).toBe(7563);
    expect(plainAll(lks.estimate?.warnings)).toEqual([
      "We rekenen met het minimumloon dat gold tot en met 30 juni 2026 (€ 7,36 per uur). Het bedrag van nu hebben we nog niet. Het wordt meestal iets hoger.",
    ]);
    expect(plainAll(lks.reasons).join(" ")).toContain("laatst bekend € 7,36 per uur (geldig tot 30 juni 2026)");
  });

  it("gives the amount for a shorter contract: 6 of 12 months of € 7.562,55", () => {
    expect(outcome(job(18, { months: 6 }), "loonkostensubsidie").estimate?.forPeriod).toEqual({ months: 6, amount: 3781 });
  });

  it("has no minimum wage to work with below 15", () => {
    const lks = outcome(job(14), "loonkostensubsidie");
    expect(lks.estimate).toBeNull();
    expect(lks.noEstimate).toContain("geen minimumloon");
  });

  it("does not fit at a loonwaarde of 100%, or while the pupil has more school years to go", () => {
    expect(outcome(answers({ loonwaarde: 100 }), "loonkostensubsidie")).toMatchObject({ verdict: "past-niet", estimate: null });
    const atSchool = outcome(answers({ atSchool: true, lastSchoolYear: false, loonwaarde: 50 }), "loonkostensubsidie");
    expect(atSchool.verdict).toBe("past-niet");
    expect(atSchool.reasons[0]).toContain("op school");
  });

  it("may fit without a loonwaarde, and then has no estimate", () => {
    expect(outcome(answers({ loonwaarde: null }), "loonkostensubsidie")).toMatchObject({ verdict: "misschien", estimate: null });
  });

  it("gives a pro or vso leaver six months to apply, by law, and points Wajongers to loondispensatie", () => {
    const lks = outcome(job(18), "loonkostensubsidie");
    expect(lks.apply.when).toBe(
      "Het liefst voordat de werknemer begint. Komt de werknemer van het praktijkonderwijs of het vso? Dan kunt u het aanvragen tot 6 maanden na de eerste werkdag. Dat is sinds 1 juli 2023 in heel Nederland zo.",
    );
    expect(lks.reasons.join(" ")).toContain("loondispensatie via UWV");
    expect(outcome(job(18, { schoolType: "anders" }), "loonkostensubsidie").apply.when).toContain("verschillen per gemeente");
  });
});

describe("loonkostenvoordeel (LKV) banenafspraak", () => {
  it("is hours × rate for a year: 24 h × € 1,01 × 52 = € 1.260,48, the 2026 amount without a warning", () => {
    const lkv = outcome(answers({ hoursPerWeek: 24 }), "loonkostenvoordeel", DECEMBER);
    expect(lkv.verdict).toBe("past");
    expect(lkv.estimate).toMatchObject({ perYear: 1260, capped: false, forPeriod: null, warnings: [] });
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

  it("says it does not matter when the employee was hired", () => {
    expect(outcome(answers(), "loonkostenvoordeel").reasons).toContain(
      "Sinds 1 januari 2026 maakt het niet uit wanneer de werknemer bij u in dienst kwam. U hoeft geen doelgroepverklaring aan te vragen.",
    );
  });

  it("gives no estimate without hours per week, but still fits", () => {
    const lkv = outcome(answers({ hoursPerWeek: 0 }), "loonkostenvoordeel");
    expect(lkv).toMatchObject({ verdict: "past", estimate: null });
    expect(lkv.noEstimate).toContain("Zonder vaste uren");
  });

  it("does not fit outside the doelgroepregister; may fit when the employer does not know", () => {
    expect(outcome(answers({ doelgroepregister: "nee" }), "loonkostenvoordeel")).toMatchObject({ verdict: "past-niet", estimate: null });
    const unknown = outcome(answers({ doelgroepregister: "weet-niet" }), "loonkostenvoordeel");
    expect(unknown.verdict).toBe("misschien");
    expect(unknown.estimate?.perYear).toBe(1260);
  });
});

describe("subsidie praktijkleren, per week of supervision", () => {
  const stage = (overrides: Partial<CheckAnswers> = {}) =>
    answers({ offer: "stage", atSchool: true, lastSchoolYear: true, schoolType: "pro", erkendLeerbedrijf: "ja", age: 17, hoursPerWeek: 16, weeks: 40, ...overrides });

  it("pays the maximum for a full place: 40 weeks × 16 h = 640 hours, € 2.700", () => {
    const subsidy = outcome(stage(), "subsidie-praktijkleren");
    expect(subsidy.verdict).toBe("past");
    expect(plainAll(subsidy.reasons)).toContain(
      "De stage duurt ongeveer 16 uur × 40 weken = 640 uur. Dat is genoeg: het moet minstens 640 uur zijn.",
    );
    expect(subsidy.estimate).toMatchObject({ perYear: 2700, capped: false });
  });

  it("pays per week below a full place: 30 weeks × 24 h → € 2.700 × 30/40 = € 2.025", () => {
    const subsidy = outcome(stage({ weeks: 30, hoursPerWeek: 24 }), "subsidie-praktijkleren");
    expect(subsidy.estimate).toMatchObject({ perYear: 2025, capped: false });
    expect(plainAll(subsidy.estimate?.steps)).toContain("€ 2.700 × 30/40 = € 2.025,00.");
  });

  it("counts at most 40 weeks", () => {
    expect(outcome(stage({ weeks: 46 }), "subsidie-praktijkleren").estimate).toMatchObject({ perYear: 2700, capped: true });
  });

  it("estimates the weeks from the months when they are left open: 6 months ≈ 26 weeks", () => {
    // 26 weeks × 30 h = 780 hours; € 2.700 × 26/40 = € 1.755.
    const subsidy = outcome(stage({ weeks: null, months: 6, hoursPerWeek: 30 }), "subsidie-praktijkleren");
    expect(subsidy.estimate?.perYear).toBe(1755);
    expect(subsidy.estimate?.steps[0]).toContain("We rekenen met ongeveer 26 weken in 6 maanden");
  });

  it("needs 640 hours: 39 weeks × 16 h = 624 does not fit", () => {
    const short = outcome(stage({ weeks: 39 }), "subsidie-praktijkleren");
    expect(short.verdict).toBe("past-niet");
    expect(plainAll(short.reasons)).toEqual(["De stage duurt ongeveer 16 uur × 39 weken = 624 uur. Dat moet minstens 640 uur zijn."]);
  });

  it("may fit for the vso, and for the other kinds of education the scheme covers", () => {
    expect(outcome(stage({ schoolType: "vso" }), "subsidie-praktijkleren").verdict).toBe("misschien");
    const other = outcome(stage({ schoolType: "anders" }), "subsidie-praktijkleren");
    expect(other.verdict).toBe("misschien");
    expect(other.reasons.join(" ")).toContain("leerwerktraject in het vmbo, de entree-opleiding, mbo-bbl en hbo duaal");
  });

  it("lists every reason it does not fit", () => {
    const subsidy = outcome(stage({ lastSchoolYear: false, erkendLeerbedrijf: "nee", weeks: 10 }), "subsidie-praktijkleren");
    expect(subsidy.verdict).toBe("past-niet");
    expect(subsidy.reasons).toHaveLength(3);
  });

  it("says the 2025/2026 window has passed and names the next one, in December 2026", () => {
    expect(outcome(stage(), "subsidie-praktijkleren", DECEMBER).apply.when).toBe(
      "Achteraf, na het schooljaar. Voor schooljaar 2025/2026 kon u aanvragen van 2 juni 2026 tot en met 17 september 2026 om 17.00 uur. " +
        "Die periode is voorbij. De volgende periode is voor schooljaar 2026/2027. Die verwachten we rond juni 2027. De precieze data zijn nog niet bekend.",
    );
  });

  it("says the window is open while it is, and when it opens before that", () => {
    expect(outcome(stage(), "subsidie-praktijkleren", "2026-09-17").apply.when).toContain(
      "kunt u nu aanvragen, tot en met 17 september 2026 om 17.00 uur",
    );
    expect(outcome(stage(), "subsidie-praktijkleren", SPRING).apply.when).toContain(
      "vraagt u aan van 2 juni 2026 tot en met 17 september 2026 om 17.00 uur",
    );
  });
});

describe("a stage: what applies first, the job arrangements for later", () => {
  const vsoStage = (overrides: Partial<CheckAnswers> = {}) =>
    answers({ offer: "stage", atSchool: true, lastSchoolYear: true, schoolType: "vso", doelgroepregister: "weet-niet", age: 17, hoursPerWeek: 16, months: 10, ...overrides });

  it("leads with the school's supervision and insurance and the subsidie, not a list of no's", () => {
    const result = checkRegelingen(vsoStage(), FIGURES, DECEMBER);
    expect(result.stage?.applies.join(" ")).toContain("De school begeleidt de leerling.");
    expect(result.stage?.applies.join(" ")).toContain("Meestal regelt en betaalt de school dat.");
    expect(result.outcomes.map((o) => o.slug)).toEqual(["subsidie-praktijkleren"]);
    expect(result.outcomes[0]?.verdict).toBe("misschien");
    expect(result.later.map((o) => o.slug)).toEqual([
      "no-riskpolis",
      "loonkostenvoordeel",
      "loonkostensubsidie",
      "jobcoach",
      "werkplekaanpassing",
      "proefplaatsing",
    ]);
    // Worked out as a job after school: nothing is refused for being a stage.
    expect(result.later.filter((o) => o.verdict === "past-niet")).toEqual([]);
    expect(result.readAlso).toEqual(["regels-voor-een-stage", "erkend-leerbedrijf-en-praktijkverklaring", "doelgroepregister-en-banenafspraak"]);
  });

  it("gives a 16- or 17-year-old the working-time rules, and warns above the average", () => {
    const { stage } = checkRegelingen(vsoStage({ age: 16, hoursPerWeek: 42 }), FIGURES, SPRING);
    expect(stage?.rules.heading).toBe("Regels voor een leerling van 16 of 17 jaar");
    expect(plainAll(stage?.rules.items)).toEqual(
      expect.arrayContaining([
        "Hoogstens 9 uur per dienst en 45 uur per week.",
        "Gemiddeld hoogstens 40 uur per week, over 4 weken.",
        "De tijd op school telt mee als werktijd.",
        "Niet werken tussen 23.00 uur en 06.00 uur.",
      ]),
    );
    expect(plainAll(stage?.warnings)).toEqual(["U vulde 42 uur per week in. Gemiddeld mag het hoogstens 40 uur per week zijn, met de schooltijd erbij."]);
  });

  it("gives a 14- or 15-year-old 14 hours of rest, and an 18-year-old the ordinary rules", () => {
    const young = checkRegelingen(vsoStage({ age: 15 }), FIGURES, SPRING).stage;
    expect(young?.rules.heading).toBe("Regels voor een leerling van 14 of 15 jaar");
    expect(plainAll(young?.rules.items)).toContain("Elke dag minstens 14 uur rust, in elk geval van 19.00 uur tot 07.00 uur.");
    const adult = checkRegelingen(vsoStage({ age: 18 }), FIGURES, SPRING).stage;
    expect(adult?.rules.heading).toBe("Regels voor een leerling van 18 jaar of ouder");
    expect(adult?.applies.join(" ")).not.toContain("ouder, tekent");
  });

  it("treats a proefplaatsing arranged with the school as a stage place", () => {
    const result = checkRegelingen(vsoStage({ offer: "proefplaatsing" }), FIGURES, SPRING);
    expect(result.stage).not.toBeNull();
    expect(result.outcomes.map((o) => o.slug)).toEqual(["subsidie-praktijkleren"]);
  });
});

describe("the regelingen without an amount", () => {
  it("no-riskpolis: for an employee in the register", () => {
    expect(outcome(answers(), "no-riskpolis").verdict).toBe("past");
    expect(outcome(answers({ doelgroepregister: "weet-niet" }), "no-riskpolis").verdict).toBe("misschien");
    expect(outcome(answers({ doelgroepregister: "nee" }), "no-riskpolis").verdict).toBe("past-niet");
  });

  it("jobcoach: probably through the gemeente for a pro or vso leaver, even below UWV's thresholds", () => {
    const tenHours = outcome(answers({ hoursPerWeek: 10 }), "jobcoach");
    expect(tenHours.verdict).toBe("past");
    expect(plainAll(tenHours.reasons).join(" ")).toContain("meestal via de gemeente");
    expect(plainAll(tenHours.reasons).join(" ")).toContain("Bij uitzondering kan het bij UWV vanaf 8 uur per week. Via de gemeente kan het waarschijnlijk wel.");
    expect(outcome(answers({ months: 5 }), "jobcoach").verdict).toBe("past");
    expect(outcome(answers({ hoursPerWeek: 10, schoolType: "anders" }), "jobcoach").verdict).toBe("misschien");
    expect(outcome(answers({ offer: "proefplaatsing" }), "jobcoach").verdict).toBe("misschien");
  });

  it("werkplekaanpassing: only when needed, for work of 6 months or more", () => {
    expect(outcome(answers({ months: 6 }), "werkplekaanpassing").verdict).toBe("misschien");
    expect(outcome(answers({ months: 5 }), "werkplekaanpassing").verdict).toBe("past-niet");
  });

  it("proefplaatsing via UWV or gemeente: only with a contract of 6 months in view", () => {
    expect(outcome(answers({ offer: "proefplaatsing", months: 3 }), "proefplaatsing").verdict).toBe("past-niet");
    expect(outcome(answers({ offer: "baan", months: 6 }), "proefplaatsing").verdict).toBe("misschien");
  });
});

describe("checkRegelingen", () => {
  it("lists all seven regelingen for a job, each with a reason and where to apply", () => {
    for (const offer of ["proefplaatsing", "baan"] as const) {
      const result = checkRegelingen(answers({ offer }), FIGURES, SPRING);
      expect(result.stage).toBeNull();
      expect(result.outcomes).toHaveLength(7);
      for (const o of result.outcomes) {
        expect(o.reasons.length, o.slug).toBeGreaterThan(0);
        expect(o.apply.where).not.toBe("");
      }
    }
  });

  it("records every figure it used", () => {
    const result = checkRegelingen(answers({ loonwaarde: 50 }), FIGURES, SPRING);
    expect(result.usedFigures).toEqual(expect.arrayContaining(["wml.perUur18", "lkv.perUur", "lks.werkgeverslasten"]));
  });
});

describe("the question to the WSP", () => {
  it("sums up the answers and what fits, and survives the round trip through a link", () => {
    const a = answers({ loonwaarde: 60 });
    const summary = summarizeForQuestion(a, checkRegelingen(a, FIGURES, SPRING));
    expect(summary).toContain("Ik bied aan: een baan.");
    expect(summary).toContain("Leeftijd: 18 jaar.");
    expect(summary).toContain("Past waarschijnlijk: No-riskpolis, Loonkostenvoordeel (LKV) banenafspraak, Loonkostensubsidie, Jobcoach.");
    expect(summary.length).toBeLessThan(1000);

    const url = new URL(questionHref(summary), "https://opstap.example");
    expect(url.pathname).toBe("/vraag");
    expect(url.searchParams.get("onderwerp")).toBe("subsidies");
    expect(url.searchParams.get("toelichting")).toBe(summary);
  });

  it("names the job arrangements for later after a stage", () => {
    const a = answers({ offer: "stage", atSchool: true, lastSchoolYear: true, weeks: 40, hoursPerWeek: 16 });
    expect(summarizeForQuestion(a, checkRegelingen(a, FIGURES, SPRING))).toContain("Als ik de leerling later in dienst neem: No-riskpolis");
  });
});
