/**
 * The step forms of the back-office request page (`routes/backoffice.aanvragen.$reference`): one
 * small form per step, each posting to the page's action with its `intent`, so the page works
 * without JavaScript. Which forms show is the page's `actions` (`~/domain/work-actions`).
 *
 * Over 400 lines because it holds ten small forms that share one frame (`WorkForm`); each is a few
 * dozen lines of fields, and splitting them per file would scatter one page's markup.
 */
import { type FieldMetadata, type FormMetadata, getFormProps, getInputProps } from "@conform-to/react";
import { Form, useActionData, useLocation, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import type * as z from "zod/v4/core";
import { DECLINE_REASONS } from "~/domain/assignments";
import type { IntroductionPlaceKind } from "~/domain/introduction";
import type { RequestAccess } from "~/domain/request-access";
import { NO_MATCH_REASONS } from "~/domain/request-workflow";
import { CONTACT_CHANNELS } from "~/domain/timeline";
import type { WorkActions } from "~/domain/work-actions";
import {
  AcceptSchema,
  CancelIntroductionSchema,
  ContactSchema,
  DeclineSchema,
  ForwardSchema,
  HandBackSchema,
  IntroductionSchema,
  NO_OWNER,
  NoteSchema,
  OwnerSchema,
  ReplySchema,
  type RequestWorkIntent,
  type RequestWorkReply,
  StatusSchema,
} from "~/forms/request-work";
import { ErrorSummary, FieldError, RadioGroupField, type SelectOption, SelectField, TextareaField, TextField, useZodForm } from "./forms";

type Field = FieldMetadata<string | undefined>;

/** What the forms need of the page (`requestPage` in `~/models/request-page.server`). */
export interface WorkFormsPage {
  access: RequestAccess;
  actions: WorkActions;
  /** The step that just went well: its form starts empty again. */
  doneIntent: RequestWorkIntent | null;
  request: { open: boolean; ownerId: string | null; contactName: string };
  introduction: {
    sentence: string;
    upcoming: boolean;
    date: string;
    startTime: string;
    placeKind: IntroductionPlaceKind;
    address: string | null;
    meetWith: string;
  } | null;
  introductionDefaults: { organisationLabel: string; address: string | null; meetWith: string };
  schoolAssignment: { respondBy: string | null } | null;
  statusOptions: SelectOption[];
  ownerOptions: SelectOption[];
  forwardOptions: SelectOption[];
}

type Page = WorkFormsPage;

/** Each step's form has its own id (its intent), so the server's answer lands on the form that was sent. */
function useWorkForm<Schema extends z.$ZodType<Record<string, unknown>>>(
  intent: RequestWorkIntent,
  schema: Schema,
  defaultValue?: Partial<z.input<Schema>>,
) {
  const reply = useActionData<RequestWorkReply>();
  return useZodForm(intent, schema, reply?.intent === intent ? reply.result : undefined, defaultValue);
}

function WorkForm<FormShape extends Record<string, unknown>>({
  form,
  intent,
  title,
  intro,
  summary = [],
  submit,
  primary = false,
  children,
}: {
  form: FormMetadata<FormShape, string[]>;
  intent: RequestWorkIntent;
  title: string;
  intro?: ReactNode;
  summary?: Array<{ field: Field; label: string }>;
  submit: string;
  primary?: boolean;
  children?: ReactNode;
}) {
  const busy = useNavigation().state !== "idle";
  return (
    <section className="rq-form" aria-labelledby={`${intent}-titel`}>
      <h3 id={`${intent}-titel`}>{title}</h3>
      {intro}
      <ErrorSummary form={form} fields={summary} />
      {/* Without JavaScript the answer is a new page: the fragment brings the reader back to this form. */}
      <Form method="post" action={`#${intent}-titel`} {...getFormProps(form)} noValidate className="form form--compact">
        <input type="hidden" name="intent" value={intent} />
        {children}
        <button type="submit" className={primary ? "button button--primary" : "button"} disabled={busy}>
          {submit}
        </button>
      </Form>
    </section>
  );
}

/** A calendar date; the browser shows its own date picker, and without one it takes YYYY-MM-DD. */
function DateField({ field, label, hint, optional }: { field: Field; label: string; hint: string; optional?: boolean }) {
  const props = getInputProps(field, { type: "date", ariaAttributes: false });
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={`field ${invalid ? "field--invalid" : ""}`}>
      <label className="field__label" htmlFor={field.id}>
        {label}
        {optional ? <span className="field__optional"> (niet verplicht)</span> : null}
      </label>
      <p className="field__hint" id={field.descriptionId}>
        {hint}
      </p>
      <FieldError field={field} />
      <input
        {...props}
        key={props.key}
        className="input rq-date"
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[field.descriptionId, invalid ? field.errorId : null].filter(Boolean).join(" ")}
      />
    </div>
  );
}

