/**
 * The regelingencheck's questions as they arrive in the query string (a GET form, so a result
 * can be bookmarked and shared), with the Dutch messages, and their translation into the
 * answers the calculation takes. One schema for the server and the browser.
 */
import * as z from "zod/mini";
import { type CheckAnswers, OFFERS, YOUTH_SCHOOL_ANSWERS, YES_NO_UNKNOWN } from "~/domain/regelingen/check";

const values = <V extends string>(options: ReadonlyArray<{ value: V }>) => options.map((o) => o.value) as [V, ...V[]];

const YES_NO = ["ja", "nee"] as const;

/**
 * A number as people type it: "12,5", "12.5", "60%", "17 jaar". Whole numbers only when
 * `whole` is set.
 */
function numberField(options: { missing: string; invalid: string; min: number; max: number; range: string; whole?: boolean }) {
  return z.pipe(
    z.pipe(
      z.string(options.missing).check(z.trim()),
      z.transform((text, ctx) => {
        const cleaned = text.replace(/[€%\s]|jaar|weken/gi, "").replace(",", ".");
        const pattern = options.whole ? /^\d+$/ : /^\d+(\.\d{1,2})?$/;
        if (!pattern.test(cleaned)) {
          ctx.issues.push({ code: "custom", message: options.invalid, input: text });
          return z.NEVER;
        }
        return Number(cleaned);
      }),
    ),
    z.number().check(z.gte(options.min, options.range), z.lte(options.max, options.range)),
  );
}

export const CheckFormSchema = z
  .object({
    aanbod: z.enum(values(OFFERS), "Kies wat u de jongere wilt aanbieden."),
    opSchool: z.enum(YES_NO, "Kies of de jongere nog op school zit."),
    laatsteJaar: z.optional(z.enum(YES_NO, "Kies of de jongere in het laatste schooljaar zit.")),
    school: z.enum(values(YOUTH_SCHOOL_ANSWERS), "Kies op welke school de jongere zit of zat."),
    register: z.enum(values(YES_NO_UNKNOWN), "Kies of de jongere in het doelgroepregister staat."),
    erkend: z.enum(values(YES_NO_UNKNOWN), "Kies of uw bedrijf een erkend leerbedrijf is."),
    leeftijd: numberField({
      missing: "Vul in hoe oud de jongere is.",
      invalid: "Vul een leeftijd in jaren in, bijvoorbeeld 17.",
      min: 12,
      max: 30,
      range: "Vul een leeftijd in van 12 tot en met 30 jaar.",
      whole: true,
    }),
    maanden: numberField({
      missing: "Vul in hoeveel maanden de stage of het contract duurt.",
      invalid: "Vul een heel aantal maanden in, bijvoorbeeld 12.",
      min: 1,
      max: 60,
      range: "Vul een aantal maanden in van 1 tot en met 60.",
      whole: true,
    }),
    uren: numberField({
      missing: "Vul in hoeveel uur per week de jongere bij u is.",
      invalid: "Vul een aantal uren in, bijvoorbeeld 24 of 12,5.",
      min: 0,
      max: 60,
      range: "Vul een aantal uren in van 0 tot en met 60.",
    }),
    weken: z.optional(
      numberField({
        missing: "",
        invalid: "Vul een heel aantal weken in, bijvoorbeeld 40.",
        min: 1,
        max: 52,
        range: "Vul een aantal weken in van 1 tot en met 52.",
        whole: true,
      }),
    ),
    loonwaarde: z.optional(
      numberField({
        missing: "",
        invalid: "Vul een heel getal in, bijvoorbeeld 60.",
        min: 0,
        max: 100,
        range: "Vul een percentage in van 0 tot en met 100.",
        whole: true,
      }),
    ),
  })
  .check(
    z.refine((value) => !(value.opSchool === "ja" && !value.laatsteJaar), {
      path: ["laatsteJaar"],
      message: "Kies of de jongere in het laatste schooljaar zit.",
      // Also when other answers are wrong, so the employer sees every problem at once.
      when: ({ value }) => typeof value === "object" && value !== null,
    }),
  );

export type CheckFormValues = z.input<typeof CheckFormSchema>;
export type CheckFormOutput = z.output<typeof CheckFormSchema>;

export function toCheckAnswers(value: CheckFormOutput): CheckAnswers {
  const atSchool = value.opSchool === "ja";
  return {
    offer: value.aanbod,
    atSchool,
    lastSchoolYear: atSchool && value.laatsteJaar === "ja",
    schoolType: value.school,
    erkendLeerbedrijf: value.erkend,
    doelgroepregister: value.register,
    age: value.leeftijd,
    months: value.maanden,
    weeks: value.weken ?? null,
    hoursPerWeek: value.uren,
    loonwaarde: value.loonwaarde ?? null,
  };
}

/** The questions' names in the order they are asked, for the error summary. */
export const CHECK_FIELD_LABELS = {
  aanbod: "Wat biedt u aan?",
  opSchool: "Zit de jongere nog op school?",
  laatsteJaar: "Laatste schooljaar",
  school: "School",
  leeftijd: "Leeftijd",
  register: "Doelgroepregister",
  erkend: "Erkend leerbedrijf",
  maanden: "Duur in maanden",
  weken: "Weken met begeleiding",
  uren: "Uren per week",
  loonwaarde: "Geschatte loonwaarde",
} as const satisfies Record<keyof CheckFormValues, string>;
