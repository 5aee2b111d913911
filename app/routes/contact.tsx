/** How to reach a person: the installation's phone, hours, email and address. */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InstallationAddress } from "~/components/installation-address";
import { database } from "~/lib/db.server";
import { installationDetails } from "~/models/installation.server";

export const meta: MetaFunction = () => [
  { title: "Contact – Opstap" },
  { name: "description", content: "Bel of mail Opstap met een vraag over een proefplaatsing, stage of uw aanvraag." },
];

export async function loader(_: LoaderFunctionArgs) {
  return { details: await installationDetails(database()) };
}

export default function Contact() {
  const { details } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page prose">
      <h1>Contact</h1>
      <p className="lead">Liever even iemand spreken? Dat kan. Bel of mail ons.</p>
      <InstallationAddress details={details} />
      <h2>Waar kunt u ons voor bellen?</h2>
      <ul>
        <li>U twijfelt of een leerling bij uw bedrijf past.</li>
        <li>U wilt weten welke regelingen er voor u zijn.</li>
        <li>U heeft een aanvraag gestuurd en hoort niets.</li>
      </ul>
      <h2>Liever via de website?</h2>
      <ul>
        <li>
          <Link to="/vraag">Stel uw vraag met het formulier</Link>. Een school of het werkgeversservicepunt uit uw regio neemt
          contact met u op.
        </li>
        <li>
          <Link to="/volgen">Vraag een link naar uw aanvragen</Link> als u wilt zien hoe het ermee staat.
        </li>
      </ul>
    </div>
  );
}
