/** What an employer can do on the tracking page, and "link kwijt?". */
import { z } from "zod";
import { emailField, phoneField, requiredText } from "./fields";

const requestId = z.string().uuid("Deze aanvraag bestaat niet.");

export const TrackingActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("bericht"),
    requestId,
    message: requiredText("Schrijf uw bericht.", 2000),
  }),
  z.object({
    intent: z.literal("intrekken"),
    requestId,
    confirm: z.literal("on", "Zet een vinkje als u de aanvraag echt wilt intrekken."),
  }),
  z.object({
    intent: z.literal("contact"),
    contactName: requiredText("Vul uw naam in.", 150),
    email: emailField,
    phone: phoneField,
  }),
  // From a link to one request: mail a link to all requests to the address we know.
  z.object({ intent: z.literal("stuur-link") }),
  z.object({
    intent: z.literal("wissen"),
    confirm: z.literal("on", "Zet een vinkje als u echt al uw gegevens wilt laten wissen."),
  }),
]);

export const LinkKwijtSchema = z.object({ email: emailField });
