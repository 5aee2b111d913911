/**
 * The employer's own page (the private link from their email): every request with where it is,
 * who has it and what happened, and what they can do: send a message, withdraw a request,
 * correct their contact details. No account; the link is the key.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { formatDateTime } from "~/domain/dates";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { TrackingActionSchema } from "~/forms/tracking";
import { database } from "~/lib/db.server";
import { employerByToken } from "~/models/employer-access.server";
import {
  employerOverview,
  sendEmployerMessage,
  updateEmployerContact,
  withdrawRequest,
} from "~/models/employer-requests.server";

export const meta: MetaFunction = () => [{ title: "Uw aanvragen – Opstap" }, { name: "robots", content: "noindex" }];

const DONE_MESSAGES: Record<string, string> = {
  bericht: "Uw bericht is verstuurd.",
  intrekken: "Uw aanvraag is ingetrokken.",
  contact: "Uw contactgegevens zijn aangepast.",
};

async function employerOr404(token: string | undefined) {
  const employer = await employerByToken(database(), token ?? "");
  if (!employer) throw new Response("Deze link werkt niet.", { status: 404 });
  return employer;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const employer = await employerOr404(params.token);
  const requests = await employerOverview(database(), employer.id);
  const done = new URL(request.url).searchParams.get("gedaan");
  return {
    done: done ? (DONE_MESSAGES[done] ?? null) : null,
    employer: { companyName: employer.companyName, contactName: employer.contactName, email: employer.email, phone: employer.phone },
    requests: requests.map((r) => ({
      ...r,
      kindLabel: REQUEST_KIND_LABELS[r.kind],
      createdAt: formatDateTime(r.createdAt),
      timeline: r.timeline.map((e) => ({ at: formatDateTime(e.at), text: e.text })),
    })),
  };
}

type ActionErrors = { intent: string; requestId?: string; errors: Record<string, string>; values: Record<string, string> };

export async function action({ params, request }: ActionFunctionArgs) {
  const employer = await employerOr404(params.token);
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: TrackingActionSchema });
  const fail = (errors: Record<string, string>) =>
    data<ActionErrors>(
      {
        intent: String(formData.get("intent") ?? ""),
        requestId: String(formData.get("requestId") ?? ""),
        errors,
        values: Object.fromEntries([...formData.entries()].map(([k, v]) => [k, String(v)])),
      },
      { status: 400 },
    );
  if (submission.status !== "success") {
    const errors = Object.fromEntries(
      Object.entries(submission.error ?? {}).map(([field, messages]) => [field, messages?.[0] ?? "Dit klopt niet."]),
    );
    return fail(errors);
  }
  const db = database();
  const value = submission.value;
  if (value.intent === "contact") {
    const outcome = await updateEmployerContact(db, employer.id, { contactName: value.contactName, email: value.email, phone: value.phone ?? null });
    if (!outcome.ok) return fail({ email: "Dit e-mailadres hoort bij een ander bedrijf. Neem contact met ons op." });
  } else {
    const outcome =
      value.intent === "bericht"
        ? await sendEmployerMessage(db, employer.id, value.requestId, value.message)
        : await withdrawRequest(db, employer.id, value.requestId);
    if (!outcome.ok) {
      return fail({
        [value.intent === "bericht" ? "message" : "confirm"]:
          outcome.reason === "gesloten" ? "Deze aanvraag is al afgesloten." : "Deze aanvraag bestaat niet.",
      });
    }
  }
  return redirect(`/volgen/${params.token}?gedaan=${value.intent}`);
}

function ErrorText({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Fout: </span>
      {message}
    </p>
  ) : null;
}

export default function Volgen() {
  const { done: doneMessage, employer, requests } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>() as ActionErrors | undefined;
  // After a form error the URL still has "?gedaan=…" from the step before; that message is old news.
  const done = failed ? null : doneMessage;
  // With JavaScript the page is not reloaded: a new key after a success empties the message box,
  // so a sent message is not left there to be sent twice.
  const location = useLocation();
  const formKey = (name: string) => (done ? `${name}-${location.key}` : name);
  const busy = useNavigation().state !== "idle";
  const errorFor = (intent: string, field: string, requestId?: string) =>
    failed && failed.intent === intent && (!requestId || failed.requestId === requestId) ? failed.errors[field] : undefined;
  const valueFor = (intent: string, field: string, requestId?: string) =>
    failed && failed.intent === intent && (!requestId || failed.requestId === requestId) ? failed.values[field] : undefined;

  return (
    <div className="wrap page page--form">
      <p className="eyebrow">{employer.companyName}</p>
      <h1>Uw aanvragen</h1>
      {done ? (
        <div className="panel panel--success" role="status">
          <p>{done}</p>
        </div>
      ) : null}
      {failed ? (
        <div className="error-summary" role="alert">
          <h2 className="error-summary__title">Dat lukte niet</h2>
          <ul>
            {Object.entries(failed.errors).map(([field, message]) => (
              <li key={field}>{message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {requests.length === 0 ? <p>U heeft nog geen aanvragen.</p> : null}

      {requests.map((r) => {
        const messageError = errorFor("bericht", "message", r.id);
        const confirmError = errorFor("intrekken", "confirm", r.id);
        return (
          <section key={r.id} className="request-card" aria-labelledby={`aanvraag-${r.reference}`}>
            <h2 id={`aanvraag-${r.reference}`}>
              <span className="request-card__kind">{r.kindLabel}</span> <span className="nowrap">{r.reference}</span>
            </h2>
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
            <h3>Wat er is gebeurd</h3>
            <ol className="timeline">
              {r.timeline.map((e, i) => (
                <li key={i}>
                  <span className="timeline__at">{e.at}</span> {e.text}
                </li>
              ))}
            </ol>

            {r.open ? (
              <>
                <Form key={formKey(`bericht-${r.id}`)} method="post" className="form form--compact" noValidate>
                  <input type="hidden" name="intent" value="bericht" />
                  <input type="hidden" name="requestId" value={r.id} />
                  <div className={`field ${messageError ? "field--invalid" : ""}`}>
                    <label className="field__label" htmlFor={`bericht-${r.id}`}>
                      Bericht aan {r.handler ?? "Opstap"}
                    </label>
                    <ErrorText id={`bericht-${r.id}-error`} message={messageError} />
                    <textarea
                      className="input"
                      id={`bericht-${r.id}`}
                      name="message"
                      rows={3}
                      maxLength={2000}
                      defaultValue={valueFor("bericht", "message", r.id)}
                      aria-invalid={messageError ? true : undefined}
                      aria-describedby={messageError ? `bericht-${r.id}-error` : undefined}
                    />
                  </div>
                  <button type="submit" className="button" disabled={busy}>
                    Bericht sturen
                  </button>
                </Form>

                <details className="withdraw">
                  <summary>Aanvraag intrekken</summary>
                  <Form method="post" className="form form--compact" noValidate>
                    <input type="hidden" name="intent" value="intrekken" />
                    <input type="hidden" name="requestId" value={r.id} />
                    <div className={`field field--checkbox ${confirmError ? "field--invalid" : ""}`}>
                      <ErrorText id={`intrekken-${r.id}-error`} message={confirmError} />
                      <div className="checkbox">
                        <input
                          type="checkbox"
                          id={`intrekken-${r.id}`}
                          name="confirm"
                          aria-invalid={confirmError ? true : undefined}
                          aria-describedby={confirmError ? `intrekken-${r.id}-error` : undefined}
                        />
                        <label htmlFor={`intrekken-${r.id}`}>Ja, ik wil deze aanvraag intrekken</label>
                      </div>
                    </div>
                    <button type="submit" className="button" disabled={busy}>
                      Intrekken
                    </button>
                  </Form>
                </details>
              </>
            ) : null}
          </section>
        );
      })}

      <section aria-labelledby="contactgegevens" className="request-card">
        <h2 id="contactgegevens">Uw contactgegevens</h2>
        <p>Klopt er iets niet? Pas het hier aan. Wie uw aanvraag heeft, ziet de nieuwe gegevens.</p>
        <Form method="post" className="form form--compact" noValidate>
          <input type="hidden" name="intent" value="contact" />
          {(
            [
              ["contactName", "Uw naam", "text", "name", employer.contactName],
              ["email", "Uw e-mailadres", "email", "email", employer.email],
              ["phone", "Uw telefoonnummer (niet verplicht)", "tel", "tel", employer.phone ?? ""],
            ] as const
          ).map(([name, label, type, autoComplete, current]) => {
            const error = errorFor("contact", name);
            return (
              <div key={name} className={`field ${error ? "field--invalid" : ""}`}>
                <label className="field__label" htmlFor={`contact-${name}`}>
                  {label}
                </label>
                <ErrorText id={`contact-${name}-error`} message={error} />
                <input
                  className="input"
                  id={`contact-${name}`}
                  name={name}
                  type={type}
                  autoComplete={autoComplete}
                  defaultValue={valueFor("contact", name) ?? current}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `contact-${name}-error` : undefined}
                />
              </div>
            );
          })}
          <button type="submit" className="button" disabled={busy}>
            Gegevens opslaan
          </button>
        </Form>
      </section>
      <p>
        <Link to="/">Naar de startpagina</Link>
      </p>
    </div>
  );
}
