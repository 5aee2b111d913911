/**
 * The employer's own page, opened by a private link from an email. A link in an email about one
 * request opens that request; a "mijn aanvragen" link opens all of them and what Opstap holds
 * about the employer (export, erasure). Actions: send a message, withdraw a request, correct the
 * contact details (a new address only after its mailbox confirms). No account; the link is the
 * key, and it is only ever sent by email (decision 016).
 */
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { formatDateTime } from "~/domain/dates";
import { EMPLOYER_LINK_DAYS } from "~/domain/employer-access";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { AnswerRows } from "~/components/answer-list";
import { EmployerTimeline } from "~/components/employer-timeline";
import { DoneMessage } from "~/components/forms";
import { TrackingActionSchema } from "~/forms/tracking";
import { database } from "~/lib/db.server";
import { env } from "~/lib/env.server";
import { employerAccess, requestEmailChange, sendEmployerLinkToEmployer } from "~/models/employer-access.server";
import { eraseEmployer } from "~/models/employer-privacy.server";
import {
  employerOverview,
  sendEmployerMessage,
  updateEmployerContact,
  withdrawRequest,
} from "~/models/employer-requests.server";
import { allowHit } from "~/models/rate-limit.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.scope === "request" ? "Uw aanvraag" : "Uw aanvragen"} – Opstap` },
  { name: "robots", content: "noindex" },
];

const DONE_MESSAGES: Record<string, string> = {
  bericht: "Uw bericht is verstuurd.",
  intrekken: "Uw aanvraag is ingetrokken.",
  contact: "Uw contactgegevens zijn aangepast.",
  adres:
    "We hebben een e-mail gestuurd naar het nieuwe e-mailadres. Klik op de link in die e-mail. Pas dan gebruiken we het nieuwe adres; tot die tijd blijft het oude in gebruik.",
  link: "We hebben een link gestuurd naar het e-mailadres dat we van u hebben. Met die link ziet u al uw aanvragen en uw gegevens.",
};

/** Actions per link per hour: enough for a person, too few to try things out at scale. */
const ACTIONS_PER_LINK_PER_HOUR = 20;

