/**
 * What an employer can do on the tracking page, and "link kwijt?". One schema per form, so each
 * form checks its own fields in the browser; the page's action parses them together
 * (`TrackingActionSchema`) and tells them apart by the hidden `intent` field.
 */
import type { SubmissionResult } from "@conform-to/react";
import * as z from "zod/mini";
import { emailField, phoneField, requiredText } from "./fields";

const requestId = z.string().check(z.uuid("Deze aanvraag bestaat niet."));

export const MessageSchema = z.object({
  intent: z.literal("bericht"),
  requestId,
  message: requiredText("Schrijf uw bericht.", 2000),
});

export const WithdrawSchema = z.object({
  intent: z.literal("intrekken"),
  requestId,
  confirm: z.literal("on", "Zet een vinkje als u de aanvraag echt wilt intrekken."),
});

/** Taking a withdrawal back: one button; whether it may is the model's answer (`~/domain/withdrawal`). */
export const ReopenSchema = z.object({
  intent: z.literal("heropenen"),
  requestId,
});

export const ContactSchema = z.object({
  intent: z.literal("contact"),
  contactName: requiredText("Vul uw naam in.", 150),
  email: emailField,
  phone: phoneField,
});

/** From a link to one request: mail a link to all requests to the address we know. */
export const SendLinkSchema = z.object({ intent: z.literal("stuur-link") });

export const EraseSchema = z.object({
  intent: z.literal("wissen"),
  confirm: z.literal("on", "Zet een vinkje als u echt al uw gegevens wilt laten wissen."),
});

export const TrackingActionSchema = z.discriminatedUnion("intent", [
  MessageSchema,
  WithdrawSchema,
  ReopenSchema,
  ContactSchema,
  SendLinkSchema,
  EraseSchema,
]);

export type TrackingIntent = z.infer<typeof TrackingActionSchema>["intent"];

export const TRACKING_INTENTS = TrackingActionSchema.def.options.map((option) => option.shape.intent.def.values[0]);

/** The forms that act on one request: their form id carries the request's id. */
const REQUEST_INTENTS: readonly string[] = ["bericht", "intrekken", "heropenen"];

/**
 * The id of one form on the page: per request for the request's forms, so an answer from the
 * server lands on the form that was sent.
 */
export function trackingFormId(intent: string, requestId?: string): string {
  return REQUEST_INTENTS.includes(intent) && requestId ? `${intent}-${requestId}` : intent;
}

/** What the page's action answers when it shows a form again: which form, and conform's reply. */
export interface TrackingReply {
  form: string;
  result: SubmissionResult<string[]>;
}

export const LinkKwijtSchema = z.object({ email: emailField });
