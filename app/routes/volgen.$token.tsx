/**
 * The employer's own page, opened by a private link from an email. A link in an email about one
 * request opens that request; a "mijn aanvragen" link opens all of them and what Opstap holds
 * about the employer (export, erasure); `?aanvraag=<reference>` opens it at one request and marks
 * it. Actions: send a message, withdraw a request and reopen it within 14 days
 * (`~/domain/withdrawal`), correct the contact details (a new address only after its mailbox
 * confirms). No account; the link is the key, and it is only ever sent by email (decision 016).
 * The forms are in `~/components/tracking-forms`.
 */

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useState } from "react";
import { formatDateTime, formatDeadline } from "~/domain/dates";
import { telHref } from "~/http/phone-link.server";
import { EMPLOYER_LINK_DAYS } from "~/domain/employer-access";
import { appointmentPlace, appointmentWhen } from "~/domain/introduction";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import type { ReopenChance } from "~/domain/withdrawal";
import { AnswerRows } from "~/components/answer-list";
import { EmployerTimeline } from "~/components/employer-timeline";
import { DoneMessage, formPageTitle } from "~/components/forms";
import {
  ContactDetailsForm,
  EraseForm,
  FormAttempt,
  MessageForm,
  ReopenForm,
  ReopenRefused,
  SendLinkForm,
  WithdrawForm,
} from "~/components/tracking-forms";
import { TrackingActionSchema, type TrackingReply, trackingFormId } from "~/forms/tracking";
import { doneKey, doneLocation } from "~/http/done-message.server";
import { formWasRejected, markFormRejected, refusalReply } from "~/http/form-reply.server";
import { database } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { employerAccess, requestEmailChange, sendEmployerLinkToEmployer } from "~/models/employer-access.server";
import { eraseEmployer } from "~/models/employer-privacy.server";
import {
  employerOverview,
  ownRequestReference,
  reopenRequest,
  sendEmployerMessage,
  updateEmployerContact,
  withdrawRequest,
} from "~/models/employer-requests.server";
import { allowHit } from "~/models/rate-limit.server";
import trackingStyles from "~/styles/tracking.css";
import { parseFormSubmission } from "~/forms/submission";
import { MailLink } from "~/components/mail-link";

export const links = () => [{ rel: "stylesheet", href: trackingStyles }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: formPageTitle(`${data?.scope === "request" ? "Uw aanvraag" : "Uw aanvragen"} – Opstap`, data?.rejected) },
  { name: "robots", content: "noindex" },
];

const DONE_MESSAGES = {
  bericht: "Uw bericht is verstuurd.",
  intrekken:
    "Uw aanvraag is ingetrokken. U krijgt hierover een e-mail. Was het een vergissing? Dan kunt u de aanvraag hieronder heropenen.",
  heropenen: "Uw aanvraag is weer open. Wie uw aanvraag had, heeft daarover een e-mail gekregen.",
  antwoorden: "Uw antwoorden zijn aangepast. Wie uw aanvraag heeft, krijgt de nieuwe antwoorden per e-mail.",
  "antwoorden-gelijk": "U heeft niets veranderd. Uw antwoorden zijn nog hetzelfde.",
  contact: "Uw contactgegevens zijn aangepast.",
  adres:
    "We hebben een e-mail gestuurd naar het nieuwe e-mailadres. Klik op de link in die e-mail. Pas dan gebruiken we het nieuwe adres; tot die tijd blijft het oude in gebruik.",
  link: "We hebben een link gestuurd naar het e-mailadres dat we van u hebben. Met die link ziet u al uw aanvragen en uw gegevens.",
} as const;

/** Where a new request of each kind starts, for a withdrawal that can no longer be taken back. */
const NEW_REQUEST_PATHS = { proefplaatsing: "/proefplaatsing", groepsstage: "/groepsstage", vraag: "/vraag" } as const;

