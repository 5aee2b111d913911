/**
 * The administrators' forms: organisations, people and invites, and the CSV upload. The
 * organisation rules shared with the CSV import live in `~/domain/organisation-rules`; here they
 * get the wording of a form.
 */
import type { SubmissionResult } from "@conform-to/react";
import * as z from "zod/mini";
import type * as core from "zod/v4/core";
import {
  isOrganisationWebsite,
  type KnownPlaces,
  municipalitiesOutsideRegion,
  ORGANISATION_SLUG_PATTERN,
  ORGANISATION_WEBSITE_MAX_LENGTH,
  ORGANISATION_WEBSITE_RULE,
  type NewOrganisation,
  type OrganisationDetails,
  importOutcome,
  organisationProblems,
} from "~/domain/organisation-rules";
import { ORGANISATION_KINDS, SCHOOL_TYPES } from "~/domain/organisations";
import { SECTOR_VALUES } from "~/domain/sectors";
import { STAFF_ROLES } from "~/domain/staff";
import { checkboxField, listField, phoneField, requiredText } from "./fields";

/** "een school is pro of vso" → "Een school is pro of vso." */
function sentence(fragment: string): string {
  return `${fragment.charAt(0).toUpperCase()}${fragment.slice(1)}.`;
}

const staffEmail = (missing: string) =>
  z.pipe(
    z.string(missing).check(z.trim(), z.maxLength(254, "Dit e-mailadres is te lang.")),
    z.email("Vul een e-mailadres in zoals naam@school.nl."),
  );

/** A whole number typed in a text field; text that is no number fails as "not a whole number". */
const count = (max: number) =>
  z.optional(
    z.pipe(
      z.pipe(z.string("Vul een heel getal in."), z.transform(Number)),
      z.int("Vul een heel getal in.").check(z.gte(0, "Vul een getal van 0 of meer in."), z.lte(max, `Vul een getal tot en met ${max} in.`)),
    ),
  );

/** Only a crafted form sends anything but "on" for a check box. */
const CHECKBOX_MESSAGE = "Zet een vinkje of laat het vakje leeg.";

const organisationFields = {
  name: z.pipe(requiredText("Vul de naam van de organisatie in.", 200), z.string().check(z.minLength(2, "Vul de hele naam in."))),
  kind: z.enum(ORGANISATION_KINDS, "Kies of dit een werkgeversservicepunt of een school is."),
  regionSlug: z.string("Kies de arbeidsmarktregio."),
  schoolType: z.optional(z.enum(SCHOOL_TYPES, "Kies praktijkonderwijs of voortgezet speciaal onderwijs.")),
  contactEmail: staffEmail("Vul het e-mailadres van de organisatie in."),
  contactPhone: phoneField,
  website: z.optional(
    z.string().check(
      z.trim(),
      z.maxLength(ORGANISATION_WEBSITE_MAX_LENGTH, "Dit adres is te lang."),
      // The same rule as the CSV import, in the same words.
      z.refine(isOrganisationWebsite, sentence(ORGANISATION_WEBSITE_RULE)),
    ),
  ),
  sectors: listField(z.enum(SECTOR_VALUES, "Kies sectoren uit de lijst.")),
  takesProefplaatsing: checkboxField(CHECKBOX_MESSAGE),
  offersGroepsstage: checkboxField(CHECKBOX_MESSAGE),
  groepsstageMinSize: count(100),
  groepsstageMaxSize: count(100),
  capacityPerSchoolYear: count(9999),
  serviceArea: listField(z.string("Kies gemeenten uit de lijst.")),
};

/** What the form saves: the organisation as the import knows it, minus the fixed slug. */

type OrganisationFieldValues = z.output<z.ZodMiniObject<typeof organisationFields>>;

/**
 * Checks that need the reference data (the region exists, the service area lies in it) and the
 * rules shared with the CSV import, then shapes the values as the database wants them.
 */
