/**
 * One request in the back office: all its details, why it went where it went, what happened to
 * it (events and emails), and the steps this person can take now. Every step is its own small
 * form posting to this route, so the page works without JavaScript; the action hands each one
 * to `~/models/request-work.server`, which checks access again and does the work.
 */
import { type FieldMetadata, type FormMetadata, getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { Fragment, type ReactNode } from "react";
import type { z } from "zod";
import { ErrorSummary, FieldError, RadioGroupField, SelectField, TextareaField } from "~/components/forms";
import { DECLINE_REASONS } from "~/domain/assignments";
import { NO_MATCH_REASONS } from "~/domain/request-workflow";
import { CONTACT_CHANNELS, DELIVERY_STATE_LABELS } from "~/domain/timeline";
import {
  AcceptSchema,
  ContactSchema,
  DeclineSchema,
  ForwardSchema,
  HandBackSchema,
  NO_OWNER,
  NoteSchema,
  OwnerSchema,
  ReplySchema,
  type RequestWorkInput,
  type RequestWorkIntent,
  RequestWorkSchema,
  StatusSchema,
} from "~/forms/request-work";
import { database } from "~/lib/db.server";
import { notFound, requireStaff } from "~/http/staff-session.server";
import {
  acceptRequest,
  addNote,
  changeStatus,
  declineRequest,
  forwardToSchool,
  handBackToWsp,
  logContact,
  replyToEmployer,
  requestPage,
  setOwner,
  type WorkResult,
} from "~/models/request-work.server";
import { findVisibleRequest, logAudit, type StaffMember } from "~/models/staff-scope.server";
import requestStyles from "~/styles/backoffice-request.css";

export const links = () => [{ rel: "stylesheet", href: requestStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Aanvraag ${data.reference} – Opstap` : "Aanvraag – Opstap" },
  { name: "robots", content: "noindex" },
];

const DONE_MESSAGES: Record<RequestWorkIntent, string> = {
  notitie: "Uw notitie is opgeslagen.",
  contact: "Het contact is vastgelegd.",
  eigenaar: "De eigenaar is aangepast.",
  status: "De status is aangepast.",
  accepteren: "Uw school pakt deze aanvraag op. De werkgever krijgt daarover een e-mail.",
  afwijzen: "U heeft de aanvraag afgewezen. De aanvraag gaat naar een andere school of naar het werkgeversservicepunt.",
  teruggeven: "De aanvraag ligt weer bij het werkgeversservicepunt. Het werkgeversservicepunt krijgt een e-mail.",
  doorsturen: "De aanvraag is doorgestuurd. De school krijgt een e-mail met uw bericht.",
  antwoord: "Uw bericht gaat per e-mail naar de werkgever.",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const db = database();
  const page = await requestPage(db, staff, params.reference ?? "");
  if (!page) throw notFound();
  await logAudit(db, staff, "bekeken", `Aanvraag ${page.reference} bekeken`, page.id);
  const done = new URL(request.url).searchParams.get("gedaan");
  const doneIntent = done && done in DONE_MESSAGES ? (done as RequestWorkIntent) : null;
  return { ...page, doneIntent, done: doneIntent ? DONE_MESSAGES[doneIntent] : null };
}

interface ActionData {
  intent: string;
  result: SubmissionResult<string[]>;
}

function perform(staff: StaffMember, reference: string, value: RequestWorkInput): Promise<WorkResult> {
  const db = database();
  switch (value.intent) {
    case "notitie":
      return addNote(db, staff, reference, { text: value.text });
    case "contact":
      return logContact(db, staff, reference, { channel: value.channel, text: value.text });
    case "eigenaar":
      return setOwner(db, staff, reference, { ownerId: value.ownerId === NO_OWNER ? null : value.ownerId });
    case "status":
      switch (value.status) {
        case "kennismaking_gepland":
          return changeStatus(db, staff, reference, { to: "kennismaking_gepland", introductionOn: value.introductionOn! });
        case "geen_match":
          return changeStatus(db, staff, reference, { to: "geen_match", reason: value.reason!, explanation: value.explanation });
        default:
          return changeStatus(db, staff, reference, { to: value.status });
      }
    case "accepteren":
      return acceptRequest(db, staff, reference);
    case "afwijzen":
      return declineRequest(db, staff, reference, { reason: value.reason, explanation: value.explanation });
    case "teruggeven":
      return handBackToWsp(db, staff, reference, { reason: value.reason });
    case "doorsturen":
      return forwardToSchool(db, staff, reference, { schoolId: value.schoolId, message: value.message });
    case "antwoord":
      return replyToEmployer(db, staff, reference, { message: value.message });
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const reference = params.reference ?? "";
  const formData = await request.formData();
  const intent = String(formData.get("intent") ?? "");
  const submission = parseWithZod(formData, { schema: RequestWorkSchema });
  if (submission.status !== "success") {
    // Someone who may not see the request learns nothing, not even whether the form was right.
    // (A valid form is checked by the step itself, inside its transaction.)
    if (!(await findVisibleRequest(database(), staff, reference))) throw notFound();
    return data<ActionData>({ intent, result: submission.reply() }, { status: 400 });
  }
  const outcome = await perform(staff, reference, submission.value);
  if (!outcome.ok) {
    if ("reason" in outcome) throw notFound();
    return data<ActionData>({ intent, result: submission.reply({ formErrors: [outcome.problem] }) }, { status: 400 });
  }
  // The fragment brings the reader to the message, also without JavaScript.
  return redirect(`/backoffice/aanvragen/${encodeURIComponent(reference)}?gedaan=${submission.value.intent}#gedaan`);
}

// ---------------------------------------------------------------------------------------------
// Form parts.

type Field = FieldMetadata<string | undefined>;

/** The form-wide set-up every step shares; each form has its own id, so errors land on the right one. */
function useWorkForm<Schema extends z.ZodObject<z.ZodRawShape>>(
  intent: RequestWorkIntent,
  schema: Schema,
  defaultValue?: Partial<z.input<Schema>>,
) {
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  return useForm<z.input<Schema>>({
    id: intent,
    lastResult: actionData?.intent === intent ? actionData.result : undefined,
    // conform's types cannot follow a generic zod schema; the concrete forms check them.
    defaultValue: defaultValue as never,
    constraint: getZodConstraint(schema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }) as never,
  });
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
function DateField({ field, label, hint }: { field: Field; label: string; hint: string }) {
  const props = getInputProps(field, { type: "date", ariaAttributes: false });
  const invalid = Boolean(field.errors?.length);
  return (
    <div className={`field ${invalid ? "field--invalid" : ""}`}>
      <label className="field__label" htmlFor={field.id}>
        {label}
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

type Page = ReturnType<typeof useLoaderData<typeof loader>>;

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
  const current = page.ownerOptions.some((o) => o.value === page.request.ownerId) ? page.request.ownerId! : NO_OWNER;
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

function StatusForm({ page }: { page: Page }) {
  const [form, fields] = useWorkForm("status", StatusSchema);
  const options = page.statusOptions;
  const canPlan = options.some((o) => o.value === "kennismaking_gepland");
  const canClose = options.some((o) => o.value === "geen_match");
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
        { field: fields.introductionOn, label: "Datum van de kennismaking" },
        { field: fields.reason, label: "Reden" },
        { field: fields.explanation, label: "Toelichting" },
      ]}
      submit="Status opslaan"
    >
      <SelectField field={fields.status} label="Nieuwe status" options={options} />
      {canPlan ? (
        <DateField field={fields.introductionOn} label="Datum van de kennismaking" hint="Alleen nodig bij “Kennismaking gepland”." />
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

// ---------------------------------------------------------------------------------------------
// The page.

function Actions({ page }: { page: Page }) {
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

function Timeline({ entries }: { entries: Page["timeline"] }) {
  return (
    <ol className="timeline rq-timeline">
      {entries.map((entry) =>
        entry.kind === "event" ? (
          <li key={entry.key} className="rq-timeline__item">
            <span className="timeline__at">
              {entry.at} · {entry.by}
            </span>
            {entry.text}
            {entry.quote ? <blockquote className="rq-timeline__quote">{entry.quote}</blockquote> : null}
          </li>
        ) : (
          <li key={entry.key} className="rq-timeline__item rq-timeline__item--email">
            <span className="timeline__at">{entry.at} · E-mail</span>
            {entry.label}, aan <span className="rq-break">{entry.to}</span>: “{entry.subject}”
            <span className="rq-delivery">
              <span className={`rq-state rq-state--${entry.state}`}>
                {entry.state === "verstuurd" && entry.sentAt ? `Verstuurd op ${entry.sentAt}` : DELIVERY_STATE_LABELS[entry.state]}
              </span>
              {/* Only worth saying when it took more than one try. */}
              {entry.attempts > 1 ? ` · na ${entry.attempts} pogingen` : null}
            </span>
          </li>
        ),
      )}
    </ol>
  );
}

export default function BackofficeAanvraag() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { request, routing } = page;
  // After a form error the page still has "?gedaan=…" from the step before; that message is old news.
  const done = actionData ? null : page.done;

  return (
    <div className="wrap page rq-request">
      <p className="rq-request__back">
        <Link to="/backoffice">Terug naar alle aanvragen</Link>
      </p>
      <h1>
        Aanvraag <span className="nowrap">{page.reference}</span>
      </h1>
      <p className="lead">
        <span className="rq-request__kind">{request.kindLabel}</span> van {request.companyName} ·{" "}
        <span className={`rq-status rq-status--${request.status}`}>{request.statusLabel}</span>
      </p>

      {done ? (
        <div className="panel panel--success rq-request__done" role="status" id="gedaan" tabIndex={-1}>
          <p>{done}</p>
        </div>
      ) : null}

      {/* The page is long on a phone: straight to what you came for. */}
      <nav aria-label="Op deze pagina" className="rq-jump">
        <ul>
          <li>
            <a href="#gegevens">Gegevens</a>
          </li>
          <li>
            <a href="#routering">Waar ligt de aanvraag</a>
          </li>
          <li>
            <a href="#acties">Wat kunt u doen</a>
          </li>
          <li>
            <a href="#tijdlijn">Tijdlijn</a>
          </li>
        </ul>
      </nav>

      {request.outcome ? (
        <div className="panel rq-request__outcome">
          <p>
            <strong>Afgesloten: {request.outcomeLabel}</strong>
            {request.closedAt ? ` op ${request.closedAt}` : null}.
            {request.outcomeReason ? ` Reden: ${request.outcomeReason}${/[.!?]$/.test(request.outcomeReason) ? "" : "."}` : null}
          </p>
        </div>
      ) : request.status === "ingetrokken" ? (
        <div className="panel rq-request__outcome">
          <p>
            <strong>De werkgever heeft deze aanvraag ingetrokken.</strong>
          </p>
        </div>
      ) : null}

      <div className={Object.values(page.actions).some(Boolean) ? "rq-request__grid" : "rq-request__grid rq-request__grid--read"}>
        <section className="rq-request__details" aria-labelledby="gegevens">
          <h2 id="gegevens">Gegevens</h2>
          <dl className="details rq-details">
            <dt>Soort aanvraag</dt>
            <dd className="rq-request__kind">{request.kindLabel}</dd>
            <dt>Status</dt>
            <dd>{request.statusLabel}</dd>
            {request.introductionOn ? (
              <>
                <dt>Kennismaking</dt>
                <dd>{request.introductionOn}</dd>
              </>
            ) : null}
            <dt>Eigenaar</dt>
            <dd>{request.owner ?? "Niemand"}</dd>
            <dt>Ontvangen</dt>
            <dd>{request.receivedAt}</dd>
            <dt>Bedrijf</dt>
            <dd>
              {request.companyName}
              {request.kvkNumber ? ` (KvK ${request.kvkNumber})` : null}
            </dd>
            <dt>Contactpersoon</dt>
            <dd>{request.contactName}</dd>
            <dt>E-mail</dt>
            <dd className="rq-break">
              <a href={`mailto:${request.email}`}>{request.email}</a>
            </dd>
            <dt>Telefoon</dt>
            <dd>{request.phone ? <a href={`tel:${request.phone.replace(/[^\d+]/g, "")}`}>{request.phone}</a> : "Niet opgegeven"}</dd>
            <dt>Sector</dt>
            <dd>{request.sector}</dd>
            <dt>Plaats</dt>
            <dd>
              {request.municipalityName} ({request.postcode}), regio {request.regionName}
            </dd>
            {request.answers.map((answer) => (
              <Fragment key={answer.label}>
                <dt>{answer.label}</dt>
                <dd className="rq-prewrap">{answer.value}</dd>
              </Fragment>
            ))}
            {request.outcome ? (
              <>
                <dt>Uitkomst</dt>
                <dd>
                  {request.outcomeLabel}
                  {request.outcomeReason ? `: ${request.outcomeReason}` : null}
                </dd>
              </>
            ) : null}
          </dl>
        </section>

        <section className="rq-request__routing" aria-labelledby="routering">
          <h2 id="routering">Waar ligt de aanvraag</h2>
          <p>{routing.sentence}</p>
          {routing.reasons.length > 0 ? (
            <>
              <h3>Waarom</h3>
              <ul className="reasons">
                {routing.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </>
          ) : null}
          {routing.alternates.length > 0 ? (
            <p>Volgende scholen als deze school niet kan: {routing.alternates.join(", ")}.</p>
          ) : null}
          <h3>Welke organisaties kregen de aanvraag</h3>
          <ol className="rq-assignments">
            {page.assignments.map((assignment) => (
              <li key={assignment.id}>
                <strong>{assignment.organisationName}</strong>: {assignment.statusLabel}.
                <span className="rq-assignments__meta">
                  Gekregen op {assignment.createdAt}.
                  {assignment.status === "open" && assignment.respondBy ? ` Antwoord uiterlijk ${assignment.respondBy}.` : null}
                  {assignment.respondedAt ? ` Beantwoord op ${assignment.respondedAt}.` : null}
                </span>
                {assignment.reason ? <span className="rq-assignments__meta">Reden: {assignment.reason}</span> : null}
                {assignment.message ? <span className="rq-assignments__meta">Bericht van het werkgeversservicepunt: {assignment.message}</span> : null}
              </li>
            ))}
          </ol>
        </section>

        <section className="rq-request__actions" aria-labelledby="acties">
          <h2 id="acties">Wat kunt u doen</h2>
          <Actions page={page} />
        </section>

        <section className="rq-request__timeline" aria-labelledby="tijdlijn">
          <h2 id="tijdlijn">Tijdlijn</h2>
          <p className="field__hint">Alles wat er met deze aanvraag gebeurde, het oudste eerst. Ook elke e-mail en of die is verstuurd.</p>
          <Timeline entries={page.timeline} />
        </section>
      </div>
    </div>
  );
}