function NoteForm() {
  const [form, fields] = useWorkForm("notitie", NoteSchema);
  return (
    <WorkForm
      form={form}
      intent="notitie"
      title="Notitie maken"
      intro={<p>Alleen voor medewerkers. De werkgever ziet dit niet.</p>}
      summary={[{ field: fields.text, label: "Notitie" }]}
      submit="Notitie opslaan"
    >
      <TextareaField field={fields.text} label="Notitie" rows={3} />
    </WorkForm>
  );
}

function ContactForm() {
  const [form, fields] = useWorkForm("contact", ContactSchema);
  return (
    <WorkForm
      form={form}
      intent="contact"
      title="Contact vastleggen"
      intro={<p>Schrijf op wanneer u de werkgever sprak. Alleen medewerkers zien dit.</p>}
      summary={[
        { field: fields.channel, label: "Hoe had u contact?" },
        { field: fields.text, label: "Wat is er besproken?" },
      ]}
      submit="Contact opslaan"
    >
      <RadioGroupField field={fields.channel} legend="Hoe had u contact?" options={CONTACT_CHANNELS} />
      <TextareaField field={fields.text} label="Wat is er besproken?" rows={3} />
    </WorkForm>
  );
}

function OwnerForm({ page }: { page: Page }) {
  const ownerId = page.request.ownerId;
  const current = ownerId && page.ownerOptions.some((o) => o.value === ownerId) ? ownerId : NO_OWNER;
  const [form, fields] = useWorkForm("eigenaar", OwnerSchema, { ownerId: current });
  return (
    <WorkForm
      form={form}
      intent="eigenaar"
      title="Eigenaar"
      intro={<p>De eigenaar volgt deze aanvraag en zorgt dat er iets gebeurt.</p>}
      summary={[{ field: fields.ownerId, label: "Eigenaar" }]}
      submit="Eigenaar opslaan"
    >
      <SelectField field={fields.ownerId} label="Eigenaar" options={[{ value: NO_OWNER, label: "Niemand" }, ...page.ownerOptions]} />
    </WorkForm>
  );
}

/**
 * conform types the fields of a union schema (the status form: one shape per status) as unknown;
 * every field of that form is a text field, so it is read as one.
 */
function textField(field: FieldMetadata<unknown, Record<string, unknown>, string[]>): Field {
  return field as Field;
}

function StatusForm({ page }: { page: Page }) {
  const [form, unionFields] = useWorkForm("status", StatusSchema);
  const fields = {
    status: textField(unionFields.status),
    placementEndsOn: textField(unionFields.placementEndsOn),
    reason: textField(unionFields.reason),
    explanation: textField(unionFields.explanation),
  };
  const options = page.statusOptions;
  const canClose = options.some((o) => o.value === "geen_match");
  const canPlace = options.some((o) => o.value === "geplaatst");
  return (
    <WorkForm
      form={form}
      intent="status"
      title={page.request.open ? "Status veranderen" : "Aanvraag weer openen"}
      intro={
        canClose ? (
          <p>
            Sluit u de aanvraag af? Kies dan {options.some((o) => o.value === "geplaatst") ? "“Geplaatst”, of " : ""}“Geen match” met
            een reden.
          </p>
        ) : null
      }
      summary={[
        { field: fields.status, label: "Nieuwe status" },
        { field: fields.placementEndsOn, label: "Einde van de plaatsing" },
        { field: fields.reason, label: "Reden" },
        { field: fields.explanation, label: "Toelichting" },
      ]}
      submit="Status opslaan"
    >
      <SelectField field={fields.status} label="Nieuwe status" options={options} />
      {canPlace ? (
        <DateField
          field={fields.placementEndsOn}
          label="Einde van de plaatsing"
          hint="Alleen bij “Geplaatst”, als u het weet. Een paar weken na deze dag vragen we de werkgever of er weer plek is."
          optional
        />
      ) : null}
      {canClose ? (
        <>
          <SelectField field={fields.reason} label="Reden" hint="Alleen nodig bij “Geen match”." options={NO_MATCH_REASONS} />
          <TextareaField field={fields.explanation} label="Toelichting" optional rows={2} />
        </>
      ) : null}
    </WorkForm>
  );
}

