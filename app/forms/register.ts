/**
 * The employer register's forms (staff) and the check-in answers (the employer), with their Dutch
 * messages. One schema per form; pages with several forms tell them apart by `intent`.
 */
import * as z from "zod/mini";
import { CONTACT_KIND_VALUES, NOTE_VISIBILITIES, REGISTER_OFFER_VALUES, REGISTER_STATUS_VALUES } from "~/domain/register";
import { SECTOR_VALUES } from "~/domain/sectors";
import { isCalendarDate } from "./request-work";
import { emailField, kvkField, optionalText, phoneField, postcodeField, requiredText, startPeriodField } from "./fields";

const dateField = (missing: string) => z.string(missing).check(z.trim(), z.refine(isCalendarDate, "Vul een datum in zoals 12-03-2027."));

/** A whole number typed in a text field (the input stays a string for the form library). */
const wholeNumber = (missing: string, notNumber: string, min: [number, string], max: [number, string]) =>
  z.pipe(
    z.pipe(
      z.string(missing).check(z.trim(), z.minLength(1, missing), z.regex(/^\d{1,6}$/, notNumber)),
      z.transform(Number),
    ),
    z.number().check(z.gte(min[0], min[1]), z.lte(max[0], max[1])),
  );

const listOf = <T extends string>(values: [T, ...T[]]) =>
  z.pipe(
    z.transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    z.array(z.enum(values, "Kies uit de lijst.")),
  );

export const ContactLogSchema = z
  .object({
    intent: z.literal("contact"),
    kind: z.enum(CONTACT_KIND_VALUES, "Kies wat voor contact het was."),
    happenedOn: dateField("Vul in wanneer het was."),
    endsOn: z.optional(dateField("Vul in wanneer de plaatsing eindigt.")),
    note: optionalText(2000),
    visibility: z._default(z.enum(NOTE_VISIBILITIES, "Kies wie de notitie mag lezen."), "eigen"),
    toOrganisationId: z.optional(z.string().check(z.uuid("Kies een school."))),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.kind === "overdracht" && !value.toOrganisationId) {
        ctx.addIssue({ code: "custom", path: ["toOrganisationId"], message: "Kies aan welke school u de werkgever doorgeeft." });
      }
      if (value.endsOn && value.endsOn < value.happenedOn) {
        ctx.addIssue({ code: "custom", path: ["endsOn"], message: "Het einde ligt voor het begin." });
      }
    }),
  );

export const CapacitySchema = z.object({
  intent: z.literal("capaciteit"),
  schoolYear: wholeNumber("Kies een schooljaar.", "Kies een schooljaar.", [2020, "Kies een schooljaar."], [2100, "Kies een schooljaar."]),
  offer: z.enum(REGISTER_OFFER_VALUES, "Kies wat de werkgever biedt."),
  places: wholeNumber("Vul een aantal in.", "Vul een heel getal in, zoals 2.", [0, "Vul 0 of meer in."], [200, "Vul 200 of minder in."]),
});

export const StatusSchema = z.object({
  intent: z.literal("status"),
  status: z.enum(REGISTER_STATUS_VALUES, "Kies een status."),
});

export const FollowUpSchema = z.object({
  intent: z.literal("opgevolgd"),
  checkInId: z.string().check(z.uuid("Laad de pagina opnieuw.")),
});

export const NewEntrySchema = z.object({
  companyName: requiredText("Vul de naam van het bedrijf in.", 150),
  kvkNumber: kvkField,
  postcode: postcodeField,
  sectors: listOf(SECTOR_VALUES),
  offers: listOf(REGISTER_OFFER_VALUES),
  contactName: requiredText("Vul de naam van de contactpersoon in.", 150),
  email: z.optional(emailField),
  phone: phoneField,
});

/** A pair of possible duplicates ("id:id") and the entry to keep. */
export const MergeSchema = z.object({
  intent: z.enum(["samenvoegen", "apart"]),
  keepId: z.string().check(z.uuid()),
  pair: z.pipe(
    z.pipe(
      z.string(),
      z.transform((v) => v.split(":")),
    ),
    z.tuple([z.string().check(z.uuid()), z.string().check(z.uuid())]),
  ),
});

// ---------------------------------------------------------------------------------------------
// The employer's check-in answers.

export const PlaceAnswerSchema = z.object({
  intent: z.literal("plek"),
  places: wholeNumber(
    "Vul in hoeveel plekken u heeft.",
    "Vul een heel getal in, zoals 2.",
    [1, "Vul 1 of meer in."],
    [50, "Vul 50 of minder in. Heeft u meer plek? Bel dan de school."],
  ),
  offer: z.enum(REGISTER_OFFER_VALUES, "Kies wat voor plek het is."),
  startPeriod: startPeriodField,
});

export const DetailsAnswerSchema = z.object({
  intent: z.literal("gegevens"),
  companyName: requiredText("Vul de naam van uw bedrijf in.", 150),
  contactName: requiredText("Vul uw naam in.", 150),
  phone: phoneField,
  remark: optionalText(1000),
});

export const SimpleAnswerSchema = z.object({ intent: z.enum(["niet-nu", "stop"]) });

export const CheckInSettingsSchema = z.object({
  intent: z.literal("instellingen"),
  checkInMonth: wholeNumber("Kies een maand.", "Kies een maand.", [1, "Kies een maand."], [12, "Kies een maand."]),
  quietMonths: wholeNumber("Vul een aantal maanden in.", "Vul een heel getal in, zoals 9.", [3, "Vul 3 of meer in."], [36, "Vul 36 of minder in."]),
  weeksAfterPlacement: wholeNumber("Vul een aantal weken in.", "Vul een heel getal in, zoals 4.", [1, "Vul 1 of meer in."], [26, "Vul 26 of minder in."]),
});
