/**
 * One request in the back office: all its details, why it went where it went, what happened to
 * it (events and emails), and the steps this person can take now. Every step is its own small
 * form posting to this route, so the page works without JavaScript; the action hands each one
 * to `~/models/request-work.server`, which checks access again and does the work.
 */

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { DoneMessage } from "~/components/forms";
import { WorkForms } from "~/components/request-work-forms";
import { DELIVERY_STATE_LABELS } from "~/domain/timeline";
import { NO_OWNER, type RequestWorkInput, type RequestWorkIntent, type RequestWorkReply, RequestWorkSchema } from "~/forms/request-work";
import { doneKey, doneLocation } from "~/http/done-message.server";
import { refusalReply } from "~/http/form-reply.server";
import { notFound, requireStaff } from "~/http/staff-session.server";
import { database } from "~/lib/db.server";
import { requestPage } from "~/models/request-page.server";
import {
  acceptRequest,
  addNote,
  cancelIntroduction,
  changeStatus,
  declineRequest,
  forwardToSchool,
  handBackToWsp,
  logContact,
  planIntroduction,
  replyToEmployer,
  setOwner,
  type WorkResult,
} from "~/models/request-work.server";
import { findVisibleRequest, type StaffMember } from "~/models/staff-scope.server";
import { logAudit } from "~/models/audit-log.server";
import requestStyles from "~/styles/backoffice-request.css";
import { parseFormSubmission } from "~/forms/submission";
import { MailLink } from "~/components/mail-link";

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
  kennismaking: "De kennismaking staat in de agenda. De werkgever en u krijgen een e-mail met de afspraak.",
  kennismaking_afzeggen: "De kennismaking is afgezegd. De werkgever krijgt daarover een e-mail.",
  accepteren: "Uw school pakt deze aanvraag op. De werkgever krijgt daarover een e-mail.",
  afwijzen: "U heeft de aanvraag afgewezen. De aanvraag gaat naar een andere school of naar het werkgeversservicepunt.",
  teruggeven: "De aanvraag ligt weer bij het werkgeversservicepunt. Het werkgeversservicepunt krijgt een e-mail.",
  doorsturen: "De aanvraag is doorgestuurd. De school krijgt een e-mail met uw bericht.",
  antwoord: "Uw bericht gaat per e-mail naar de werkgever.",
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const staff = await requireStaff(request, context);
  const db = database();
  const page = await requestPage(db, staff, params.reference ?? "");
  if (!page) throw notFound();
  await logAudit(db, staff, "bekeken", `Aanvraag ${page.reference} bekeken`, page.id);
  const doneIntent = doneKey(request, DONE_MESSAGES);
  return { ...page, doneIntent, done: doneIntent ? DONE_MESSAGES[doneIntent] : null };
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
      return changeStatus(
        db,
        staff,
        reference,
        value.status === "geen_match"
          ? { to: "geen_match", reason: value.reason, explanation: value.explanation }
          : value.status === "geplaatst"
            ? { to: "geplaatst", placementEndsOn: value.placementEndsOn ?? null }
            : { to: value.status },
      );
    case "kennismaking":
      return planIntroduction(db, staff, reference, {
        date: value.introductionOn,
        startTime: value.startTime,
        placeKind: value.place,
        address: value.address ?? null,
        meetWith: value.meetWith,
      });
    case "kennismaking_afzeggen":
      return cancelIntroduction(db, staff, reference, { message: value.message ?? null });
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
  const submission = parseFormSubmission(formData, { schema: RequestWorkSchema });
  if (submission.status !== "success") {
    // Someone who may not see the request learns nothing, not even whether the form was right.
    // (A valid form is checked by the step itself, inside its transaction.)
    if (!(await findVisibleRequest(database(), staff, reference))) throw notFound();
    return data<RequestWorkReply>({ intent, result: submission.reply() }, { status: 400 });
  }
  const outcome = await perform(staff, reference, submission.value);
  if (!outcome.ok) {
    if ("reason" in outcome) throw notFound();
    return data<RequestWorkReply>({ intent, result: refusalReply(submission, outcome) }, { status: 400 });
  }
  // The fragment brings the reader to the message, also without JavaScript.
  return redirect(doneLocation(`/backoffice/aanvragen/${encodeURIComponent(reference)}`, submission.value.intent, { hash: "gedaan" }));
}

function Timeline({ entries }: { entries: ReturnType<typeof useLoaderData<typeof loader>>["timeline"] }) {
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
        <span className="rq-request__kind">{request.kindLabel}</span> van {request.companyName || request.contactName} ·{" "}
        <span className={`rq-status rq-status--${request.status}`}>{request.statusLabel}</span>
      </p>

      <DoneMessage message={done} id="gedaan" className="rq-request__done" />

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
            {request.placementEndsOn ? ` De plaatsing duurt tot ${request.placementEndsOn}.` : null}
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
            {page.introduction ? (
              <>
                <dt>Kennismaking</dt>
                <dd>{page.introduction.sentence}</dd>
              </>
            ) : request.introductionOn ? (
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
              {request.companyName || "Niet opgegeven"}
              {request.kvkNumber ? ` (KvK ${request.kvkNumber})` : null}
            </dd>
            <dt>Contactpersoon</dt>
            <dd>{request.contactName}</dd>
            <dt>E-mail</dt>
            <dd className="rq-break">
              <MailLink address={request.email} />
            </dd>
            <dt>Telefoon</dt>
            <dd>{request.phone ? <a href={`tel:${request.phone.replace(/[^\d+]/g, "")}`}>{request.phone}</a> : "Niet opgegeven"}</dd>
            <dt>Sector</dt>
            <dd>{request.sector}</dd>
            <dt>Plaats</dt>
            <dd>
              {request.municipalityName && request.postcode
                ? `${request.municipalityName} (${request.postcode}), regio ${request.regionName}`
                : "Geen postcode gegeven: de vraag ligt bij het team van Opstap"}
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
          <WorkForms page={page} />
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