/** Plan the kennismaking, or move the one that is planned (the employer gets the change in their calendar). */
function IntroductionForm({ page }: { page: Page }) {
  const current = page.introduction;
  const defaults = page.introductionDefaults;
  const [form, fields] = useWorkForm(
    "kennismaking",
    IntroductionSchema,
    current
      ? { introductionOn: current.date, startTime: current.startTime, place: current.placeKind, address: current.address ?? "", meetWith: current.meetWith }
      : { place: "organisation", address: defaults.address ?? "", meetWith: defaults.meetWith },
  );
  return (
    <WorkForm
      form={form}
      intent="kennismaking"
      title={current ? "Kennismaking verzetten" : "Kennismaking plannen"}
      intro={
        current ? (
          <p>
            <strong>Gepland:</strong> {current.sentence} Verandert er iets? Pas de afspraak hier aan. De werkgever krijgt de nieuwe afspraak voor de agenda.
          </p>
        ) : (
          <p>Spreek eerst met de werkgever af wanneer het kan. De werkgever en u krijgen daarna een e-mail met de afspraak voor de agenda.</p>
        )
      }
      summary={[
        { field: fields.introductionOn, label: "Datum" },
        { field: fields.startTime, label: "Begintijd" },
        { field: fields.place, label: "Waar is de kennismaking?" },
        { field: fields.address, label: "Adres" },
        { field: fields.meetWith, label: "Met wie spreekt de werkgever?" },
      ]}
      submit={current ? "Nieuwe afspraak opslaan" : "Kennismaking plannen"}
      primary={!current}
    >
      <DateField field={fields.introductionOn} label="Datum" hint="Bijvoorbeeld 10-12-2026." />
      <TextField field={fields.startTime} label="Begintijd" hint="Bijvoorbeeld 14:00. De afspraak staat een uur in de agenda." inputMode="text" className="input rq-date" />
      <RadioGroupField
        field={fields.place}
        legend="Waar is de kennismaking?"
        options={[
          { value: "organisation", label: defaults.organisationLabel },
          { value: "address", label: "Op een ander adres, bijvoorbeeld bij het bedrijf" },
        ]}
      />
      <TextField
        field={fields.address}
        label="Adres"
        hint="Straat, huisnummer en plaats, ook als het op school of op uw kantoor is: zo vindt de werkgever de weg."
        autoComplete="street-address"
      />
      <TextField field={fields.meetWith} label="Met wie spreekt de werkgever?" hint="De naam van de persoon die de werkgever ontvangt." />
    </WorkForm>
  );
}

function CancelIntroductionForm() {
  const [form, fields] = useWorkForm("kennismaking_afzeggen", CancelIntroductionSchema);
  return (
    <WorkForm
      form={form}
      intent="kennismaking_afzeggen"
      title="Kennismaking afzeggen"
      intro={<p>Gaat de kennismaking niet door? De werkgever krijgt een e-mail en de afspraak verdwijnt uit de agenda.</p>}
      summary={[{ field: fields.message, label: "Bericht voor de werkgever" }]}
      submit="Kennismaking afzeggen"
    >
      <TextareaField field={fields.message} label="Bericht voor de werkgever" optional rows={2} />
    </WorkForm>
  );
}

function SchoolAnswerForms({ page }: { page: Page }) {
  const [acceptForm] = useWorkForm("accepteren", AcceptSchema);
  const [declineForm, declineFields] = useWorkForm("afwijzen", DeclineSchema);
  return (
    <>
      <WorkForm
        form={acceptForm}
        intent="accepteren"
        title="Pakt uw school deze aanvraag op?"
        intro={
          page.schoolAssignment?.respondBy ? (
            <p>
              Laat het uiterlijk <strong>{page.schoolAssignment.respondBy}</strong> weten. Anders gaat de aanvraag naar een andere school.
            </p>
          ) : null
        }
        submit="Ja, wij pakken deze aanvraag op"
        primary
      />
      <WorkForm
        form={declineForm}
        intent="afwijzen"
        title="Past het niet?"
        intro={<p>Dan gaat de aanvraag naar een andere school, of naar het werkgeversservicepunt.</p>}
        summary={[
          { field: declineFields.reason, label: "Reden" },
          { field: declineFields.explanation, label: "Toelichting" },
        ]}
        submit="Afwijzen en doorsturen"
      >
        <SelectField field={declineFields.reason} label="Reden" options={DECLINE_REASONS} />
        <TextareaField field={declineFields.explanation} label="Toelichting" optional rows={2} />
      </WorkForm>
    </>
  );
}

