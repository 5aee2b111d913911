
import { describe, expect, it } from "vitest";
import { CheckFormSchema, toCheckAnswers } from "./regelingencheck";
import { parseFormSubmission } from "~/forms/submission";

const filledIn = {
  aanbod: "baan",
  opSchool: "ja",
  laatsteJaar: "ja",
  school: "pro",
  leeftijd: "17",
  register: "ja",
  erkend: "weet-niet",
  maanden: "12",
  weken: "",
  uren: "24",
  loonwaarde: "",
};

/** As the browser sends the GET form: every field, empty ones as empty strings. */
const parse = (overrides: Record<string, string> = {}) =>
  parseFormSubmission(new URLSearchParams({ ...filledIn, ...overrides }), { schema: CheckFormSchema });

const errorsOf = (submission: ReturnType<typeof parse>) => (submission.status === "error" ? submission.error : null);

describe("CheckFormSchema", () => {
  it("turns the query string into the check's answers", () => {
    const submission = parse({ leeftijd: "18 jaar", weken: "38", loonwaarde: "60%", uren: "12,5" });
    expect(submission.status).toBe("success");
    if (submission.status !== "success") return;
    expect(toCheckAnswers(submission.value)).toEqual({
      offer: "baan",
      atSchool: true,
      lastSchoolYear: true,
      schoolType: "pro",
      erkendLeerbedrijf: "weet-niet",
      doelgroepregister: "ja",
      age: 18,
      months: 12,
      weeks: 38,
      hoursPerWeek: 12.5,
      loonwaarde: 60,
    });
  });

  it("leaves the weeks and the loonwaarde out when they are empty", () => {
    const submission = parse();
    expect(submission.status === "success" && toCheckAnswers(submission.value)).toMatchObject({ weeks: null, loonwaarde: null });
  });

  it("accepts zero hours a week, and ignores the last-school-year answer after school", () => {
    const submission = parse({ uren: "0", opSchool: "nee", laatsteJaar: "ja" });
    expect(submission.status === "success" && toCheckAnswers(submission.value)).toMatchObject({ hoursPerWeek: 0, lastSchoolYear: false });
  });

  it("says in Dutch what is missing or wrong, beside each question", () => {
    const submission = parseFormSubmission(new URLSearchParams({ opSchool: "ja", maanden: "twaalf", uren: "70", loonwaarde: "60,5" }), {
      schema: CheckFormSchema,
    });
    expect(errorsOf(submission)).toMatchObject({
      aanbod: ["Kies wat u de jongere wilt aanbieden."],
      laatsteJaar: ["Kies of de jongere in het laatste schooljaar zit."],
      leeftijd: ["Vul in hoe oud de jongere is."],
      maanden: ["Vul een heel aantal maanden in, bijvoorbeeld 12."],
      uren: ["Vul een aantal uren in van 0 tot en met 60."],
      loonwaarde: ["Vul een heel getal in, bijvoorbeeld 60."],
    });
  });

  it("refuses answers that are not among the choices, and ages outside the range", () => {
    expect(errorsOf(parse({ aanbod: "vakantiewerk" }))).toMatchObject({ aanbod: ["Kies wat u de jongere wilt aanbieden."] });
    expect(errorsOf(parse({ leeftijd: "9" }))).toMatchObject({ leeftijd: ["Vul een leeftijd in van 12 tot en met 30 jaar."] });
    expect(errorsOf(parse({ weken: "60" }))).toMatchObject({ weken: ["Vul een aantal weken in van 1 tot en met 52."] });
  });
});
