/**
 * The form parts every public form uses: labelled fields with their hint and error beside them,
 * and an error summary that links to each field. Built on conform's field metadata, so the same
 * markup works after a server round trip (JavaScript off) and with inline validation.
 */
import {
  type FieldMetadata,
  type FormMetadata,
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
  useForm,
} from "@conform-to/react";
import { getZodConstraint } from "@conform-to/zod/v4";
import { useEffect, useRef, type ReactNode } from "react";
import type * as core from "zod/v4/core";
import { parseFormSubmission } from "~/forms/submission";

/**
 * conform's form state for a form with one zod schema, set up the same way for every form: the
 * schema's constraints on the fields, the server's last answer, and errors that appear when the
 * form is sent and then follow what is typed (a message appearing on blur shifts the page under
 * the pointer and can make a click miss the button).
 */
export function useZodForm<Schema extends core.$ZodType<Record<string, unknown>>>(
  id: string,
  schema: Schema,
  lastResult: SubmissionResult<string[]> | null | undefined,
  defaultValue?: Partial<core.input<Schema>>,
) {
  return useForm<core.input<Schema> & Record<string, unknown>, core.output<Schema>>({
    id,
    lastResult,
    // conform's types cannot follow a generic zod schema; the concrete forms check them.
    defaultValue: defaultValue as never,
    constraint: getZodConstraint(schema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseFormSubmission(formData, { schema }) as never,
  });
}

/**
 * The message after a step went well, on the page the step redirected to (see
 * `~/http/done-message`). It takes focus with its fragment, so the reader hears it.
 */
export function DoneMessage({ message, id, className }: { message: string | null; id?: string; className?: string }) {
  if (!message) return null;
  return (
    <div className={className ? `panel panel--success ${className}` : "panel panel--success"} role="status" id={id} tabIndex={id ? -1 : undefined}>
      <p>{message}</p>
    </div>
  );
}

type Field = FieldMetadata<string | undefined>;
/** What the error parts read of a field: any field of any form fits, whatever its value type. */
type FieldErrors = Pick<FieldMetadata<unknown>, "id" | "errorId" | "errors">;
/**
 * A field shown as one input: text (and numbers, which a form sends as text) or a check box. The
 * parts read its name, id, description, errors and initial value, which every field has.
 */
type InputField = Field | FieldMetadata<number | undefined> | FieldMetadata<boolean | undefined>;

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <p className="field__hint" id={id}>
      {children}
    </p>
  ) : null;
}

export function FieldError({ field }: { field: FieldErrors }) {
  return (
    <p className="field__error" id={field.errorId} hidden={!field.errors?.length}>
      {field.errors?.length ? (
        <>
          <span className="visually-hidden">Fout: </span>
          {field.errors[0]}
        </>
      ) : null}
    </p>
  );
}

function describedBy(field: Pick<Field, "descriptionId" | "errorId" | "errors">, hint: ReactNode) {
  return [hint ? field.descriptionId : null, field.errors?.length ? field.errorId : null].filter(Boolean).join(" ") || undefined;
}

interface BaseProps {
  field: Field;
  label: string;
  hint?: ReactNode;
  optional?: boolean;
}

function Label({ field, label, optional }: Pick<BaseProps, "field" | "label" | "optional">) {
  return (
    <label className="field__label" htmlFor={field.id}>
      {label}
      {optional ? <span className="field__optional"> (niet verplicht)</span> : null}
    </label>
  );
}

export function TextField({
  field,
  label,
  hint,
  optional,
  type = "text",
  autoComplete,
  inputMode,
  className,
}: Omit<BaseProps, "field"> & {
  field: InputField;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  inputMode?: "text" | "email" | "tel" | "numeric" | "decimal";
  className?: string;
}) {
  const props = getInputProps(field as Field, { type, ariaAttributes: false });
  return (
    <div className={`field ${field.errors?.length ? "field--invalid" : ""}`}>
      <Label field={field as Field} label={label} optional={optional} />
      <Hint id={field.descriptionId}>{hint}</Hint>
      <FieldError field={field} />
      <input
        {...props}
        key={props.key}
        className={className ?? "input"}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy(field, hint)}
      />
    </div>
  );
}

