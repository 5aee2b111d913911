/** The "proefplaatsing aanmelden" form: one schema for the server and the browser. */
import * as z from "zod/mini";
import { SECTOR_VALUES } from "~/domain/sectors";
import { optionalText, requestBaseFields, requiredText, startPeriodField } from "./fields";

export const ProefplaatsingSchema = z.object({
  ...requestBaseFields,
  sector: z.enum(SECTOR_VALUES, "Kies de sector van uw bedrijf."),
  work: requiredText("Vertel kort welk werk een leerling bij u kan doen.", 2000),
  daysAndHours: optionalText(300),
  supervisor: requiredText("Vul in wie de leerling begeleidt, bijvoorbeeld: Ahmed, chef-kok.", 200),
  startPeriod: startPeriodField,
});

export type ProefplaatsingInput = z.infer<typeof ProefplaatsingSchema>;
export type ProefplaatsingFormValues = z.input<typeof ProefplaatsingSchema>;