function refineOrganisation<T extends OrganisationFieldValues>(places: KnownPlaces) {
  return (value: T, ctx: core.$RefinementCtx<T>) => {
    // A WSP has no school type; the form ignores one chosen by mistake instead of complaining.
    const schoolType = value.kind === "school" ? (value.schoolType ?? null) : null;
    for (const problem of organisationProblems({
      kind: value.kind,
      schoolType,
      offersGroepsstage: value.offersGroepsstage,
      groepsstageMinSize: value.groepsstageMinSize ?? null,
      groepsstageMaxSize: value.groepsstageMaxSize ?? null,
    })) {
      ctx.addIssue({ code: "custom", path: [problem.field], message: sentence(problem.message) });
    }
    if (!places.regionSlugs.has(value.regionSlug)) {
      ctx.addIssue({ code: "custom", path: ["regionSlug"], message: "Kies de arbeidsmarktregio." });
      return;
    }
    if (value.serviceArea.length === 0) {
      // A WSP without ticks serves its whole region, as "regio" does in the CSV.
      if (value.kind !== "wsp") {
        ctx.addIssue({ code: "custom", path: ["serviceArea"], message: "Kies minstens één gemeente voor het werkgebied." });
      }
    } else if (municipalitiesOutsideRegion(value.serviceArea, value.regionSlug, places).length > 0) {
      // Happens when the region was changed: the ticked municipalities belong to the old one.
      ctx.addIssue({
        code: "custom",
        path: ["serviceArea"],
        message: "Het werkgebied past niet bij de gekozen regio. Kies de gemeenten van de nieuwe regio.",
      });
    }
  };
}

function toDetails(value: OrganisationFieldValues, places: KnownPlaces): OrganisationDetails {
  const groepsstage = value.offersGroepsstage;
  const serviceArea =
    value.serviceArea.length === 0 && value.kind === "wsp"
      ? (places.municipalitiesByRegion.get(value.regionSlug) ?? [])
      : value.serviceArea;
  return {
    kind: value.kind,
    name: value.name,
    regionSlug: value.regionSlug,
    schoolType: value.kind === "school" ? (value.schoolType ?? null) : null,
    sectors: [...new Set(value.sectors)],
    takesProefplaatsing: value.takesProefplaatsing,
    offersGroepsstage: groepsstage,
    // Group sizes only mean something for an organisation that does group placements.
    groepsstageMinSize: groepsstage ? (value.groepsstageMinSize ?? null) : null,
    groepsstageMaxSize: groepsstage ? (value.groepsstageMaxSize ?? null) : null,
    capacityPerSchoolYear: value.capacityPerSchoolYear ?? null,
    serviceArea: [...new Set(serviceArea)],
    contactEmail: value.contactEmail,
    contactPhone: value.contactPhone ?? null,
    website: value.website ?? null,
  };
}

const newOrganisationFields = {
  ...organisationFields,
  slug: z
    .string("Vul een korte naam in, zoals pro-de-brug-utrecht.")
    .check(
      z.trim(),
      z.maxLength(80, "Gebruik maximaal 80 tekens."),
      z.regex(ORGANISATION_SLUG_PATTERN, "Gebruik alleen kleine letters, cijfers en streepjes, zoals pro-de-brug-utrecht."),
    ),
  active: checkboxField(CHECKBOX_MESSAGE),
};

/**
 * The organisation form's fields as the browser checks them: the same rules, without the checks
 * that need the reference data (those run on the server, in the schemas below).
 */
export const NewOrganisationFormSchema = z.object(newOrganisationFields);
/** Changing an organisation: the same fields; the short name is fixed, and activity has its own buttons. */
export const EditOrganisationFormSchema = z.partial(NewOrganisationFormSchema, { slug: true, active: true });

export function newOrganisationSchema(places: KnownPlaces) {
  return z.pipe(
    NewOrganisationFormSchema.check(z.superRefine(refineOrganisation(places))),
    z.transform((value): NewOrganisation => ({ ...toDetails(value, places), slug: value.slug, active: value.active })),
  );
}

export function editOrganisationSchema(places: KnownPlaces) {
  return z.pipe(
    EditOrganisationFormSchema.check(z.superRefine(refineOrganisation(places))),
    z.transform((value) => toDetails(value, places)),
  );
}

/**
 * The values of a form sent as GET (the "Toon gemeenten" button without JavaScript), so the
 * page can show them again: one value per field, a list for the check boxes.
 */
