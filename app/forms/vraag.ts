/** The "vraag stellen" form: the topic decides who answers (routing). */
import * as z from "zod";
import { QUESTION_TOPICS } from "~/domain/routing";
import { SECTOR_VALUES } from "~/domain/sectors";
import { requestBaseFields, requiredText } from "./fields";

export const VraagSchema = z.object({
  ...requestBaseFields,
  topic: z.enum(
    QUESTION_TOPICS.map((t) => t.value) as [(typeof QUESTION_TOPICS)[number]["value"], ...Array<(typeof QUESTION_TOPICS)[number]["value"]>],
    "Kies waar uw vraag over gaat.",
  ),
  question: requiredText("Schrijf uw vraag op.", 3000),
  // Not needed to answer a question, but it helps send a stage question to a fitting school.
  sector: z.enum(SECTOR_VALUES, "Kies een sector uit de lijst.").optional(),
});

export type VraagInput = z.infer<typeof VraagSchema>;
export type VraagFormValues = z.input<typeof VraagSchema>;