export function TextareaField({ field, label, hint, optional, rows = 4 }: BaseProps & { rows?: number }) {
  const props = getTextareaProps(field, { ariaAttributes: false });
  return (
    <div className={`field ${field.errors?.length ? "field--invalid" : ""}`}>
      <Label field={field} label={label} optional={optional} />
      <Hint id={field.descriptionId}>{hint}</Hint>
      <FieldError field={field} />
      <textarea
        {...props}
        key={props.key}
        className="input"
        rows={rows}
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy(field, hint)}
      />
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A select; `groups` adds options under a heading (<optgroup>) after the plain `options`, so a
 * long list of several kinds is easy to scan.
 */
export function SelectField({
  field,
  label,
  hint,
  optional,
  options,
  groups = [],
  placeholder = "Maak een keuze",
}: BaseProps & {
  options: ReadonlyArray<SelectOption>;
  groups?: ReadonlyArray<{ label: string; options: ReadonlyArray<SelectOption> }>;
  placeholder?: string;
}) {
  const props = getSelectProps(field, { ariaAttributes: false });
  return (
    <div className={`field ${field.errors?.length ? "field--invalid" : ""}`}>
      <Label field={field} label={label} optional={optional} />
      <Hint id={field.descriptionId}>{hint}</Hint>
      <FieldError field={field} />
      <select
        {...props}
        key={props.key}
        className="input"
        aria-invalid={field.errors?.length ? true : undefined}
        aria-describedby={describedBy(field, hint)}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({ field, label, hint }: Omit<BaseProps, "field"> & { field: InputField }) {
  const props = getInputProps(field as Field, { type: "checkbox", ariaAttributes: false });
  return (
    <div className={`field field--checkbox ${field.errors?.length ? "field--invalid" : ""}`}>
      <FieldError field={field} />
      <div className="checkbox">
        <input
          {...props}
          key={props.key}
          aria-invalid={field.errors?.length ? true : undefined}
          aria-describedby={describedBy(field, hint)}
        />
        <label htmlFor={field.id}>{label}</label>
      </div>
      <Hint id={field.descriptionId}>{hint}</Hint>
    </div>
  );
}

/**
 * One choice from a few, as radio buttons in a fieldset whose legend is the question. The first
 * radio carries the field's id, so the error summary's link lands on the group.
 */
export function RadioGroupField({
  field,
  legend,
  hint,
  options,
}: {
  field: Field;
  legend: string;
  hint?: ReactNode;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  const invalid = Boolean(field.errors?.length);
  return (
    <fieldset
      className={`field fieldset--inner ${invalid ? "field--invalid" : ""}`}
      aria-describedby={describedBy(field, hint)}
    >
      <legend className="field__label">{legend}</legend>
      <Hint id={field.descriptionId}>{hint}</Hint>
      <FieldError field={field} />
      {getCollectionProps(field, { type: "radio", options: options.map((o) => o.value), ariaAttributes: false }).map(
        ({ key, ...props }, index) => (
          <div className="radio" key={key}>
            <input {...props} id={index === 0 ? field.id : props.id} aria-invalid={invalid ? true : undefined} />
            <label htmlFor={index === 0 ? field.id : props.id}>{options[index]?.label}</label>
          </div>
        ),
      )}
    </fieldset>
  );
}

/**
 * A field people never see or reach with the keyboard; bots fill it in. Hidden with CSS rather
 * than `hidden`, because bots skip fields marked hidden.
 */
export function HoneypotField({ name = "website" }: { name?: string }) {
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={`hp-${name}`}>Laat dit veld leeg</label>
      <input id={`hp-${name}`} name={name} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

/** What the page title starts with while a form shows errors (GOV.UK's pattern, in Dutch). */
export const ERROR_TITLE_PREFIX = "Fout: ";

/**
 * The page title for a form page: with "Fout: " in front when the form came back with errors.
 * Routes use it in `meta` for the page the server renders (JavaScript off); with JavaScript on,
 * `ErrorSummary` adds and removes the prefix itself.
 */
export function formPageTitle(title: string, hasErrors: boolean | undefined): string {
  return hasErrors ? `${ERROR_TITLE_PREFIX}${title}` : title;
}

/**
 * Lists every error at the top of the form, in the order of the fields on the page, each with
 * its message only (the message names what to fix) as a link to its field. It takes focus when
 * it appears so a screen reader user hears what went wrong, and puts "Fout: " before the page
 * title while it shows. Pass the fields in the order the form shows them; `label` is not shown
 * (kept so existing callers need no change).
 */
export function ErrorSummary({
  form,
  fields,
}: {
  form: Pick<FormMetadata, "status" | "errors"> & { id: string };
  fields: Array<{ field: FieldErrors; label?: string }>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const invalid = fields.filter(({ field }) => field.errors?.length);
  const formErrors = form.errors ?? [];
  const count = invalid.length + formErrors.length;
  const shown = form.status === "error" && count > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, form.status]);
  useEffect(() => {
    if (!shown) return;
    if (!document.title.startsWith(ERROR_TITLE_PREFIX)) document.title = `${ERROR_TITLE_PREFIX}${document.title}`;
    return () => {
      if (document.title.startsWith(ERROR_TITLE_PREFIX)) document.title = document.title.slice(ERROR_TITLE_PREFIX.length);
    };
  }, [shown]);
  if (!shown) return null;
  return (
    // autoFocus gives it focus in the page the server sends after a POST without JavaScript too.
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${form.id}-summary`} autoFocus>
      <h2 id={`${form.id}-summary`} className="error-summary__title">
        {count === 1 ? "Er is 1 ding om te verbeteren" : `Er zijn ${count} dingen om te verbeteren`}
      </h2>
      <ul>
        {formErrors.map((message) => (
          <li key={message}>{message}</li>
        ))}
        {invalid.map(({ field }) => (
          <li key={field.id}>
            <a href={`#${field.id}`}>{field.errors?.[0]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A select in a GET filter form (inbox, audit log, organisations): no validation, the value
 * comes from the URL, and choosing plus "Filteren" makes a new address.
 */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className="input" defaultValue={value}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
