/**
 * The one mailer. `queueEmail` renders a template and writes it to the outbox inside the caller's
 * transaction, so an email exists exactly when the change that causes it was committed. Sending
 * happens later, in the outbox worker.
 *
 * Bodies are stored encrypted (app/lib/encryption.server.ts): they carry sign-in codes and links
 * that open an employer's or a school's page, and a copy of the database must open nothing. Only
 * the worker (at send time) and the dev mailbox read them back, through `readEmailBody`.
 */
import { render } from "@react-email/render";
import { and, eq, lt, ne } from "drizzle-orm";
import { PURGED } from "~/domain/email-outbox";
import { createElement } from "react";
import { EMAIL_TEMPLATES, type EmailProps, type EmailTemplateName } from "../../emails";
import { EmailSubject } from "../../emails/layout";
import { headerSafe } from "~/domain/email-header";
import { type Database, type Queryable, schema } from "./db.server";
import { decryptText, encryptText } from "./encryption.server";

/** A file sent along with an email, such as a calendar invite (text content only). */
export interface EmailAttachment {
  filename: string;
  /** The MIME type, e.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  contentType: string;
  content: string;
}

export interface QueuedEmail<T extends EmailTemplateName> {
  template: T;
  to: string;
  props: EmailProps<T>;
  /** Unique per email; reused by retries so the provider never delivers it twice. */
  idempotencyKey: string;
  requestId?: string;
  /** Where an answer goes (the organisation that handles the request); the sender is noreply. */
  replyTo?: string | null;
  /** Stored encrypted, like the body: an invite names the employer, the place and the time. */
  attachments?: EmailAttachment[];
}

export async function renderEmail<T extends EmailTemplateName>(template: T, props: EmailProps<T>) {
  const definition = EMAIL_TEMPLATES[template] as unknown as {
    subject: (p: EmailProps<T>) => string;
    element: (p: EmailProps<T>) => React.ReactElement;
  };
  // A company name with a line break must not become a header of its own.
  const subject = headerSafe(definition.subject(props));
  const element = createElement(EmailSubject.Provider, { value: subject }, definition.element(props));
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}

export async function queueEmail<T extends EmailTemplateName>(tx: Queryable, email: QueuedEmail<T>) {
  const { subject, html, text } = await renderEmail(email.template, email.props);
  const [row] = await tx
    .insert(schema.emailOutbox)
    .values({
      idempotencyKey: email.idempotencyKey,
      template: email.template,
      toAddress: email.to,
      subject,
      html: encryptText(html, bodyScope(email.idempotencyKey, "html")),
      text: encryptText(text, bodyScope(email.idempotencyKey, "text")),
      requestId: email.requestId,
      replyTo: email.replyTo ? headerSafe(email.replyTo) : null,
      attachments: email.attachments?.length
        ? encryptText(JSON.stringify(email.attachments), attachmentScope(email.idempotencyKey))
        : null,
    })
    .returning({ id: schema.emailOutbox.id });
  if (!row) throw new Error("E-mail is niet in de outbox gezet");
  return row.id;
}

const bodyScope = (idempotencyKey: string, part: "html" | "text") => ({
  purpose: "email-body",
  context: `email_outbox/${idempotencyKey}/${part}`,
});

const attachmentScope = (idempotencyKey: string) => ({
  purpose: "email-body",
  context: `email_outbox/${idempotencyKey}/attachments`,
});

/** The readable body of an outbox row, with its attachments: for sending it, and for the dev mailbox. */
export function readEmailBody(row: { idempotencyKey: string; html: string; text: string; attachments?: string | null }) {
  return {
    html: decryptText(row.html, bodyScope(row.idempotencyKey, "html")),
    text: decryptText(row.text, bodyScope(row.idempotencyKey, "text")),
    attachments: row.attachments
      ? (JSON.parse(decryptText(row.attachments, attachmentScope(row.idempotencyKey))) as EmailAttachment[])
      : [],
  };
}

/**
 * Retention: empties the bodies of emails sent before `olderThan`. The row stays (recipient,
 * subject, status, sent_at), so a request's timeline still says the email was sent and
 * delivered. Returns how many bodies were emptied.
 */
export async function purgeSentEmailBodies(db: Database, { olderThan }: { olderThan: Date }): Promise<number> {
  const outbox = schema.emailOutbox;
  const purged = await db
    .update(outbox)
    .set({ html: PURGED, text: PURGED, attachments: null })
    .where(and(eq(outbox.status, "sent"), lt(outbox.sentAt, olderThan), ne(outbox.text, PURGED)))
    .returning({ id: outbox.id });
  return purged.length;
}
