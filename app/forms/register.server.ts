/**
 * The register's forms with a phone number as the server checks them: the number against the
 * Dutch numbering plan and stored in one written form (`dutchPhoneField`, decision 025). Apart
 * from `./register` so the pages' JavaScript never carries the numbering plan; the browser
 * checks the shape only.
 */
import * as z from "zod/mini";
import { dutchPhoneField } from "./phone";
import { DetailsAnswerSchema, NewEntrySchema } from "./register";

/** A school or the WSP adds an employer: the contact person's phone number normalised. */
export const NewEntryServerSchema = z.safeExtend(NewEntrySchema, { phone: dutchPhoneField });

/** The employer corrects their details through a check-in link: their phone number normalised. */
export const DetailsAnswerServerSchema = z.safeExtend(DetailsAnswerSchema, { phone: dutchPhoneField });
