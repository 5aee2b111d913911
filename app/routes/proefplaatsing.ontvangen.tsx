import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { routedToSentence } from "~/domain/routing-decision";
import { database } from "~/lib/db.server";
import { getSession } from "~/lib/session.server";
import { requestByReference } from "~/models/requests.server";

export const meta: MetaFunction = () => [{ title: "Aanmelding ontvangen – Opstap" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSession(request);
  const reference = session.get("lastReference");
  const saved = typeof reference === "string" ? await requestByReference(database(), reference) : null;
  if (!saved) return { request: null };
  return {
    request: {
      reference: saved.reference,
      municipalityName: saved.routing.municipalityName,
      regionName: saved.routing.regionName,
      wspName: saved.routing.wsp?.name ?? null,
      schoolName: saved.routing.school?.name ?? null,
      reasons: saved.routing.reasons.map((r) => r.text),
    },
  };
}

export default function AanmeldingOntvangen() {
  const { request } = useLoaderData<typeof loader>();
  if (!request) {
    return (
      <div className="wrap page">
        <h1>Aanmelding ontvangen</h1>
        <p>Als u een aanmelding heeft verstuurd, vindt u het nummer en de volgende stappen in de e-mail die we u stuurden.</p>
        <p>
          <Link to="/">Naar de startpagina</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="wrap page">
      <div className="panel panel--success">
        <h1>Bedankt, uw aanmelding is ontvangen</h1>
        <p>
          Uw nummer is <strong className="reference">{request.reference}</strong>
        </p>
      </div>
      <h2>Wat gebeurt er nu?</h2>
      <ol className="steps">
        <li>
          U krijgt een e-mail met uw nummer. Bewaar die e-mail. Ziet u niets? Kijk dan ook bij uw ongewenste e-mail.
        </li>
        <li>{routedToSentence(request)}</li>
        <li>
          {request.schoolName ?? request.wspName ?? "Iemand uit uw regio"} neemt contact met u op om kennis te maken en
          samen te kijken welk werk past.
        </li>
      </ol>
      <h2>Waarom deze keuze?</h2>
      <ul className="reasons">
        {request.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>
        <Link to="/">Terug naar de startpagina</Link>
      </p>
    </div>
  );
}
