/**
 * The school's private page for one request (the link in its email): see what the employer
 * asks, and take it on or decline it. Declining moves the request to the next school.
 * Until the back office exists this link is how a school answers.
 */
import { getFormProps, type SubmissionResult } from "@conform-to/react";

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Fragment } from "react";
import { ErrorSummary, SelectField, TextareaField, useZodForm } from "~/components/forms";
import { DECLINE_REASONS } from "~/domain/assignments";
import { formatDateTime, formatDeadline } from "~/domain/dates";
import { telHref } from "~/http/phone-link.server";
import { contactOf } from "~/domain/request-details";
import { employerOfferSentence, REQUEST_KIND_LABELS } from "~/domain/request-words";
import { sectorLabel } from "~/domain/sectors";
import { storedDeclineReason } from "~/domain/timeline";
import { SchoolDeclineSchema, SchoolResponseSchema } from "~/forms/school-response";
import { database } from "~/lib/db.server";
import { requestAnswers } from "~/domain/request-answers";
import { assignmentByToken, respondToAssignment } from "~/models/routing.server";
import { isClosedStatus } from "~/domain/request-status";
import { parseFormSubmission } from "~/forms/submission";
import { MailLink } from "~/components/mail-link";

export const meta: MetaFunction = () => [{ title: "Aanvraag beantwoorden – Opstap" }, { name: "robots", content: "noindex" }];