/** Actions per link per hour: enough for a person, too few to try things out at scale. */
const ACTIONS_PER_LINK_PER_HOUR = 20;

async function accessOr404(token: string | undefined) {
  const access = await employerAccess(database(), token ?? "");
  if (!access) throw new Response("Deze link werkt niet (meer).", { status: 404 });
  return access;
}

function reopenForPage(chance: ReopenChance) {
  if (chance.kind === "open") return { kind: "open" as const, until: formatDeadline(chance.until) };
  if (chance.kind === "te_laat") return { kind: "te_laat" as const, since: formatDeadline(chance.since) };
  return { kind: "nee" as const };
}

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const { employer, scope } = await accessOr404(params.token);
  const requests = await employerOverview(database(), employer.id, scope);
  const search = new URL(request.url).searchParams;
  // The request an email or the last step was about: the page opens at it and marks it.
  const current = requests.find((r) => r.reference === search.get("aanvraag"))?.reference ?? null;
  const done = doneKey(request, DONE_MESSAGES);
  return {
    done: done ? DONE_MESSAGES[done] : null,
    /** A step on one request: its message shows at that request. */
    doneAt: done && ["bericht", "intrekken", "heropenen", "antwoorden", "antwoorden-gelijk"].includes(done) ? current : null,
    current,
    /** A form came back with errors (JavaScript off): the title starts with "Fout: ". */
    rejected: formWasRejected(context),
    scope: scope.kind,
    token: params.token ?? "",
    employerLinkDays: EMPLOYER_LINK_DAYS,
    employer: { companyName: employer.companyName, contactName: employer.contactName, email: employer.email, phone: employer.phone },
    requests: requests.map((r) => ({
      id: r.id,
      reference: r.reference,
      kindLabel: REQUEST_KIND_LABELS[r.kind],
      newRequestPath: NEW_REQUEST_PATHS[r.kind],
      statusText: r.statusText,
      open: r.open,
      handler: r.handler,
      // The link is made here: its phone library stays out of the page's JavaScript (decision 026).
      contact: r.contact ? { ...r.contact, phoneHref: r.contact.phone ? telHref(r.contact.phone) : null } : null,
      appointment: r.appointment
        ? {
            when: appointmentWhen(r.appointment.startsAt),
            place: capitalise(appointmentPlace(r.appointment)),
            meetWith: r.appointment.meetWith,
            // The "zet in mijn agenda" file behind this same link; a link to all requests names the request.
            calendarHref: `/volgen/${params.token ?? ""}/kennismaking.ics${scope.kind === "employer" ? `?aanvraag=${encodeURIComponent(r.reference)}` : ""}`,
          }
        : null,
      reopen: reopenForPage(r.reopen),
      sent: r.sent,
      changeAnswersHref: r.mayChangeAnswers ? `/volgen/${params.token ?? ""}/wijzigen/${encodeURIComponent(r.reference)}` : null,
      createdAt: formatDateTime(r.createdAt),
      timeline: r.timeline.map((e) => ({ at: formatDateTime(e.at), text: e.text })),
    })),
  };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const { employer, scope, linkId } = await accessOr404(params.token);
  const formData = await request.formData();
  const submission = parseFormSubmission(formData, { schema: TrackingActionSchema });
  const sentRequestId = formData.get("requestId");
  const form = trackingFormId(String(formData.get("intent") ?? ""), typeof sentRequestId === "string" ? sentRequestId : undefined);
  const reply = (result: TrackingReply["result"]) => {
    markFormRejected(context);
    return data<TrackingReply>({ form, result }, { status: 400 });
  };
  const refused = (message: string, field?: string) => reply(refusalReply(submission, { ok: false, message, field }));
  const db = database();
  const config = env();
  if (config.RATE_LIMIT === "on") {
    const hour = { windowSeconds: 3600 };
    const ip = typeof context.clientIp === "string" ? context.clientIp : null;
    const allowed =
      (await allowHit(db, `volgen:${linkId}`, { ...hour, max: ACTIONS_PER_LINK_PER_HOUR })) &&
      (!ip || (await allowHit(db, `ip:${ip}`, { ...hour, max: config.RATE_LIMIT_POSTS_PER_IP_PER_HOUR })));
    if (!allowed) return refused("U heeft het vaak geprobeerd. Wacht een uur en probeer het dan opnieuw.");
  }
  if (submission.status !== "success") return reply(submission.reply());
  const value = submission.value;
  const path = `/volgen/${params.token}`;
  if (value.intent === "contact") {
    // A request link is the kind that gets forwarded; the details of the whole employer (and with
    // a new address, every link) change only with the link that went to the stored address.
    if (scope.kind !== "employer") return refused("Uw gegevens aanpassen kan alleen met de link naar al uw aanvragen.");
    await updateEmployerContact(db, employer.id, { contactName: value.contactName, phone: value.phone ?? null });
    if (value.email.trim().toLowerCase() !== employer.email.trim().toLowerCase()) {
      await requestEmailChange(db, employer.id, value.email);
      return redirect(doneLocation(path, "adres"));
    }
    return redirect(doneLocation(path, "contact"));
  }
  if (value.intent === "stuur-link") {
    // Asked from one request's page: the new link opens at that request.
    const asked = scope.kind === "request" ? await ownRequestReference(db, employer.id, scope.requestId) : null;
    await sendEmployerLinkToEmployer(db, employer.id, new Date(), asked ?? undefined);
    return redirect(doneLocation(path, "link"));
  }
  if (value.intent === "wissen") {
    // Only a "mijn aanvragen" link, which went to the address on record, may erase everything.
    if (scope.kind !== "employer") return refused("Dit kan alleen met de link naar al uw aanvragen.", "confirm");
    await eraseEmployer(db, employer.id, { kind: "werkgever" });
    return redirect("/volgen/gewist");
  }
  // A link to one request acts on that request only: on any other id it answers as for one that
  // does not exist. Withdrawing and reopening go together: whoever may do the one may undo it.
  const field = value.intent === "bericht" ? "message" : value.intent === "intrekken" ? "confirm" : undefined;
  if (scope.kind === "request" && scope.requestId !== value.requestId) return refused("Deze aanvraag bestaat niet.", field);
  const outcome =
    value.intent === "bericht"
      ? await sendEmployerMessage(db, employer.id, value.requestId, value.message)
      : value.intent === "intrekken"
        ? await withdrawRequest(db, employer.id, value.requestId)
        : await reopenRequest(db, employer.id, value.requestId);
  if (!outcome.ok) return reply(refusalReply(submission, outcome));
  const { reference } = outcome;
  return redirect(doneLocation(path, value.intent, { query: { aanvraag: reference }, hash: `aanvraag-${reference}` }));
}

