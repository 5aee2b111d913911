/**
 * Everything Opstap holds about the employer, as a page they can read and print. Only a
 * "mijn aanvragen" link opens it (a link to one request does not), see decision 016.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDateTime } from "~/domain/dates";
import { database } from "~/lib/db.server";
import { AnswerRows } from "~/components/answer-list";
import { EmployerTimeline } from "~/components/employer-timeline";
import { requestAnswers } from "~/domain/request-answers";
import { exportForEmployerLink } from "~/models/employer-privacy.server";

export const meta: MetaFunction = () => [{ title: "Uw gegevens bij Opstap" }, { name: "robots", content: "noindex" }];


const at = (iso: string | null) => (iso ? formatDateTime(new Date(iso)) : "nog niet");

export async function loader({ params }: LoaderFunctionArgs) {
  const exported = await exportForEmployerLink(database(), params.token ?? "");
  if (!exported) throw new Response("Deze link werkt niet (meer).", { status: 404 });
  return {
    token: params.token!,
    madeAt: at(exported.gemaaktOp),
    explanation: exported.uitleg,
    employer: exported.werkgever,
    firstContact: at(exported.werkgever.eersteContact),
    requests: exported.aanvragen.map((r) => ({
      ...r,
      sentAt: at(r.verstuurdOp),
      consentAt: at(r.toestemmingGegevenOp),
      answers: requestAnswers(r.antwoorden),
      timeline: r.tijdlijn.map((t) => ({ at: at(t.op), text: t.wat })),
    })),
    emails: exported.emails.map((e) => ({ ...e, sentAt: at(e.verstuurdOp) })),
  };
}

export default function Gegevens() {
  const { token, madeAt, explanation, employer, firstContact, requests, emails } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <h1>Uw gegevens bij Opstap</h1>
      <p className="lead">{explanation}</p>
      <p>Gemaakt op {madeAt}.</p>
      <h2>Over u</h2>
      <dl className="details">
        <dt>Bedrijf</dt>
        <dd>{employer.bedrijfsnaam}</dd>
        <dt>KvK-nummer</dt>
        <dd>{employer.kvkNummer ?? "Niet opgegeven"}</dd>
        <dt>Contactpersoon</dt>
        <dd>{employer.contactpersoon}</dd>
        <dt>E-mailadres</dt>
        <dd>{employer.email}</dd>
        <dt>Telefoon</dt>
        <dd>{employer.telefoon ?? "Niet opgegeven"}</dd>
        <dt>Eerste aanvraag</dt>
        <dd>{firstContact}</dd>
      </dl>
      <h2>Uw aanvragen</h2>
      {requests.length === 0 ? <p>U heeft geen aanvragen.</p> : null}
      {requests.map((r) => (
        <section key={r.nummer} className="request-card" aria-labelledby={`gegevens-${r.nummer}`}>
          <h3 id={`gegevens-${r.nummer}`}>
            {r.soort} {r.nummer}
          </h3>
          <dl className="details">
            <dt>Status</dt>
            <dd>{r.status}</dd>
            <dt>Verstuurd</dt>
            <dd>{r.sentAt}</dd>
            <dt>Toestemming gegeven</dt>
            <dd>{r.consentAt}</dd>
            <dt>Postcode en gemeente</dt>
            <dd>
              {r.postcode && r.gemeente ? `${r.postcode}, ${r.gemeente}` : "Niet opgegeven"}
            </dd>
            <AnswerRows rows={r.answers} />
            <dt>Doorgestuurd naar</dt>
            <dd>{r.doorgestuurdNaar.length ? r.doorgestuurdNaar.join(", ") : "Nog niemand"}</dd>
          </dl>
          <h4>Wat er is gebeurd</h4>
          <EmployerTimeline events={r.timeline} />
        </section>
      ))}
      <h2>E-mails die we u stuurden</h2>
      {emails.length === 0 ? (
        <p>Nog geen.</p>
      ) : (
        <ul>
          {emails.map((e, i) => (
            <li key={i}>
              {e.sentAt}: {e.onderwerp}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/volgen/${token}/gegevens.json`} download="opstap-gegevens.json">
          Download dit als bestand (JSON)
        </a>
      </p>
      <p>
        <Link to={`/volgen/${token}`}>Terug naar uw aanvragen</Link>
      </p>
    </div>
  );
}