function HandBackForm() {
  const [form, fields] = useWorkForm("teruggeven", HandBackSchema);
  return (
    <WorkForm
      form={form}
      intent="teruggeven"
      title="Teruggeven aan het werkgeversservicepunt"
      intro={<p>Kan uw school toch niets met deze aanvraag? Geef de aanvraag dan terug. Het werkgeversservicepunt neemt haar over.</p>}
      summary={[{ field: fields.reason, label: "Waarom geeft u de aanvraag terug?" }]}
      submit="Aanvraag teruggeven"
    >
      <TextareaField field={fields.reason} label="Waarom geeft u de aanvraag terug?" rows={3} />
    </WorkForm>
  );
}

function ForwardForm({ page }: { page: Page }) {
  const [form, fields] = useWorkForm("doorsturen", ForwardSchema);
  if (page.forwardOptions.length === 0) {
    return (
      <section className="rq-form" aria-labelledby="doorsturen-titel">
        <h3 id="doorsturen-titel">Naar een andere school sturen</h3>
        <p>Er is geen andere actieve school in deze regio.</p>
      </section>
    );
  }
  return (
    <WorkForm
      form={form}
      intent="doorsturen"
      title="Naar een andere school sturen"
      intro={<p>De school krijgt een e-mail met uw bericht en een link om te antwoorden. De werkgever hoort bij welke school de aanvraag ligt.</p>}
      summary={[
        { field: fields.schoolId, label: "School" },
        { field: fields.message, label: "Bericht voor de school" },
      ]}
      submit="Doorsturen"
    >
      <SelectField field={fields.schoolId} label="School" options={page.forwardOptions} />
      <TextareaField field={fields.message} label="Bericht voor de school" rows={3} />
    </WorkForm>
  );
}

function ReplyForm({ page }: { page: Page }) {
  const [form, fields] = useWorkForm("antwoord", ReplySchema);
  return (
    <WorkForm
      form={form}
      intent="antwoord"
      title="Bericht aan de werkgever"
      intro={
        <p>
          {page.request.contactName} krijgt dit per e-mail, met uw naam en een link naar de eigen pagina van de werkgever.
        </p>
      }
      summary={[{ field: fields.message, label: "Uw bericht" }]}
      submit="Bericht sturen"
    >
      <TextareaField field={fields.message} label="Uw bericht" rows={4} />
    </WorkForm>
  );
}

export function WorkForms({ page }: { page: Page }) {
  const { actions } = page;
  // Only the form that was just sent starts empty again; what was typed in the others stays.
  const location = useLocation();
  const fresh = (intent: RequestWorkIntent) => (page.doneIntent === intent ? `${intent}-${location.key}` : intent);
  const any = Object.values(actions).some(Boolean);
  if (!any) {
    return (
      <p>
        {page.access === "read"
          ? "U kunt deze aanvraag alleen bekijken. Uw school heeft de aanvraag niet meer."
          : "Bij deze aanvraag kunt u nu niets doen."}
      </p>
    );
  }
  return (
    <div className="rq-forms">
      {actions.accept || actions.decline ? <SchoolAnswerForms key={fresh("afwijzen")} page={page} /> : null}
      {actions.introduction ? <IntroductionForm key={fresh("kennismaking")} page={page} /> : null}
      {actions.introduction && page.introduction?.upcoming ? <CancelIntroductionForm key={fresh("kennismaking_afzeggen")} /> : null}
      {actions.status ? <StatusForm key={fresh("status")} page={page} /> : null}
      {actions.owner ? <OwnerForm key={fresh("eigenaar")} page={page} /> : null}
      {actions.reply ? <ReplyForm key={fresh("antwoord")} page={page} /> : null}
      {actions.contact ? <ContactForm key={fresh("contact")} /> : null}
      {actions.note ? <NoteForm key={fresh("notitie")} /> : null}
      {actions.forward ? <ForwardForm key={fresh("doorsturen")} page={page} /> : null}
      {actions.handBack ? <HandBackForm key={fresh("teruggeven")} /> : null}
    </div>
  );
}

