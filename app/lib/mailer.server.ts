/**
 * The one mailer. `queueEmail` writes an email to the outbox inside the caller's transaction, so
 * an email exists exactly when the change that causes it was committed. Sending happens later, in
 * the outbox worker.
 *
 * The request stores the template's name, its subject and its props; the worker renders the body
 * when it sends it (decision 033). Rendering with react-email (HTML and plain text, each a full
 * React render) was a fifth of a proefplaatsing's CPU, inside its transaction.
 *
 * Props and bodies are stored encrypted (app/lib/encryption.server.ts): they carry sign-in codes
 * and links that open an employer's or a school's page, and a copy of the database must open
 * nothing. Only the worker (at send time) and the dev mailbox read them back, through
 * `readEmailBody`.
 */
import { render } from "@react-email/render";
import { and, eq, lt, sql } from "drizzle-orm";
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
  const definition = EMAIL_TEMPLATES[template] as unknown as { element: (p: EmailProps<T>) => React.ReactElement };
  const subject = subjectOf(template, props);
  const element = createElement(EmailSubject.Provider, { value: subject }, definition.element(props));
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject, html, text };
}

/** One email of any template, for `queueEmails`. */
export type AnyQueuedEmail = { [T in EmailTemplateName]: QueuedEmail<T> }[EmailTemplateName];

function subjectOf<T extends EmailTemplateName>(template: T, props: EmailProps<T>): string {
  const definition = EMAIL_TEMPLATES[template] as unknown as { subject: (p: EmailProps<T>) => string };
  // A company name with a line break must not become a header of its own.
  return headerSafe(definition.subject(props));
}

function outboxRow<T extends EmailTemplateName>(email: QueuedEmail<T>) {
  return {
    idempotencyKey: email.idempotencyKey,
    template: email.template,
    toAddress: email.to,
    subject: subjectOf(email.template, email.props),
    // Rendered by the worker at send time; the props are all it needs (every template's props
    // are plain JSON: strings, numbers, booleans, lists; emails/props-json.test.ts).
    html: null,
    text: null,
    props: encryptText(JSON.stringify(email.props), propsScope(email.idempotencyKey)),
    requestId: email.requestId,
    replyTo: email.replyTo ? headerSafe(email.replyTo) : null,
    attachments: email.attachments?.length
      ? encryptText(JSON.stringify(email.attachments), attachmentScope(email.idempotencyKey))
      : null,
  };
}

export async function queueEmail<T extends EmailTemplateName>(tx: Queryable, email: QueuedEmail<T>) {
  const [id] = await queueEmails(tx, [email as AnyQueuedEmail]);
  if (!id) throw new Error("E-mail is niet in de outbox gezet");
  return id;
}

/** Several emails in one statement: a proefplaatsing sends three, and each round trip counts. */
export async function queueEmails(tx: Queryable, emails: readonly AnyQueuedEmail[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await tx
    .insert(schema.emailOutbox)
    .values(emails.map((email) => outboxRow(email as QueuedEmail<EmailTemplateName>)))
    .returning({ id: schema.emailOutbox.id });
  if (rows.length !== emails.length) throw new Error("E-mail is niet in de outbox gezet");
  return rows.map((row) => row.id);
}

const bodyScope = (idempotencyKey: string, part: "html" | "text") => ({
  purpose: "email-body",
  context: `email_outbox/${idempotencyKey}/${part}`,
});

const propsScope = (idempotencyKey: string) => ({
  purpose: "email-body",
  context: `email_outbox/${idempotencyKey}/props`,
});

const attachmentScope = (idempotencyKey: string) => ({
  purpose: "email-body",
  context: `email_outbox/${idempotencyKey}/attachments`,
});

/** An outbox row holds neither a body nor the props to render one (a bug, never a state by design). */
export class EmailBodyMissing extends Error {}

export interface OutboxBodyRow {
  idempotencyKey: string;
  template: string;
  html: string | null;
  text: string | null;
  props?: string | null;
  attachments?: string | null;
}

function isTemplateName(name: string): name is EmailTemplateName {
  return Object.hasOwn(EMAIL_TEMPLATES, name);
}

/**
 * The readable body of an outbox row, with its attachments: for sending it, and for the dev
 * mailbox. A row with a stored body (queued before decision 033, or a note where the body was
 * removed) gives that; otherwise the body is rendered from the row's props. Throws
 * `DecryptionError` when DATA_KEY does not open it, and whatever the template throws.
 */
export async function readEmailBody(row: OutboxBodyRow) {
  const attachments = row.attachments
    ? (JSON.parse(decryptText(row.attachments, attachmentScope(row.idempotencyKey))) as EmailAttachment[])
    : [];
  if (row.html !== null && row.text !== null) {
    return {
      html: decryptText(row.html, bodyScope(row.idempotencyKey, "html")),
      text: decryptText(row.text, bodyScope(row.idempotencyKey, "text")),
      attachments,
    };
  }
  if (!row.props) throw new EmailBodyMissing(`E-mail ${row.idempotencyKey} heeft geen inhoud en geen gegevens om die te maken`);
  if (!isTemplateName(row.template)) throw new EmailBodyMissing(`Onbekend e-mailsjabloon: ${row.template}`);
  const props = JSON.parse(decryptText(row.props, propsScope(row.idempotencyKey))) as never;
  const { html, text } = await renderEmail(row.template, props);
  return { html, text, attachments };
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
    // The props go too: they hold everything the body said.
    .set({ html: PURGED, text: PURGED, props: null, attachments: null })
    .where(and(eq(outbox.status, "sent"), lt(outbox.sentAt, olderThan), sql`${outbox.text} is distinct from ${PURGED}`))
    .returning({ id: outbox.id });
  return purged.length;
}
