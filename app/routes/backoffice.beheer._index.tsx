/** The administrators' start page: what they manage, with what needs attention. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { database } from "~/lib/db.server";
import { requireAdmin } from "~/http/staff-session.server";
import { administrationOverview } from "~/models/administration.server";
import adminStyles from "~/styles/backoffice-admin.css";

export const links = () => [{ rel: "stylesheet", href: adminStyles }];

export const meta: MetaFunction = () => [{ title: "Beheer – Opstap" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const staff = await requireAdmin(request, context);
  return administrationOverview(database(), staff);
}

export default function Beheer() {
  const overview = useLoaderData<typeof loader>();
  return (
    <div className="wrap page">
      <h1>Beheer</h1>
      <p className="lead">Hier regelt u wie met Opstap werkt en welke organisaties aanvragen krijgen.</p>
      <ul className="admin-links">
        <li>
          <h2>
            <Link to="/backoffice/beheer/organisaties">Organisaties</Link>
          </h2>
          <p>
            Scholen en werkgeversservicepunten: gegevens, werkgebied, sectoren en pauzeren. Nu {overview.organisations.active}{" "}
            actief{overview.organisations.paused > 0 ? `, ${overview.organisations.paused} gepauzeerd` : ""}.
          </p>
        </li>
        <li>
          <h2>
            <Link to="/backoffice/beheer/mensen">Mensen en uitnodigingen</Link>
          </h2>
          <p>
            Nodig iemand uit, wijzig een rol of blokkeer iemand. {overview.people.active} actief
            {overview.people.blocked > 0 ? `, ${overview.people.blocked} geblokkeerd` : ""}; {overview.openInvites} open{" "}
            {overview.openInvites === 1 ? "uitnodiging" : "uitnodigingen"}.
          </p>
        </li>
        <li>
          <h2>
            <Link to="/backoffice/beheer/installatie">Wie beheert Opstap</Link>
          </h2>
          <p>Naam, adres, telefoon en de functionaris gegevensbescherming: werkgevers zien dit in de privacyverklaring en op de contactpagina.</p>
        </li>
        <li>
          <h2>
            <Link to="/backoffice/beheer/werkgevers">Werkgevers en privacy</Link>
          </h2>
          <p>Zoek een werkgever, geef hun gegevens mee, wis ze of trek hun links in. Bekijk mogelijke dubbele werkgevers.</p>
        </li>
        <li>
          <h2>
            <Link to="/backoffice/beheer/import">Organisaties importeren</Link>
          </h2>
          <p>Laad een CSV-bestand met scholen en werkgeversservicepunten. U ziet eerst welke regels niet kloppen.</p>
        </li>
        <li>
          <h2>
            <Link to="/backoffice/beheer/outbox">E-mails die wachten</Link>
          </h2>
          <p>
            {overview.emails.failed > 0 ? (
              <strong>
                {overview.emails.failed} {overview.emails.failed === 1 ? "e-mail is" : "e-mails zijn"} niet verstuurd.
              </strong>
            ) : (
              "Geen mislukte e-mails."
            )}{" "}
            {overview.emails.waiting} {overview.emails.waiting === 1 ? "e-mail wacht" : "e-mails wachten"} op verzending.
          </p>
        </li>
        <li>
          <h2>
            <Link to="/backoffice/beheer/logboek">Logboek</Link>
          </h2>
          <p>Wie welke aanvraag heeft bekeken of gewijzigd, en wat er in het beheer is veranderd.</p>
        </li>
      </ul>
    </div>
  );
}
