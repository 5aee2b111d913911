/**
 * The "vraag stellen" form: a quick question. It asks the question, its topic and who asks it.
 * The postcode is needed when the topic is answered by someone of the employer's region (a school
 * or the werkgeversservicepunt); a question about "iets anders" may come without one and then goes
 * to the team behind Opstap (decision 032). The company's name is asked only for a topic a school
 * answers: the school needs to know which company it would visit.
 */
import * as z from "zod/mini";
import { QUESTION_TOPICS, type QuestionTopic, TOPICS_WITHOUT_PLACE } from "~/domain/routing";
import { consentField, emailField, optionalText, phoneField, postcodeField, requestBaseFields, requiredText } from "./fields";

type TopicValue = (typeof QUESTION_TOPICS)[number]["value"];

/** The topics a school answers; for these the company's name is needed. */
export const TOPICS_NEEDING_COMPANY: ReadonlySet<string> = new Set(
  QUESTION_TOPICS.filter((t) => t.handler === "school").map((t) => t.value),
);

export const COMPANY_NEEDED_MESSAGE = "Vul de naam van uw bedrijf in. De school heeft die nodig voor een stage.";
export const POSTCODE_NEEDED_MESSAGE = "Vul de postcode van uw bedrijf in. Dan komt uw vraag bij iemand bij u in de buurt.";

/** Whether this topic is answered by someone of the employer's region, so the postcode is needed. */
export function topicNeedsPlace(topic: unknown): boolean {
  return !TOPICS_WITHOUT_PLACE.has(topic as QuestionTopic);
}

// Both rules also run while other fields are wrong, so every problem shows in one pass.
const whenAnObject = (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null;

export const VraagSchema = z
  .object({
    topic: z.enum(QUESTION_TOPICS.map((t) => t.value) as [TopicValue, ...TopicValue[]], "Kies waar uw vraag over gaat."),
    question: requiredText("Schrijf uw vraag op.", 3000),
    contactName: requestBaseFields.contactName,
    email: emailField,
    phone: phoneField,
    companyName: optionalText(150),
    postcode: z.optional(postcodeField),
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
      when: whenAnObject,
    }),
    z.refine((v) => !topicNeedsPlace(v.topic) || (typeof v.postcode === "string" && v.postcode !== ""), {
      message: POSTCODE_NEEDED_MESSAGE,
      path: ["postcode"],
      when: whenAnObject,
    }),
  );

export type VraagInput = z.infer<typeof VraagSchema>;
export type VraagFormValues = z.input<typeof VraagSchema>;
export type { QuestionTopic };
