/**
 * The one mailer. `queueEmail` renders a template and writes it to the outbox inside the caller's
 * transaction, so an email exists exactly when the change that causes it was committed. Sending
 * happens later, in the outbox worker.
 */
import { render } from "@react-email/render";
import { EMAIL_TEMPLATES, type EmailProps, type EmailTemplateName } from "../../emails";
import { type Queryable, schema } from "./db.server";

export interface QueuedEmail<T extends EmailTemplateName> {
  template: T;
  to: string;
  props: EmailProps<T>;
  /** Unique per email; reused by retries so the provider never delivers it twice. */
  idempotencyKey: string;
  requestId?: string;
}

export async function renderEmail<T extends EmailTemplateName>(template: T, props: EmailProps<T>) {
  const definition = EMAIL_TEMPLATES[template] as unknown as {
    subject: (p: EmailProps<T>) => string;
    element: (p: EmailProps<T>) => React.ReactElement;
  };
  const element = definition.element(props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: definition.subject(props), html, text };
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
      html,
      text,
      requestId: email.requestId,
    })
    .returning({ id: schema.emailOutbox.id });
  if (!row) throw new Error("E-mail is niet in de outbox gezet");
  return row.id;
}
