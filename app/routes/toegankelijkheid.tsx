/**
 * The accessibility statement (toegankelijkheidsverklaring), after the Dutch model: what the
 * standard is, how far Opstap meets it, what was tested and how, known problems, and how to report
 * one. It claims only what the project's own tests check; there has been no external audit.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { telHref } from "~/domain/installation";
import { database } from "~/lib/db.server";
import { installationDetails } from "~/models/installation.server";
import { MailLink } from "~/components/mail-link";

export const meta: MetaFunction = () => [
  { title: "Toegankelijkheidsverklaring – Opstap" },
  { name: "description", content: "Hoe toegankelijk Opstap is, wat we hebben getest en hoe u een probleem meldt." },
];

export async function loader(_: LoaderFunctionArgs) {
  return { details: await installationDetails(database()) };
}

export default function Toegankelijkheid() {
  const { details } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page prose">
      <h1>Toegankelijkheidsverklaring</h1>
      <p className="lead">
        {details.organisationName} wil dat iedereen Opstap kan gebruiken: ook met een schermlezer, alleen met het toetsenbord,
        met een vergroot scherm of op een kleine telefoon.
      </p>

      <h2>Welke regels?</h2>
      <p>
        Overheidswebsites moeten voldoen aan de Europese norm EN 301 549. Die verwijst naar de richtlijnen WCAG 2.1, niveau A en
        AA. Daar houden we ons aan.
      </p>

      <h2>Hoe ver zijn we?</h2>
      <p>
        <strong>Status: eerste maatregelen genomen.</strong> We testen Opstap zelf, bij elke wijziging. Een onafhankelijk
        onderzoek naar alle eisen van WCAG 2.1 is nog niet gedaan. Tot dat onderzoek er is, zeggen we niet dat Opstap aan alle
        eisen voldoet.
      </p>

      <h2>Wat testen we?</h2>
      <ul>
        <li>
          Elke pagina voor werkgevers, ook met een foutmelding in een formulier, met axe: een programma dat veel WCAG-regels
          automatisch controleert. Dat gebeurt in een echte browser (Chromium), bij elke wijziging van de code.
        </li>
        <li>Of alles werkt zonder JavaScript: de formulieren, de foutmeldingen en de pagina van uw aanvraag.</li>
        <li>Of de pagina's goed te lezen en te gebruiken zijn op een scherm van 375 pixels breed, zoals een kleine telefoon.</li>
        <li>Of een foutmelding naast het veld staat, in een lijst bovenaan, en of wat u typte blijft staan.</li>
      </ul>
      <p>
        Een programma vindt niet alle problemen. Bijvoorbeeld of een tekst makkelijk te begrijpen is, moet een mens beoordelen.
        Daarom schrijven we in gewone woorden (taalniveau B1) en lezen we teksten na.
      </p>

      <h2>Bekende problemen</h2>
      <p>
        We kennen nu geen problemen die u tegenhouden. Vindt u er toch een? Dan horen we dat graag, zodat we het kunnen
        oplossen.
      </p>

      <h2>Een probleem melden</h2>
      <p>
        Lukt iets niet, of is iets moeilijk te gebruiken? Bel{" "}
        <a href={telHref(details.phone)} className="nowrap">
          {details.phone}
        </a>{" "}
        ({details.phoneHours}) of mail naar <MailLink address={details.email} />. Zeg op welke pagina het was
        en wat er misging. U krijgt binnen vijf werkdagen antwoord. Wilt u intussen een aanvraag doen? Dan helpen we u aan de
        telefoon.
      </p>
    </div>
  );
}
