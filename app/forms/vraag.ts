/**
 * The "vraag stellen" form: a quick question. It asks the question, its topic, who asks it and
 * the postcode (every question goes to the werkgeversservicepunt or a school of the region the
 * postcode lies in). The company's name is asked only for a topic a school answers: the school
 * needs to know which company it would visit.
 */
import * as z from "zod/mini";
import { QUESTION_TOPICS, type QuestionTopic } from "~/domain/routing";
import { consentField, emailField, optionalText, phoneField, postcodeField, requestBaseFields, requiredText } from "./fields";

type TopicValue = (typeof QUESTION_TOPICS)[number]["value"];

/** The topics a school answers; for these the company's name is needed. */
export const TOPICS_NEEDING_COMPANY: ReadonlySet<string> = new Set(
  QUESTION_TOPICS.filter((t) => t.handler === "school").map((t) => t.value),
);

export const COMPANY_NEEDED_MESSAGE = "Vul de naam van uw bedrijf in. De school heeft die nodig voor een stage.";

export const VraagSchema = z
  .object({
    topic: z.enum(QUESTION_TOPICS.map((t) => t.value) as [TopicValue, ...TopicValue[]], "Kies waar uw vraag over gaat."),
    question: requiredText("Schrijf uw vraag op.", 3000),
    contactName: requestBaseFields.contactName,
    email: emailField,
    phone: phoneField,
    companyName: optionalText(150),
    postcode: postcodeField,
    // Only asked when the postcode lies in two municipalities.
    municipality: requestBaseFields.municipality,
    consent: consentField,
    submissionKey: requestBaseFields.submissionKey,
    website: requestBaseFields.website,
  })
  .check(
    z.refine((v) => !TOPICS_NEEDING_COMPANY.has(String(v.topic)) || (typeof v.companyName === "string" && v.companyName !== ""), {
      message: COMPANY_NEEDED_MESSAGE,
      path: ["companyName"],
      // Also while other fields are wrong, so every problem shows in one pass.
      when: (payload) => typeof payload.value === "object" && payload.value !== null,
    }),
  );

export type VraagInput = z.infer<typeof VraagSchema>;
export type VraagFormValues = z.input<typeof VraagSchema>;
export type { QuestionTopic };
