/**
 * What staff do on the back-office request page. One schema per form; the page posts them all to
 * one action, which tells them apart by the hidden `intent` field.
 */
import type { SubmissionResult } from "@conform-to/react";
import * as z from "zod/mini";
import { DECLINE_REASONS } from "~/domain/assignments";
import { amsterdamDate } from "~/domain/dates";
import { amsterdamMoment, INTRODUCTION_PLACE_KINDS, parseStartTime } from "~/domain/introduction";
import { introductionDateProblem, NO_MATCH_REASONS, type NoMatchReason } from "~/domain/request-workflow";
import { CONTACT_CHANNELS, type ContactChannel } from "~/domain/timeline";
import { optionalText, requiredText } from "./fields";

/**
 * Statuses staff choose in the status form; "nieuw" and "ingetrokken" come from routing and the
 * employer, and "kennismaking_gepland" from planning a kennismaking (its own form).
 */
export const CHOOSABLE_STATUSES = ["in_behandeling", "geplaatst", "geen_match"] as const;

/** The owner field's value for "nobody". */
export const NO_OWNER = "niemand";

/**
 * The years an introduction date may fall in. Wide enough for any real appointment (also one
 * entered afterwards); narrow enough that a typo like 0202 or a crafted 0000 (which the database
 * refuses) gets the form's message instead of an error page.
 */
export const INTRODUCTION_YEARS = { first: 2000, last: 2100 } as const;

/** A calendar date as a date input sends it (YYYY-MM-DD), one that exists, in INTRODUCTION_YEARS. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < INTRODUCTION_YEARS.first || year > INTRODUCTION_YEARS.last) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}


const declineValues = DECLINE_REASONS.map((r) => r.value) as [string, ...string[]];
const noMatchValues = NO_MATCH_REASONS.map((r) => r.value) as [NoMatchReason, ...NoMatchReason[]];
const channelValues = CONTACT_CHANNELS.map((c) => c.value) as [ContactChannel, ...ContactChannel[]];

export const NoteSchema = z.object({
  intent: z.literal("notitie"),
  text: requiredText("Schrijf uw notitie.", 4000),
});

export const ContactSchema = z.object({
  intent: z.literal("contact"),
  channel: z.enum(channelValues, "Kies hoe u contact had."),
  text: requiredText("Schrijf kort wat u besproken heeft.", 4000),
});

export const OwnerSchema = z.object({
  intent: z.literal("eigenaar"),
  ownerId: z
    .string("Kies wie de eigenaar wordt.")
    .check(z.refine((v) => v === NO_OWNER || z.safeParse(z.uuid(), v).success, "Kies wie de eigenaar wordt.")),
});

const DATE_MESSAGE = "Vul een datum in zoals 14-03-2026.";

/**
 * The status form, one shape per status: only "geen_match" carries a reason (and may carry an
 * explanation), and only "geplaatst" may carry the day the placement ends, so the action gets
 * them typed instead of asserting they are there.
 */
export const StatusSchema = z.discriminatedUnion(
  "status",
  [
    z.object({ intent: z.literal("status"), status: z.literal("in_behandeling") }),
    z.object({
      intent: z.literal("status"),
      status: z.literal("geplaatst"),
      // Optional: with it, the register asks the employer some weeks later whether there is room again.
      placementEndsOn: z.optional(z.string().check(z.trim(), z.refine(isCalendarDate, DATE_MESSAGE))),
    }),
    z.object({
      intent: z.literal("status"),
      status: z.literal("geen_match"),
      reason: z.enum(noMatchValues, "Kies waarom er geen match is."),
      explanation: optionalText(1000),
    }),
  ],
  { error: "Kies de nieuwe status." },
);

/**
 * Planning (or moving) the kennismaking: date, start time, place, and who the employer meets. The
 * address is needed for "een ander adres"; for a kennismaking at the school it helps the employer
 * find it. Dates and times are as a clock in the Netherlands shows them, wherever this runs.
 */
export const IntroductionSchema = z
  .object({
    intent: z.literal("kennismaking"),
    introductionOn: z.string("Vul de datum van de kennismaking in.").check(z.trim()),
    // "14.00", "14u" and the like become "14:00"; what is no time stays as typed, for the message.
    startTime: z.pipe(
      z.string("Vul de begintijd in.").check(z.trim(), z.maxLength(20, "Vul een tijd in zoals 14:00.")),
      z.transform((value) => parseStartTime(value) ?? value),
    ),
    place: z.enum(INTRODUCTION_PLACE_KINDS, "Kies waar de kennismaking is."),
    address: optionalText(300),
    meetWith: requiredText("Vul in met wie de werkgever spreekt.", 150),
  })
  .check(
    z.superRefine((value, ctx) => {
      const time = parseStartTime(value.startTime);
      if (!time) ctx.addIssue({ code: "custom", path: ["startTime"], message: "Vul een tijd in zoals 14:00." });
      if (!isCalendarDate(value.introductionOn)) {
        ctx.addIssue({ code: "custom", path: ["introductionOn"], message: DATE_MESSAGE });
      } else {
        const now = new Date();
        const problem = introductionDateProblem(value.introductionOn, amsterdamDate(now));
        if (problem) ctx.addIssue({ code: "custom", path: ["introductionOn"], message: problem });
        else if (time && amsterdamMoment(value.introductionOn, time) <= now) {
          ctx.addIssue({ code: "custom", path: ["startTime"], message: "Deze tijd is vandaag al voorbij. Kies een latere tijd." });
        }
      }
      // Also "op school": the employer's invite and calendar need a street to find the school by.
      if (!value.address) {
        const message = value.place === "address" ? "Vul het adres van de kennismaking in." : "Vul het adres in, zodat de werkgever de weg vindt.";
        ctx.addIssue({ code: "custom", path: ["address"], message });
      }
    }),
  );

export const CancelIntroductionSchema = z.object({
  intent: z.literal("kennismaking_afzeggen"),
  message: optionalText(1000),
});

export const AcceptSchema = z.object({ intent: z.literal("accepteren") });

export const DeclineSchema = z.object({
  intent: z.literal("afwijzen"),
  reason: z.enum(declineValues, "Kies waarom uw school deze aanvraag niet oppakt."),
  explanation: optionalText(1000),
});

export const HandBackSchema = z.object({
  intent: z.literal("teruggeven"),
  reason: requiredText("Schrijf waarom u de aanvraag teruggeeft.", 1000),
});

export const ForwardSchema = z.object({
  intent: z.literal("doorsturen"),
  schoolId: z.uuid("Kies een school."),
  message: requiredText("Schrijf een kort bericht voor de school.", 2000),
});

export const ReplySchema = z.object({
  intent: z.literal("antwoord"),
  message: requiredText("Schrijf uw bericht aan de werkgever.", 4000),
});

export const RequestWorkSchema = z.discriminatedUnion("intent", [
  NoteSchema,
  ContactSchema,
  OwnerSchema,
  StatusSchema,
  IntroductionSchema,
  CancelIntroductionSchema,
  AcceptSchema,
  DeclineSchema,
  HandBackSchema,
  ForwardSchema,
  ReplySchema,
]);

export type RequestWorkInput = z.infer<typeof RequestWorkSchema>;
export type RequestWorkIntent = RequestWorkInput["intent"];

/** The action's answer when a step's form comes back: which form, and conform's result for it. */
export interface RequestWorkReply {
  intent: string;
  result: SubmissionResult<string[]>;
}