type PageRequest = ReturnType<typeof useLoaderData<typeof loader>>["requests"][number];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Uw kennismaking": when, where and with whom, and the appointment for their calendar. */
function Appointment({ appointment }: { appointment: NonNullable<PageRequest["appointment"]> }) {
  return (
    <div className="contact-person appointment">
      <h3>Uw kennismaking</h3>
      <dl className="details">
        <dt>Wanneer</dt>
        <dd>{appointment.when} (ongeveer een uur)</dd>
        <dt>Waar</dt>
        <dd>{appointment.place}</dd>
        <dt>U spreekt met</dt>
        <dd>{appointment.meetWith}</dd>
      </dl>
      <p className="contact-person__ways">
        <a href={appointment.calendarHref} download>
          Zet de afspraak in uw agenda
        </a>
      </p>
    </div>
  );
}

/** "Uw contactpersoon": who to call or write once a school or WSP holds the request. */
function HandlerContact({ contact }: { contact: NonNullable<PageRequest["contact"]> }) {
  return (
    <div className="contact-person">
      <h3>Uw contactpersoon</h3>
      <p>
        {contact.personName ? (
          <>
            {contact.personName}, {contact.organisationName}
          </>
        ) : (
          contact.organisationName
        )}
      </p>
      {contact.phone || contact.email ? (
        <dl className="details contact-person__ways">
          {contact.phone ? (
            <>
              <dt>Telefoon</dt>
              <dd>
                <a href={contact.phoneHref ?? undefined}>{contact.phone}</a>
              </dd>
            </>
          ) : null}
          {contact.email ? (
            <>
              <dt>E-mail</dt>
              <dd>
                <MailLink address={contact.email} />
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}

/** A withdrawn request: take it back while that may, else what to do instead. */
function Reopen({ request }: { request: PageRequest }) {
  const { reopen } = request;
  if (reopen.kind === "open") {
    return (
      <div className="reopen">
        <h3>Toch verder?</h3>
        <p>
          U kunt deze aanvraag weer openen tot {reopen.until}. Uw aanvraag gaat dan verder waar hij was. {request.handler ? `${request.handler} krijgt daarover een e-mail.` : null}
        </p>
        <ReopenForm requestId={request.id} />
      </div>
    );
  }
  if (reopen.kind === "te_laat") {
    return (
      <div className="reopen">
        <h3>Toch verder?</h3>
        <p>
          Heropenen kon tot {reopen.since}. Dat kan nu niet meer. Wilt u toch verder? Stuur dan een nieuwe aanvraag. Dat duurt een
          paar minuten.
        </p>
        {/* Pressed just after the deadline: the answer stands here, where the button was. */}
        <ReopenRefused requestId={request.id} />
        <p>
          <Link to={request.newRequestPath}>Nieuwe {request.kindLabel === "vraag" ? "vraag stellen" : `${request.kindLabel} aanvragen`}</Link>
        </p>
      </div>
    );
  }
  return null;
}

export default function Volgen() {
  const { done: doneMessage, doneAt, current, employer, requests, scope, token, employerLinkDays } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>();
  const location = useLocation();
  // Once the reader sends a form again (checked in the browser with JavaScript, or a form that came
  // back from the server), the message about the step before is old news.
  const [movedOnAt, setMovedOnAt] = useState<string | null>(null);
  const done = failed || movedOnAt === location.key ? null : doneMessage;
  // With JavaScript the page is not reloaded: a new key after a success empties the forms, so a
  // sent message is not left there to be sent twice.
  // (Keyed on the loader's message, not `done`: a mistake after a success must not empty the form.)
  const formKey = (name: string) => (doneMessage ? `${name}-${location.key}` : name);
  // With several requests on the page, the one an email was about is marked.
  const marked = requests.length > 1 ? current : null;

  return (
    <FormAttempt.Provider value={() => setMovedOnAt(location.key)}>
      <div className="wrap page page--form">
        <p className="eyebrow">{employer.companyName}</p>
        <h1>{scope === "request" ? "Uw aanvraag" : "Uw aanvragen"}</h1>
        {doneAt ? null : <DoneMessage message={done} />}
        {requests.length === 0 ? <p>U heeft nog geen aanvragen.</p> : null}

        {requests.map((r) => (
          <section
            key={r.id}
            id={`aanvraag-${r.reference}`}
            className={`request-card${r.reference === marked ? " request-card--current" : ""}`}
            aria-labelledby={`aanvraag-${r.reference}-titel`}
            aria-current={r.reference === marked ? "true" : undefined}
          >
            {r.reference === marked ? <p className="request-card__current">Deze aanvraag</p> : null}
            <h2 id={`aanvraag-${r.reference}-titel`}>
              <span className="request-card__kind">{r.kindLabel}</span> <span className="nowrap">{r.reference}</span>
            </h2>
            {doneAt === r.reference ? <DoneMessage message={done} /> : null}
            <dl className="details">
              <dt>Status</dt>
              <dd>{r.statusText}</dd>
              {r.handler ? (
                <>
                  <dt>Wie helpt u</dt>
                  <dd>{r.handler}</dd>
                </>
              ) : null}
              <dt>Verstuurd</dt>
              <dd>{r.createdAt}</dd>
            </dl>
            {r.appointment ? <Appointment appointment={r.appointment} /> : null}
            {r.contact ? <HandlerContact contact={r.contact} /> : null}
            <Reopen request={r} />
            <details className="sent-answers">
              <summary>Wat u ons stuurde</summary>
              <dl className="details">
                <AnswerRows rows={r.sent} />
              </dl>
            </details>
            {r.changeAnswersHref ? (
              <p>
                Nog niemand is met uw aanvraag bezig. Klopt er iets niet? <Link to={r.changeAnswersHref}>Wijzig uw antwoorden</Link>.
              </p>
            ) : null}
            <h3>Wat er is gebeurd</h3>
            <EmployerTimeline events={r.timeline} />

            {r.open ? (
              <>
                <MessageForm key={formKey(`bericht-${r.id}`)} requestId={r.id} to={r.handler ?? "Opstap"} />
                <WithdrawForm key={formKey(`intrekken-${r.id}`)} requestId={r.id} />
              </>
            ) : null}
          </section>
        ))}

        {scope === "employer" ? (
          <section aria-labelledby="contactgegevens" className="request-card">
            <h2 id="contactgegevens">Uw contactgegevens</h2>
            <p>
              Klopt er iets niet? Pas het hier aan. Wie uw aanvraag heeft, ziet de nieuwe gegevens. Een nieuw e-mailadres gebruiken
              we pas als u op de link klikt die we naar dat adres sturen.
            </p>
            <ContactDetailsForm key={formKey("contact")} current={employer} />
          </section>
        ) : null}
        {scope === "request" ? (
          <section aria-labelledby="alle-aanvragen" className="request-card">
            <h2 id="alle-aanvragen">Al uw aanvragen en uw gegevens</h2>
            <p>
              Deze link laat alleen deze aanvraag zien. Wilt u al uw aanvragen zien, uw contactgegevens aanpassen of weten welke
              gegevens we van u bewaren? Dan sturen we een aparte link naar het e-mailadres dat we van u hebben.
            </p>
            <SendLinkForm />
          </section>
        ) : (
          <section aria-labelledby="uw-gegevens" className="request-card">
            <h2 id="uw-gegevens">Uw gegevens</h2>
            <p>
              U mag altijd zien welke gegevens Opstap van u bewaart, en ze laten wissen. Lees in de{" "}
              <Link to="/privacy">privacyverklaring</Link> waarom we ze hebben en hoe lang we ze bewaren.
            </p>
            <ul>
              <li>
                <Link to={`/volgen/${token}/gegevens`}>Bekijk al uw gegevens</Link>
              </li>
              <li>
                <a href={`/volgen/${token}/gegevens.json`} download="opstap-gegevens.json">
                  Download uw gegevens als bestand (JSON)
                </a>
              </li>
            </ul>
            <EraseForm>
              <p>
                We wissen uw naam, e-mailadres, telefoonnummer, bedrijfsnaam en wat u in uw aanvragen schreef. Aanvragen die nog
                lopen, trekken we in; de school of het werkgeversservicepunt hoort dat. We houden alleen bij dat er een aanvraag
                was, zonder wie die stuurde. Dit kunt u niet terugdraaien.
              </p>
            </EraseForm>
            <p className="field__hint">Deze link werkt {employerLinkDays} dagen. Daarna vraagt u een nieuwe aan.</p>
          </section>
        )}
        <p>
          <Link to="/">Naar de startpagina</Link>
        </p>
      </div>
    </FormAttempt.Provider>
  );
}
