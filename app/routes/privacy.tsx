/**
 * The privacy statement (privacyverklaring): who is responsible, which data, why, on what basis,
 * who receives it, how long it is kept, the employer's rights and where to complain. The
 * periods come from the configuration and the responsible organisation from the back office, so
 * the statement says what this installation really does.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InstallationAddress } from "~/components/installation-address";
import { database } from "~/lib/db.server";
import { retentionPeriods } from "~/lib/env.server";
import { installationDetails } from "~/models/installation.server";
import { MailLink } from "~/components/mail-link";

export const meta: MetaFunction = () => [
  { title: "Privacyverklaring – Opstap" },
  { name: "description", content: "Welke gegevens Opstap van werkgevers bewaart, waarom, hoe lang, en wat uw rechten zijn." },
];

export async function loader(_: LoaderFunctionArgs) {
  const periods = retentionPeriods();
  return {
    details: await installationDetails(database()),
    years: Math.round((periods.closedRequestDays / 365) * 10) / 10,
    emailDays: periods.sentEmailBodyDays,
  };
}

export default function Privacy() {
  const { details, years, emailDays } = useLoaderData<typeof loader>();
  return (
    <div className="wrap page prose">
      <h1>Privacyverklaring</h1>
      <p className="lead">
        Als u een aanvraag stuurt, geeft u ons gegevens over uzelf en uw bedrijf. Hier leest u wat we daarmee doen.
      </p>

      <h2>Wie is verantwoordelijk?</h2>
      <p>Opstap wordt beheerd door deze organisatie. Zij is verantwoordelijk voor uw gegevens:</p>
      <InstallationAddress details={details} />
      <p>
        Heeft u een vraag over privacy? Mail dan de functionaris gegevensbescherming: {details.privacyOfficerName},{" "}
        <MailLink address={details.privacyOfficerEmail} />.
      </p>

      <h2>Welke gegevens bewaren we?</h2>
      <ul>
        <li>De naam van uw bedrijf en, als u die invult, uw KvK-nummer.</li>
        <li>Uw naam, uw e-mailadres en, als u dat invult, uw telefoonnummer.</li>
        <li>De postcode van de plek waar de leerling komt te werken.</li>
        <li>Wat u in het formulier schrijft, bijvoorbeeld welk werk u aanbiedt, en de berichten die u stuurt.</li>
        <li>Wat er met uw aanvraag gebeurt: naar welke school die ging, en wanneer.</li>
        <li>
          Uw IP-adres, hooguit 25 uur lang, om te tellen hoe vaak een formulier wordt verstuurd. Zo houden we misbruik tegen.
        </li>
      </ul>
      <p>We vragen niets over de leerlingen. Gegevens van leerlingen staan niet in Opstap.</p>

      <h2 id="werkgeversregister">Het werkgeversregister van uw regio</h2>
      <p>
        Stuurt u een aanvraag, dan zetten we uw bedrijf in het werkgeversregister van uw arbeidsmarktregio. Ook een school of het
        werkgeversservicepunt kan uw bedrijf erin zetten; dan krijgt u daar een e-mail over. Alle scholen in uw regio en het
        werkgeversservicepunt zien dan:
      </p>
      <ul>
        <li>de naam van uw bedrijf, uw KvK-nummer en waar u zit;</li>
        <li>uw naam, e-mailadres en telefoonnummer als contactpersoon;</li>
        <li>wat u aanbiedt (proefplaatsing, stage, groepsstage of baan) en hoeveel plekken per schooljaar;</li>
        <li>welke school of welk werkgeversservicepunt contact met u heeft, en sinds wanneer.</li>
      </ul>
      <p>
        Zo belt niet elke school u apart over hetzelfde. Aantekeningen van een school over het contact met u leest alleen die school,
        tenzij de school ze deelt met de regio. Scholen in andere regio's zien niets.
      </p>
      <p>
        Een paar keer per jaar vragen we per e-mail of u weer plek heeft: voor het nieuwe schooljaar, een paar weken na een plaatsing,
        en als we u lang niet spraken. In elke e-mail staat een knop om te stoppen. Daarna mailen we u niet meer. Zette een school u
        in het register zonder dat u zelf een aanvraag stuurde, dan haalt die knop uw naam, e-mailadres en telefoonnummer er ook
        uit. Had niemand {years} jaar contact met u en stuurde u geen aanvraag, dan wissen we uw gegevens uit het register.
      </p>

      <h2>Waarom?</h2>
      <p>
        We gebruiken uw gegevens alleen om uw aanvraag naar de juiste school of het werkgeversservicepunt te sturen, zodat zij
        contact met u kunnen opnemen. En om u te laten weten wat er met uw aanvraag gebeurt. In het werkgeversregister gebruiken
        scholen uw gegevens om samen te werken en u op tijd te vragen of u weer plek heeft. We verkopen uw gegevens niet en sturen u
        geen reclame.
      </p>

      <h2>Op welke grond?</h2>
      <p>
        U geeft toestemming als u het formulier verstuurt, ook voor het werkgeversregister. U kunt die toestemming altijd weer
        intrekken: trek uw aanvraag in, laat uw gegevens wissen, of klik op de stopknop in een e-mail van het register. Zette een
        school uw bedrijf in het register, dan doet zij dat omdat het nodig is voor haar taak om leerlingen een plek te geven
        (algemeen belang); u kunt daar met één klik bezwaar tegen maken. Het tellen van formulieren per IP-adres doen we omdat we de website moeten beschermen
        (gerechtvaardigd belang).
      </p>

      <h2>Wie krijgt uw gegevens?</h2>
      <ul>
        <li>De school voor praktijkonderwijs of voortgezet speciaal onderwijs in uw regio die uw aanvraag krijgt.</li>
        <li>
          Het werkgeversservicepunt van uw arbeidsmarktregio. Dat is het punt waar gemeenten en UWV samen werkgevers helpen.
        </li>
        <li>
          Bedrijven die ons helpen Opstap te laten werken: de dienst die onze e-mails verstuurt en de plek waar de website
          draait. Zij mogen uw gegevens alleen voor ons gebruiken. Daar maakt de beheerder afspraken over.
        </li>
      </ul>

      <h2>Hoe lang bewaren we uw gegevens?</h2>
      <ul>
        <li>
          Zolang uw aanvraag loopt. Daarna nog {years} jaar, zodat we vragen over een plaatsing kunnen beantwoorden. Dan wissen
          we uw gegevens. We houden alleen bij dat er een aanvraag was, zonder wie die stuurde.
        </li>
        <li>De tekst van e-mails die we u stuurden: {emailDays} dagen. Dat een e-mail is verstuurd, blijft bij uw aanvraag staan.</li>
        <li>Uw IP-adres: hooguit 25 uur.</li>
      </ul>
      <p>De school of het werkgeversservicepunt kan gegevens ook zelf bewaren, als u met hen verder gaat. Zij hebben eigen regels.</p>

      <h2>Uw rechten</h2>
      <p>U mag uw gegevens altijd zien, laten verbeteren of laten wissen. Zo doet u dat:</p>
      <ol>
        <li>
          Vraag op <Link to="/volgen">Link kwijt?</Link> een link aan. We sturen die naar het e-mailadres dat we van u hebben.
        </li>
        <li>Met die link ziet u al uw aanvragen. Daar kunt u uw gegevens bekijken, downloaden en aanpassen.</li>
        <li>Daar kunt u ook al uw gegevens laten wissen.</li>
      </ol>
      <p>
        Lukt het niet, of wilt u bezwaar maken? Mail dan de functionaris gegevensbescherming. U krijgt binnen een maand antwoord.
      </p>

      <h2>Een klacht?</h2>
      <p>
        Bent u niet tevreden over hoe we met uw gegevens omgaan? Laat het ons eerst weten. U mag ook een klacht indienen bij de
        Autoriteit Persoonsgegevens, op <a href="https://autoriteitpersoonsgegevens.nl">autoriteitpersoonsgegevens.nl</a>.
      </p>

      <h2>Cookies</h2>
      <p>
        Opstap gebruikt één cookie voor werkgevers. Die onthoudt een dag lang het nummer van de aanvraag die u net stuurde, zodat
        u de bevestiging nog eens kunt zien. Medewerkers van scholen en werkgeversservicepunten krijgen een cookie om ingelogd te
        blijven. We gebruiken geen cookies om u te volgen en geen advertenties.
      </p>
    </div>
  );
}
