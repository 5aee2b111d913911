import type { HeadersFunction, MetaFunction } from "@remix-run/node";
import { Link, useRouteLoaderData } from "@remix-run/react";
import { telHref } from "~/domain/installation";
import { STATIC_PAGE_CACHE_CONTROL } from "~/http/http-cache.server";
import type { loader as rootLoader } from "~/root";

/** The same for every visitor: the server keeps it rendered (docs/decisions/027), browsers an hour. */
export const headers: HeadersFunction = () => ({ "Cache-Control": STATIC_PAGE_CACHE_CONTROL });

export const meta: MetaFunction = () => [
  { title: "Opstap – Geef een jongere een kans in uw bedrijf" },
  {
    name: "description",
    content:
      "Bied een leerling uit het praktijkonderwijs of vso een proefplaatsing. Het kost u niets, de school begeleidt en u zit nergens aan vast.",
  },
];

/**
 * The landing page, written for a busy employer on a phone: the main action and the three things
 * they worry about first (cost, commitment, who is responsible), the rest below.
 */
export default function Index() {
  // Who runs Opstap comes with the footer (root loader): no query of its own.
  const operator = useRouteLoaderData<typeof rootLoader>("root")?.footer ?? null;
  return (
    <>
      <section className="hero">
        <div className="wrap">
          <h1>Geef een jongere een kans in uw bedrijf</h1>
          <p className="lead">
            Leerlingen van het praktijkonderwijs en het vso leren een vak op de werkvloer. Bied er één een proefplaatsing.
          </p>
          <ul className="promises">
            <li>Het kost u niets</li>
            <li>U zit nergens aan vast</li>
            <li>De school begeleidt de leerling</li>
          </ul>
          <p className="hero__actions">
            <Link to="/proefplaatsing" className="button button--primary">
              Proefplaatsing aanmelden
            </Link>
            <span className="hero__time">Duurt ongeveer 3 minuten</span>
          </p>
          <p className="hero__other">
            Of <Link to="/groepsstage">vraag een groepsstage aan</Link>, of <Link to="/vraag">stel eerst een vraag</Link>.
          </p>
        </div>
      </section>

      <div className="wrap page">
        <section aria-labelledby="vragen">
          <h2 id="vragen">Wat werkgevers eerst willen weten</h2>
          <dl className="faq">
            <dt>Wat kost het?</dt>
            <dd>
              Niets. Opstap is gratis, en een proefplaatsing ook. Een stagevergoeding hoeft niet, tenzij uw cao dat zegt. Wilt u
              de leerling iets geven? Dat mag altijd.
            </dd>
            <dt>Wie is verzekerd als er iets gebeurt?</dt>
            <dd>
              Meestal de school: die regelt de verzekering van de leerling in de stageovereenkomst. Vraag het bij de kennismaking,
              dan weet u het zeker.
            </dd>
            <dt>Hoe lang duurt een proefplaatsing?</dt>
            <dd>
              Dat spreekt u samen met de school af. Begin gerust klein, bijvoorbeeld een dag per week, een paar weken lang. Past
              het niet? Dan stopt u.
            </dd>
            <dt>Wie helpt mij?</dt>
            <dd>
              Een school voor praktijkonderwijs of voortgezet speciaal onderwijs bij u in de buurt. Die zoekt een leerling die bij
              uw werk past en blijft de leerling begeleiden. Het werkgeversservicepunt (WSP) kijkt mee: dat is het loket waar
              gemeenten en UWV samen werkgevers in uw regio helpen.
            </dd>
          </dl>
        </section>

        <section aria-labelledby="hoe-werkt-het">
          <h2 id="hoe-werkt-het">Zo werkt het</h2>
          <ol className="steps">
            <li>
              <strong>U meldt zich aan.</strong> Vertel welk werk u heeft en waar uw bedrijf zit.
            </li>
            <li>
              <strong>Wij sturen het door</strong> naar een school bij u in de buurt. De school laat binnen een paar werkdagen
              weten of ze het oppakt.
            </li>
            <li>
              <strong>U maakt kennis.</strong> De school belt u en zoekt een leerling die past. U spreekt samen af wat de leerling
              gaat doen.
            </li>
            <li>
              <strong>De leerling komt proberen.</strong> De school blijft begeleiden. Met de link in uw e-mail ziet u steeds wat
              er gebeurt.
            </li>
          </ol>
        </section>

        <section aria-labelledby="wat-doen-ze">
          <h2 id="wat-doen-ze">Wat doen deze leerlingen?</h2>
          <p>
            Het zijn jongeren van ongeveer 15 tot 20 jaar. Ze leren het best door te doen. Bij werkgevers doen ze bijvoorbeeld
            dit:
          </p>
          <ul className="examples">
            <li>In de supermarkt: vakken vullen, spiegelen en lege dozen opruimen.</li>
            <li>In de keuken: groente snijden, afwassen en de koelcel bijhouden.</li>
            <li>In het magazijn: orders verzamelen, pakketten klaarzetten en scannen.</li>
            <li>In het groen: onkruid wieden, planten oppotten en bladeren ruimen.</li>
          </ul>
          <p>
            Wat helpt: duidelijke taken, een vaste collega voor vragen, en wat geduld in het begin. Veel werkgevers begonnen
            met één leerling en namen daarna meer leerlingen aan.
          </p>
        </section>

        <section aria-labelledby="meer" className="cards">
          <h2 id="meer">Meer mogelijkheden</h2>
          <div className="card">
            <h3>Groepsstage</h3>
            <p>Een groep van 5 tot 10 leerlingen werkt bij u, met een begeleider van school erbij.</p>
            <p>
              <Link to="/groepsstage">Groepsstage aanvragen</Link>
            </p>
          </div>
          <div className="card">
            <h3>Later in dienst nemen</h3>
            <p>Er zijn regelingen die het risico en de kosten kleiner maken, zoals de no-riskpolis van UWV.</p>
            <p>
              <Link to="/regelingencheck">Doe de regelingencheck</Link>
            </p>
          </div>
          <div className="card">
            <h3>Eerst een vraag?</h3>
            <p>Over stages, de leerlingen of regelingen. Wij sturen uw vraag naar wie u kan helpen.</p>
            <p>
              <Link to="/vraag">Vraag stellen</Link>
            </p>
          </div>
        </section>

        {operator ? (
          <section aria-labelledby="wie">
            <h2 id="wie">Wie zit erachter?</h2>
            <p>
              Opstap wordt beheerd door {operator.organisationName}, samen met de scholen en het werkgeversservicepunt van de
              regio. Liever iemand spreken? Bel{" "}
              <a href={telHref(operator.phone)} className="nowrap">
                {operator.phone}
              </a>{" "}
              ({operator.phoneHours}). <Link to="/over">Meer over Opstap</Link>
            </p>
          </section>
        ) : null}
      </div>
    </>
  );
}
