/** A school's answer to a request routed to it: take it on, or decline with a reason. */
import * as z from "zod/mini";
import { DECLINE_REASONS } from "~/domain/assignments";
import { optionalText } from "./fields";

const reasonValues = DECLINE_REASONS.map((r) => r.value) as [string, ...string[]];

/** The "decline" form on the school's page, as the browser checks it. */
export const SchoolDeclineSchema = z.object({
  intent: z.literal("decline"),
  reason: z.enum(reasonValues, "Kies waarom uw school deze aanvraag niet oppakt."),
  explanation: optionalText(1000),
});

export const SchoolResponseSchema = z.discriminatedUnion("intent", [z.object({ intent: z.literal("accept") }), SchoolDeclineSchema]);
