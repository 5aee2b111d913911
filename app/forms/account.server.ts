/** The "Mijn account" contact form as the server checks it: with the exact phone check. */
import * as z from "zod/mini";
import { ACCOUNT_PHONE_MESSAGE, ContactDetailsSchema } from "./account";
import { exactDutchPhone } from "./phone";

export const ContactDetailsServerSchema = z.safeExtend(ContactDetailsSchema, {
  contactPhone: exactDutchPhone(ContactDetailsSchema.shape.contactPhone, ACCOUNT_PHONE_MESSAGE),
});
