import { describe, expect, it } from "vitest";
import { COMPANY_NEEDED_MESSAGE, TOPICS_NEEDING_COMPANY, VraagSchema } from "./vraag";

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

  it("always needs the postcode: it decides which region answers", () => {
    const result = VraagSchema.safeParse({ ...question, topic: "iets-anders", postcode: undefined });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["postcode"]);
  });
});