export function formValuesFromQuery(params: URLSearchParams, lists: readonly string[]): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    values[key] = lists.includes(key) ? params.getAll(key) : (params.get(key) ?? "");
  }
  return values;
}

const uuid = (message: string) => z.string(message).check(z.uuid(message));

const organisationChoice = z.optional(z.string().check(z.uuid("Kies een organisatie uit de lijst.")));

const memberId = uuid("Deze persoon bestaat niet.");

/** Inviting someone: "Iemand uitnodigen" on the people page. */
export const InviteSchema = z.object({
  intent: z.literal("uitnodigen"),
  name: requiredText("Vul de naam in.", 150),
  email: staffEmail("Vul het e-mailadres in."),
  role: z.enum(STAFF_ROLES, "Kies de rol."),
  organisationId: organisationChoice,
});

/** A person's role and organisation, which must go together (checked by the model). */
export const PersonRoleSchema = z.object({
  intent: z.literal("rol"),
  memberId,
  role: z.enum(STAFF_ROLES, "Kies de rol."),
  organisationId: organisationChoice,
});

export const PeopleActionSchema = z.discriminatedUnion("intent", [
  InviteSchema,
  PersonRoleSchema,
  z.object({ intent: z.literal("blokkeren"), memberId }),
  z.object({ intent: z.literal("deblokkeren"), memberId }),
  z.object({ intent: z.literal("intrekken"), inviteId: uuid("Deze uitnodiging bestaat niet.") }),
]);

export type PeopleIntent = z.infer<typeof PeopleActionSchema>["intent"];

/**
 * The people page's answer when a form comes back: which form, conform's result for it, and for
 * the forms without fields (blocking, revoking) the model's message to show at the top.
 */
export interface PeopleReply {
  intent: string;
  result: SubmissionResult<string[]>;
  message?: string;
}

export const OutboxActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("opnieuw"), emailId: uuid("Deze e-mail bestaat niet.") }),
  z.object({ intent: z.literal("alle-opnieuw") }),
]);


/** Large enough for every school and WSP in the country many times over. */
export const MAX_UPLOAD_BYTES = 2_000_000;

/** What was uploaded, as far as the checks below need it. */
export interface UploadedFile {
  name: string;
  type: string;
  size: number;
}

/** What is wrong with an upload, in the words the import page shows. */
export const UPLOAD_PROBLEMS = {
  missing: "Kies eerst een CSV-bestand.",
  notCsv:
    "Dit is geen CSV-bestand. Sla het bestand in Excel op als ‘CSV UTF-8 (door komma’s gescheiden)’ en probeer het opnieuw.",
  empty: "Het bestand is leeg.",
  tooLarge: "Het bestand is groter dan 2 MB. Dat is te groot voor een lijst met organisaties.",
  notUtf8:
    "Het bestand is niet als UTF-8 opgeslagen. Kies in Excel ‘CSV UTF-8 (door komma’s gescheiden)’ en probeer het opnieuw.",
} as const;

/**
 * Why an uploaded file cannot be the organisations CSV, or null. The file's content is checked
 * by the import itself.
 */
export function csvUploadProblem(file: UploadedFile | null): string | null {
  // A form sent without a chosen file still has the part, with an empty name.
  if (!file || file.name === "") return UPLOAD_PROBLEMS.missing;
  const looksLikeCsv = file.name.toLowerCase().endsWith(".csv") || file.type === "text/csv";
  if (!looksLikeCsv) return UPLOAD_PROBLEMS.notCsv;
  if (file.size === 0) return UPLOAD_PROBLEMS.empty;
  if (file.size > MAX_UPLOAD_BYTES) return UPLOAD_PROBLEMS.tooLarge;
  return null;
}

/** The text of an uploaded CSV, or why it cannot be read: only UTF-8 keeps é and ë intact. */
export function decodeCsvUpload(bytes: ArrayBuffer): { ok: true; text: string } | { ok: false; message: string } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (text.replace(/^\uFEFF/, "").trim() === "") return { ok: false, message: UPLOAD_PROBLEMS.empty };
    return { ok: true, text };
  } catch {
    return { ok: false, message: UPLOAD_PROBLEMS.notUtf8 };
  }
}

export { importOutcome, type NewOrganisation, type OrganisationDetails };