function notFound() {
  return new Response("Deze link werkt niet.", { status: 404 });
}

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await assignmentByToken(database(), params.token ?? "");
  if (!found) throw notFound();
  const { assignment, request, organisation } = found;
  // Once the school no longer holds the request (passed on, declined, withdrawn, closed), an old
  // link shows that it is over, not who the employer is or how to reach them.
  const holds = (assignment.status === "open" || assignment.status === "accepted") && !isClosedStatus(request.status);
  const { companyName, contactName, email, phone } = contactOf(request.details);
  const contact = holds
    ? { companyName, answers: requestAnswers(request.details), contactName, email, phone, phoneHref: phone ? telHref(phone) : null }
    : null;
  return {
    schoolName: organisation.name,
    status: assignment.status,
    requestClosedBy: request.status === "ingetrokken" ? "werkgever" : "medewerker",
    respondBy: assignment.respondBy ? formatDeadline(assignment.respondBy) : null,
    respondedAt: assignment.respondedAt ? formatDateTime(assignment.respondedAt) : null,
    // The WSP's note when it forwarded this request to the school by hand.
    wspMessage: assignment.message,
    request: {
      reference: request.reference,
      kindLabel: REQUEST_KIND_LABELS[request.kind],
      offer: employerOfferSentence(request.kind),
      sector: request.sector ? sectorLabel(request.sector) : "Niet opgegeven",
      municipality: request.routing.municipalityName,
      postcode: request.postcode,
      // Every answer of the employer (group size, days, start…), not only the work.
      contact,
      receivedAt: formatDateTime(request.createdAt),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseFormSubmission(await request.formData(), { schema: SchoolResponseSchema });
  if (submission.status !== "success") return data<SubmissionResult<string[]>>(submission.reply(), { status: 400 });
  const answer =
    submission.value.intent === "accept"
      ? ({ accept: true } as const)
      : ({
          accept: false,
          reason: storedDeclineReason(submission.value.reason, submission.value.explanation),
        } as const);
  const outcome = await respondToAssignment(database(), params.token ?? "", answer);
  if (!outcome.ok && outcome.reason === "onbekend") throw notFound();
  // Answered (now or before): show the page again, in its new state.
  return redirect(`/reactie/${params.token}`);
}

export default function SchoolReactie() {
  const { schoolName, status, requestClosedBy, respondBy, respondedAt, wspMessage, request } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useZodForm("afwijzen", SchoolDeclineSchema, lastResult);
  const busy = navigation.state !== "idle";

  return (
    <div className="wrap page page--form">
      <p className="eyebrow">Voor {schoolName}</p>
      <h1>
        Aanvraag <span className="nowrap">{request.reference}</span>
      </h1>

      {status === "open" ? (
        <p className="lead">
          {request.offer} Laat uiterlijk <strong>{respondBy}</strong> weten of uw school deze
          aanvraag oppakt. Anders gaat de aanvraag naar een andere school.
        </p>
      ) : status === "accepted" ? (
        <div className="panel panel--success" role="status">
          <h2>Uw school pakt deze aanvraag op</h2>
          <p>
            Doorgegeven op {respondedAt}. Neem contact op met {request.contact?.contactName ?? "de werkgever"} om kennis te maken.
          </p>
        </div>
      ) : status === "withdrawn" ? (
        <div className="panel" role="status">
          <h2>{requestClosedBy === "werkgever" ? "De werkgever heeft deze aanvraag ingetrokken" : "Deze aanvraag is afgesloten"}</h2>
          <p>U hoeft er niets meer mee te doen.</p>
        </div>
      ) : status === "reassigned" ? (
        <div className="panel" role="status">
          <h2>Deze aanvraag ligt nu bij een andere school</h2>
          <p>Het werkgeversservicepunt heeft de aanvraag aan een andere school gegeven. U hoeft niets meer te doen.</p>
        </div>
      ) : status === "returned" ? (
        <div className="panel" role="status">
          <h2>Teruggegeven aan het werkgeversservicepunt</h2>
          <p>Uw school heeft deze aanvraag op {respondedAt} teruggegeven. Het werkgeversservicepunt zoekt verder.</p>
        </div>
      ) : (
        <div className="panel" role="status">
          <h2>Deze aanvraag is doorgestuurd</h2>
          <p>
            {status === "declined"
              ? `Uw school heeft deze aanvraag op ${respondedAt} afgewezen.`
              : "Er kwam geen antwoord binnen de termijn."}{" "}
            De aanvraag is naar een andere school of naar het werkgeversservicepunt gegaan. U hoeft niets meer te doen.
          </p>
        </div>
      )}

      {wspMessage ? (
        <>
          <h2>Bericht van het werkgeversservicepunt</h2>
          <blockquote className="quote">
            <p>{wspMessage}</p>
          </blockquote>
        </>
      ) : null}

      <h2>Wat vraagt de werkgever?</h2>
      <dl className="details">
        <dt>Soort aanvraag</dt>
        <dd>{request.kindLabel}</dd>
        {request.contact ? (
          <>
            <dt>Bedrijf</dt>
            <dd>{request.contact.companyName}</dd>
          </>
        ) : null}
        <dt>Sector</dt>
        <dd>{request.sector}</dd>
        <dt>Plaats</dt>
        <dd>
          {request.municipality} ({request.postcode})
        </dd>
        {request.contact ? (
          <>
            {request.contact.answers.map((answer) => (
              <Fragment key={answer.label}>
                <dt>{answer.label}</dt>
                <dd className="pre-line">{answer.value}</dd>
              </Fragment>
            ))}
            <dt>Contactpersoon</dt>
            <dd>{request.contact.contactName}</dd>
            <dt>E-mail</dt>
            <dd>
              <MailLink address={request.contact.email} />
            </dd>
            {request.contact.phone && request.contact.phoneHref ? (
              <>
                <dt>Telefoon</dt>
                <dd>
                  <a href={request.contact.phoneHref}>{request.contact.phone}</a>
                </dd>
              </>
            ) : null}
          </>
        ) : null}
        <dt>Ontvangen</dt>
        <dd>{request.receivedAt}</dd>
      </dl>

      {status === "open" ? (
        <>
          <h2>Uw antwoord</h2>
          <Form method="post" className="form">
            <input type="hidden" name="intent" value="accept" />
            <button type="submit" className="button button--primary" disabled={busy}>
              Wij pakken deze aanvraag op
            </button>
          </Form>

          <h3>Past het niet?</h3>
          <ErrorSummary
            form={form}
            fields={[
              { field: fields.reason, label: "Reden" },
              { field: fields.explanation, label: "Toelichting" },
            ]}
          />
          <Form method="post" {...getFormProps(form)} noValidate className="form">
            <input type="hidden" name="intent" value="decline" />
            <SelectField field={fields.reason} label="Reden" options={DECLINE_REASONS} />
            <TextareaField field={fields.explanation} label="Toelichting" optional rows={3} />
            <button type="submit" className="button" disabled={busy}>
              Aanvraag afwijzen en doorsturen
            </button>
          </Form>
        </>
      ) : null}
    </div>
  );
}
