/**
 * What `requests.details` holds (typed in db/schema.ts): the employer's contact details as they
 * sent them (or corrected them later), the answers of the request's kind, and after erasure only
 * `gewist` with the answers that identify nobody (`anonymisedRequestDetails`). Every field is
 * optional because an erased request keeps none of the contact details.
 */
import type { QuestionTopic } from "./routing";

export type RequestContactDetails = {
  companyName?: string;
  kvkNumber?: string | null;
  contactName?: string;
  email?: string;
  phone?: string | null;
};

export type RequestDetails = RequestContactDetails & {
  /** Proefplaatsing. */
  work?: string;
  daysAndHours?: string;
  supervisor?: string;
  /** Groepsstage (groupSize is kept after erasure: routing and figures use it). */
  groupSize?: number;
  daysAndWeeks?: string;
  startPeriod?: string;
  supervisorSpace?: boolean;
  canteen?: boolean;
  /** Vraag (topic is kept after erasure). */
  topic?: QuestionTopic;
  question?: string;
  /** Set once the personal data is erased. */
  gewist?: true;
  /** Answers of a form version that no longer exists, shown as they are. */
  [answer: string]: unknown;
};

/** The company's name, or "" once erased. */
export function companyNameOf(details: RequestDetails): string {
  return details.companyName ?? "";
}

/** The employer's contact details as a school or the WSP reads them; "" or null for what is gone. */
export function contactOf(details: RequestDetails) {
  return {
    companyName: details.companyName ?? "",
    kvkNumber: details.kvkNumber ?? null,
    contactName: details.contactName ?? "",
    email: details.email ?? "",
    phone: details.phone ?? null,
  };
}