async function accessOr404(token: string | undefined) {
  const access = await employerAccess(database(), token ?? "");
  if (!access) throw new Response("Deze link werkt niet (meer).", { status: 404 });
  return access;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { employer, scope } = await accessOr404(params.token);
  const requests = await employerOverview(database(), employer.id, scope);
  const done = new URL(request.url).searchParams.get("gedaan");
  return {
    done: done ? (DONE_MESSAGES[done] ?? null) : null,
    scope: scope.kind,
    token: params.token!,
    employerLinkDays: EMPLOYER_LINK_DAYS,
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

export async function action({ params, request, context }: ActionFunctionArgs) {
  const { employer, scope, linkId } = await accessOr404(params.token);
  const formData = await request.formData();
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
  const db = database();
  const config = env();
  if (config.RATE_LIMIT === "on") {
    const hour = { windowSeconds: 3600 };
    const ip = typeof context.clientIp === "string" ? context.clientIp : null;
    const allowed =
      (await allowHit(db, `volgen:${linkId}`, { ...hour, max: ACTIONS_PER_LINK_PER_HOUR })) &&
      (!ip || (await allowHit(db, `ip:${ip}`, { ...hour, max: config.RATE_LIMIT_POSTS_PER_IP_PER_HOUR })));
    if (!allowed) return fail({ form: "U heeft het vaak geprobeerd. Wacht een uur en probeer het dan opnieuw." });
  }
  const submission = parseWithZod(formData, { schema: TrackingActionSchema });
  if (submission.status !== "success") {
    const errors = Object.fromEntries(
      Object.entries(submission.error ?? {}).map(([field, messages]) => [field || "form", messages?.[0] ?? "Dit klopt niet."]),
    );
    return fail(errors);
  }
  const value = submission.value;
  let done: string = value.intent;
  if (value.intent === "contact") {
    // A request link is the kind that gets forwarded; the details of the whole employer (and with
    // a new address, every link) change only with the link that went to the stored address.
    if (scope.kind !== "employer") return fail({ form: "Uw gegevens aanpassen kan alleen met de link naar al uw aanvragen." });
    await updateEmployerContact(db, employer.id, { contactName: value.contactName, phone: value.phone ?? null });
    if (value.email.trim().toLowerCase() !== employer.email.trim().toLowerCase()) {
      await requestEmailChange(db, employer.id, value.email);
      done = "adres";
    }
  } else if (value.intent === "stuur-link") {
    await sendEmployerLinkToEmployer(db, employer.id);
    done = "link";
  } else if (value.intent === "wissen") {
    // Only a "mijn aanvragen" link, which went to the address on record, may erase everything.
    if (scope.kind !== "employer") return fail({ confirm: "Dit kan alleen met de link naar al uw aanvragen." });
    await eraseEmployer(db, employer.id, { kind: "werkgever" });
    return redirect("/volgen/gewist");
  } else {
    // A link to one request acts on that request only.
    const inScope = scope.kind === "employer" || scope.requestId === value.requestId;
    const outcome = !inScope
      ? ({ ok: false, reason: "niet_gevonden" } as const)
      : value.intent === "bericht"
        ? await sendEmployerMessage(db, employer.id, value.requestId, value.message)
        : await withdrawRequest(db, employer.id, value.requestId);
    if (!outcome.ok) {
      return fail({
        [value.intent === "bericht" ? "message" : "confirm"]:
          outcome.reason === "gesloten" ? "Deze aanvraag is al afgesloten." : "Deze aanvraag bestaat niet.",
      });
    }
  }
  return redirect(`/volgen/${params.token}?gedaan=${done}`);
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
  const { done: doneMessage, employer, requests, scope, token, employerLinkDays } = useLoaderData<typeof loader>();
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
      <h1>{scope === "request" ? "Uw aanvraag" : "Uw aanvragen"}</h1>
      <DoneMessage message={done} />
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
            <details className="sent-answers">
              <summary>Wat u ons stuurde</summary>
              <dl className="details">
                <AnswerRows rows={r.sent} />
              </dl>
            </details>
            <h3>Wat er is gebeurd</h3>
            <EmployerTimeline events={r.timeline} />

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

      {scope === "employer" ? (
        <section aria-labelledby="contactgegevens" className="request-card">
          <h2 id="contactgegevens">Uw contactgegevens</h2>
          <p>
            Klopt er iets niet? Pas het hier aan. Wie uw aanvraag heeft, ziet de nieuwe gegevens. Een nieuw e-mailadres gebruiken
            we pas als u op de link klikt die we naar dat adres sturen.
          </p>
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
      ) : null}
      {scope === "request" ? (
        <section aria-labelledby="alle-aanvragen" className="request-card">
          <h2 id="alle-aanvragen">Al uw aanvragen en uw gegevens</h2>
          <p>
            Deze link laat alleen deze aanvraag zien. Wilt u al uw aanvragen zien, uw contactgegevens aanpassen of weten welke
            gegevens we van u bewaren? Dan sturen we een aparte link naar het e-mailadres dat we van u hebben.
          </p>
          <Form method="post" className="form form--compact" noValidate>
            <input type="hidden" name="intent" value="stuur-link" />
            <button type="submit" className="button" disabled={busy}>
              Stuur mij die link
            </button>
          </Form>
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
          <details className="withdraw">
            <summary>Al mijn gegevens laten wissen</summary>
            <p>
              We wissen uw naam, e-mailadres, telefoonnummer, bedrijfsnaam en wat u in uw aanvragen schreef. Aanvragen die nog
              lopen, trekken we in; de school of het werkgeversservicepunt hoort dat. We houden alleen bij dat er een aanvraag
              was, zonder wie die stuurde. Dit kunt u niet terugdraaien.
            </p>
            <Form method="post" className="form form--compact" noValidate>
              <input type="hidden" name="intent" value="wissen" />
              <div className={`field field--checkbox ${errorFor("wissen", "confirm") ? "field--invalid" : ""}`}>
                <ErrorText id="wissen-error" message={errorFor("wissen", "confirm")} />
                <div className="checkbox">
                  <input
                    type="checkbox"
                    id="wissen"
                    name="confirm"
                    aria-invalid={errorFor("wissen", "confirm") ? true : undefined}
                    aria-describedby={errorFor("wissen", "confirm") ? "wissen-error" : undefined}
                  />
                  <label htmlFor="wissen">Ja, wis al mijn gegevens</label>
                </div>
              </div>
              <button type="submit" className="button" disabled={busy}>
                Gegevens wissen
              </button>
            </Form>
          </details>
          <p className="field__hint">Deze link werkt {employerLinkDays} dagen. Daarna vraagt u een nieuwe aan.</p>
        </section>
      )}
      <p>
        <Link to="/">Naar de startpagina</Link>
      </p>
    </div>
  );
}
