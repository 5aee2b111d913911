/** The "groepsstage aanvragen" form. */
import * as z from "zod/mini";
import { SECTOR_VALUES } from "~/domain/sectors";
import { requestBaseFields, requiredText, startPeriodField } from "./fields";

export const GROUP_SIZE = { min: 2, max: 12 } as const;

export const GroepsstageSchema = z.object({
  ...requestBaseFields,
  sector: z.enum(SECTOR_VALUES, "Kies de sector van uw bedrijf."),
  work: requiredText("Vertel kort welk werk de groep bij u kan doen.", 2000),
  // Kept as text (as typed) so the form's values stay strings; the number is read with Number().
  groupSize: z
    .string("Vul in hoeveel leerlingen er kunnen komen, bijvoorbeeld 6.")
    .check(
      z.trim(),
      z.regex(/^\d{1,3}$/, "Vul een heel getal in, bijvoorbeeld 6."),
      z.refine((v) => Number(v) >= GROUP_SIZE.min, `Een groep is minstens ${GROUP_SIZE.min} leerlingen.`),
      z.refine((v) => Number(v) <= GROUP_SIZE.max, `Een groep is hoogstens ${GROUP_SIZE.max} leerlingen.`),
    ),
  daysAndWeeks: requiredText("Vul in op welke dagen en hoeveel weken, bijvoorbeeld: dinsdag, 6 weken.", 300),
  startPeriod: startPeriodField,
  supervisorSpace: z.optional(z.literal("on")),
  canteen: z.optional(z.literal("on")),
});

export type GroepsstageInput = z.infer<typeof GroepsstageSchema>;
export type GroepsstageFormValues = z.input<typeof GroepsstageSchema>;
