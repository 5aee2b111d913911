import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDeadline } from "~/domain/dates";
import { REQUEST_KIND_LABELS } from "~/domain/request-words";
import { handlerNameFor, nextStepSentence, routedToSentence } from "~/domain/routing-decision";
import { database, isDatabaseUnavailable, schema } from "~/lib/db.server";
import { getSession } from "~/http/session.server";
import { requestByReference } from "~/models/requests.server";
import { placeRows, sentByEmployer } from "~/domain/request-answers";
import { sectorLabel } from "~/domain/sectors";
import { AnswerRows } from "~/components/answer-list";
import { and, desc, eq } from "drizzle-orm";

export const meta: MetaFunction = () => [{ title: "Aanvraag ontvangen – Opstap" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const reference = session.get("lastReference");
  try {
    return await confirmation(typeof reference === "string" ? reference : null);
  } catch (error) {
    // The session has the reference only once the request was stored: with the database away
    // now, still say so, or the employer thinks it was lost and sends it again.
    if (typeof reference === "string" && isDatabaseUnavailable(error)) return { request: null, storedReference: reference };
    throw error;
  }
}

async function confirmation(reference: string | null) {
  const db = database();
  const saved = reference ? await requestByReference(db, reference) : null;
  if (!saved) return { request: null, storedReference: null };
  const [open] = await db
    .select({ respondBy: schema.requestAssignments.respondBy })
    .from(schema.requestAssignments)
    .where(and(eq(schema.requestAssignments.requestId, saved.id), eq(schema.requestAssignments.status, "open")))
    .orderBy(desc(schema.requestAssignments.createdAt))
    .limit(1);
  return {
    storedReference: saved.reference,
    request: {
      reference: saved.reference,
      kindLabel: REQUEST_KIND_LABELS[saved.kind],
      municipalityName: saved.routing.municipalityName,
      wspName: saved.routing.wsp?.name ?? null,
      schoolName: saved.routing.school?.name ?? null,
      respondBy: open?.respondBy ? formatDeadline(open.respondBy) : null,
      reasons: saved.routing.reasons.map((r) => r.text),
      sent: [
        ...sentByEmployer(saved.details),
        ...placeRows(saved.routing.municipalityName, saved.postcode),
        ...(saved.sector ? [{ label: "Sector", value: sectorLabel(saved.sector) }] : []),
      ],
    },
  };
}

export default function AanvraagOntvangen() {
  const { request, storedReference } = useLoaderData<typeof loader>();
  if (!request && storedReference) {
    return (
      <div className="wrap page">
        <div className="panel panel--success">
          <h1>Bedankt, uw aanvraag is ontvangen</h1>
          <p>
            Uw nummer is <strong className="reference">{storedReference}</strong>
          </p>
        </div>
        <p>
          We kunnen de volgende stappen nu even niet laten zien. U krijgt een e-mail met uw nummer en een link naar uw
          aanvraag. U hoeft niets opnieuw te versturen.
        </p>
        <p>
          <Link to="/">Terug naar de startpagina</Link>
        </p>
      </div>
    );
  }
  if (!request) {
    return (
      <div className="wrap page">
        <h1>Aanvraag ontvangen</h1>
        <p>Als u een aanvraag heeft verstuurd, vindt u het nummer en de volgende stappen in de e-mail die we u stuurden.</p>
        <p>
          <Link to="/">Naar de startpagina</Link>
        </p>
      </div>
    );
  }
  const handler = handlerNameFor(request);
  return (
    <div className="wrap page">
      <div className="panel panel--success">
        <h1>Bedankt, uw aanvraag is ontvangen</h1>
        <p>Soort aanvraag: een {request.kindLabel}.</p>
        <p>
          Uw nummer is <strong className="reference">{request.reference}</strong>
        </p>
      </div>
      <h2>Wat gebeurt er nu?</h2>
      <ol className="steps">
        <li>{routedToSentence(request)}</li>
        <li>{nextStepSentence(handler, request.respondBy)}</li>
        <li>
          U krijgt een e-mail met uw nummer en een link naar uw aanvraag. Met die link ziet u wat er gebeurt en kunt u een
          bericht sturen. Ziet u niets? Kijk dan ook bij uw ongewenste e-mail.
        </li>
      </ol>
      <h2>Waarom deze keuze?</h2>
      <ul className="reasons">
        {request.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h2>Wat u ons stuurde</h2>
      <p>Dit staat ook in de e-mail die we u sturen. Klopt er iets niet? Stuur dan een bericht via de link in die e-mail.</p>
      <dl className="details">
        <AnswerRows rows={request.sent} />
      </dl>
      <p>
        <Link to="/">Terug naar de startpagina</Link>
      </p>
    </div>
  );
}
