/** About Opstap: what it is for, who runs it, and what it costs an employer (nothing). */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { database } from "~/lib/db.server";
import { installationDetails } from "~/models/installation.server";

export const meta: MetaFunction = () => [
  { title: "Over Opstap" },
  { name: "description", content: "Opstap brengt werkgevers in contact met scholen voor praktijkonderwijs en voortgezet speciaal onderwijs." },
];

export async function loader(_: LoaderFunctionArgs) {
  const details = await installationDetails(database());
  return { organisationName: details.organisationName, demo: details.demo };
}

export default function Over() {
  const { organisationName, demo } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page prose">
      <h1>Over Opstap</h1>
      <p className="lead">
        Opstap helpt werkgevers om jongeren uit het praktijkonderwijs en het voortgezet speciaal onderwijs een kans te geven: een
        proefplaatsing, een stage of een baan.
      </p>
      <h2>Waarom?</h2>
      <p>
        Veel jongeren van deze scholen leren het best door te doen, op een echte werkplek. Werkgevers willen vaak wel, maar weten
        niet bij wie ze moeten zijn. Opstap maakt die eerste stap klein: u vult één formulier in, en wij sturen het naar de
        school of het werkgeversservicepunt in uw buurt.
      </p>
      <h2>Hoe werkt het?</h2>
      <ol>
        <li>U vertelt wat u kunt bieden. Dat kost een paar minuten.</li>
        <li>Opstap kijkt waar uw bedrijf ligt en welke school past bij uw werk.</li>
        <li>De school neemt contact met u op. Past geen school? Dan helpt het werkgeversservicepunt van uw regio u verder.</li>
        <li>Met de link in uw e-mail ziet u steeds wat er met uw aanvraag gebeurt.</li>
      </ol>
      <p>Opstap kost u niets.</p>
      <h2>Wie zit erachter?</h2>
      <p>
        Opstap wordt beheerd door {organisationName}
        {demo ? " (voorbeeldgegevens)" : ""}. De scholen en de werkgeversservicepunten van de regio werken ermee. Wilt u iemand
        spreken? Kijk op de <Link to="/contact">contactpagina</Link>.
      </p>
      <p>
        Lees ook de <Link to="/privacy">privacyverklaring</Link> en de <Link to="/toegankelijkheid">toegankelijkheidsverklaring</Link>.
      </p>
    </div>
  );
}
