/**
 * The forms on the employer's own page (`routes/volgen.$token`), built the way every form on the
 * site is: `useZodForm` with the form's schema (`~/forms/tracking`), the field components and the
 * error summary. Each posts to the page's action with its `intent` (and the request's id), so the
 * page works without JavaScript; the server's answer lands on the form that was sent because each
 * form's id names its intent and request (`trackingFormId`).
 */
import { getFormProps, type FormMetadata } from "@conform-to/react";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { createContext, type ReactNode, useContext, useRef } from "react";
import type * as z from "zod/v4/core";
import {
  ContactSchema,
  EraseSchema,
  MessageSchema,
  ReopenSchema,
  SendLinkSchema,
  type TrackingIntent,
  type TrackingReply,
  trackingFormId,
  WithdrawSchema,
} from "~/forms/tracking";
import { CheckboxField, ErrorSummary, TextareaField, TextField, useZodForm } from "./forms";

type SummaryFields = Parameters<typeof ErrorSummary>[0]["fields"];

/**
 * Called when the reader sends any form on the page, before it is checked. The page hides its
 * "done" message then: with JavaScript a mistake is shown without a new page, and the message
 * about the step before must not stand above it.
 */
export const FormAttempt = createContext<() => void>(() => {});

function useTrackingForm<Schema extends z.$ZodType<Record<string, unknown>>>(
  schema: Schema,
  intent: TrackingIntent,
  requestId?: string,
  defaultValue?: Partial<z.input<Schema>>,
) {
  const id = trackingFormId(intent, requestId);
  const reply = useActionData<TrackingReply>();
  return useZodForm(id, schema, reply?.form === id ? reply.result : undefined, defaultValue);
}

/**
 * One form with its error summary above it. Without JavaScript the answer is a new page: the
 * fragment brings the reader back to this form and its summary.
 */
function TrackingForm<FormShape extends Record<string, unknown>>({
  form,
  intent,
  requestId,
  summary = [],
  submit,
  primary = false,
  children,
}: {
  form: FormMetadata<FormShape, string[]>;
  intent: TrackingIntent;
  requestId?: string;
  summary?: SummaryFields;
  submit: string;
  primary?: boolean;
  children?: ReactNode;
}) {
  const busy = useNavigation().state !== "idle";
  const attempted = useContext(FormAttempt);
  const formProps = getFormProps(form);
  return (
    <div id={`${form.id}-plek`} className="tracking-form">
      <ErrorSummary form={form} fields={summary} />
      <Form
        method="post"
        action={`#${form.id}-plek`}
        {...formProps}
        onSubmit={(event) => {
          attempted();
          formProps.onSubmit(event);
        }}
        noValidate
        className="form form--compact"
      >
        <input type="hidden" name="intent" value={intent} />
        {requestId ? <input type="hidden" name="requestId" value={requestId} /> : null}
        {children}
        <button type="submit" className={primary ? "button button--primary" : "button"} disabled={busy}>
          {submit}
        </button>
      </Form>
    </div>
  );
}

export function MessageForm({ requestId, to }: { requestId: string; to: string }) {
  const [form, fields] = useTrackingForm(MessageSchema, "bericht", requestId);
  const label = `Bericht aan ${to}`;
  return (
    <TrackingForm form={form} intent="bericht" requestId={requestId} summary={[{ field: fields.message, label }]} submit="Bericht sturen">
      <TextareaField field={fields.message} label={label} rows={3} />
    </TrackingForm>
  );
}

export function WithdrawForm({ requestId }: { requestId: string }) {
  const [form, fields] = useTrackingForm(WithdrawSchema, "intrekken", requestId);
  const label = "Ja, ik wil deze aanvraag intrekken";
  return (
    // Open again after a mistake, so the message is not hidden in a closed box.
    <details className="withdraw" open={useStaysOpenAfterError(form.status)}>
      <summary>Aanvraag intrekken</summary>
      <p>
        Wie uw aanvraag heeft, hoort dat u hem intrekt. U krijgt een e-mail. Was het een vergissing? Dan kunt u de aanvraag nog
        14 dagen heropenen.
      </p>
      <TrackingForm form={form} intent="intrekken" requestId={requestId} summary={[{ field: fields.confirm, label }]} submit="Intrekken">
        <CheckboxField field={fields.confirm} label={label} />
      </TrackingForm>
    </details>
  );
}

export function ReopenForm({ requestId }: { requestId: string }) {
  const [form] = useTrackingForm(ReopenSchema, "heropenen", requestId);
  return <TrackingForm form={form} intent="heropenen" requestId={requestId} submit="Aanvraag heropenen" primary />;
}

/** A reopen refused after the deadline, where the form no longer shows: only its answer. */
export function ReopenRefused({ requestId }: { requestId: string }) {
  const [form] = useTrackingForm(ReopenSchema, "heropenen", requestId);
  return <ErrorSummary form={form} fields={[]} />;
}

export function ContactDetailsForm({ current }: { current: { contactName: string; email: string; phone: string | null } }) {
  const [form, fields] = useTrackingForm(ContactSchema, "contact", undefined, {
    contactName: current.contactName,
    email: current.email,
    phone: current.phone ?? undefined,
  });
  return (
    <TrackingForm
      form={form}
      intent="contact"
      summary={[
        { field: fields.contactName, label: "Uw naam" },
        { field: fields.email, label: "Uw e-mailadres" },
        { field: fields.phone, label: "Uw telefoonnummer" },
      ]}
      submit="Gegevens opslaan"
    >
      <TextField field={fields.contactName} label="Uw naam" autoComplete="name" />
      <TextField field={fields.email} label="Uw e-mailadres" type="email" autoComplete="email" />
      <TextField field={fields.phone} label="Uw telefoonnummer" optional type="tel" autoComplete="tel" />
    </TrackingForm>
  );
}

export function SendLinkForm() {
  const [form] = useTrackingForm(SendLinkSchema, "stuur-link");
  return <TrackingForm form={form} intent="stuur-link" submit="Stuur mij die link" />;
}

export function EraseForm({ children }: { children: ReactNode }) {
  const [form, fields] = useTrackingForm(EraseSchema, "wissen");
  const label = "Ja, wis al mijn gegevens";
  return (
    <details className="withdraw" open={useStaysOpenAfterError(form.status)}>
      <summary>Al mijn gegevens laten wissen</summary>
      {children}
      <TrackingForm form={form} intent="wissen" summary={[{ field: fields.confirm, label }]} submit="Gegevens wissen">
        <CheckboxField field={fields.confirm} label={label} />
      </TrackingForm>
    </details>
  );
}

/**
 * A folded form opens when it comes back with a mistake, and stays open once the mistake is
 * fixed: with JavaScript the errors clear as the reader types or ticks, and closing the panel
 * then would hide the very button they are about to press.
 */
function useStaysOpenAfterError(status: "success" | "error" | undefined): true | undefined {
  const hadError = useRef(false);
  if (status === "error") hadError.current = true;
  return hadError.current ? true : undefined;
}
