import { describe, expect, it } from "vitest";
import { COMPANY_NEEDED_MESSAGE, POSTCODE_NEEDED_MESSAGE, TOPICS_NEEDING_COMPANY, VraagSchema } from "./vraag";

const question = {
  question: "Hoe werkt dit?",
  contactName: "Ria Snel",
  email: "ria@example.org",
  postcode: "3511 AB",
  consent: "on",
  submissionKey: crypto.randomUUID(),
};

describe("VraagSchema", () => {
  it("needs the company's name only for a topic a school answers", () => {
    expect([...TOPICS_NEEDING_COMPANY].sort()).toEqual(["groepsstage", "proefplaatsing", "stage"]);
    expect(VraagSchema.safeParse({ ...question, topic: "iets-anders" }).success).toBe(true);
    expect(VraagSchema.safeParse({ ...question, topic: "subsidies" }).success).toBe(true);
    const stage = VraagSchema.safeParse({ ...question, topic: "stage" });
    expect(stage.success).toBe(false);
    expect(stage.error?.issues).toEqual([expect.objectContaining({ path: ["companyName"], message: COMPANY_NEEDED_MESSAGE })]);
    expect(VraagSchema.safeParse({ ...question, topic: "stage", companyName: "Garage Snel" }).success).toBe(true);
  });

  it("reports the missing company name together with the other problems", () => {
    const result = VraagSchema.safeParse({ ...question, topic: "proefplaatsing", email: "geen-adres" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["email", "companyName"]);
  });

  it("needs the postcode for every topic someone of the region answers, not for 'iets anders'", () => {
    for (const topic of ["stage", "proefplaatsing", "groepsstage", "subsidies", "regelingen", "in-dienst-nemen", "no-risk", "jobcoach"]) {
      const result = VraagSchema.safeParse({ ...question, topic, companyName: "Garage Snel", postcode: undefined });
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["postcode", POSTCODE_NEEDED_MESSAGE]]);
    }
    expect(VraagSchema.safeParse({ ...question, topic: "iets-anders", postcode: undefined }).success).toBe(true);
    // Given anyway, it must still be a postcode.
    const wrong = VraagSchema.safeParse({ ...question, topic: "iets-anders", postcode: "abc" });
    expect(wrong.error?.issues.map((issue) => issue.path.join("."))).toEqual(["postcode"]);
  });
});
