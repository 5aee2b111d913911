import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";

export const meta: MetaFunction = () => [
  { title: "Opstap – Geef een jongere een kans in uw bedrijf" },
  {
    name: "description",
    content:
      "Bied een leerling uit het praktijkonderwijs of vso een proefplaatsing. De school begeleidt, u zit nergens aan vast.",
  },
];

export default function Index() {
  return (
    <>
      <section className="hero">
        <div className="wrap">
          <h1>Geef een jongere een kans in uw bedrijf</h1>
          <p className="lead">
            Leerlingen uit het praktijkonderwijs en het voortgezet speciaal onderwijs (vso) leren een vak in de praktijk.
            Zij zoeken werkgevers die hen een plek willen geven. Opstap brengt u in contact met een school en het
            werkgeversservicepunt bij u in de buurt.
          </p>
        </div>
      </section>

      <div className="wrap">
        <section aria-labelledby="wat-kunt-u-doen" className="cards start-options">
          <h2 id="wat-kunt-u-doen">Wat kunt u doen?</h2>
          <div className="card">
            <h3>Proefplaatsing</h3>
            <p>Eén leerling komt een tijdje bij u werken. Zo ziet u of het past. U zit nergens aan vast.</p>
            <p>
              <Link to="/proefplaatsing" className="button button--primary">
                Proefplaatsing aanmelden
              </Link>
            </p>
          </div>
          <div className="card">
            <h3>Groepsstage</h3>
            <p>Een groep van 5 tot 10 leerlingen werkt bij u, met een begeleider van school erbij.</p>
            <p>
              <Link to="/groepsstage" className="button">
                Groepsstage aanvragen
              </Link>
            </p>
          </div>
          <div className="card">
            <h3>Eerst een vraag?</h3>
            <p>Over stages, de leerlingen of regelingen. Wij sturen uw vraag naar wie u kan helpen.</p>
            <p>
              <Link to="/vraag" className="button">
                Vraag stellen
              </Link>
            </p>
          </div>
        </section>
      </div>

      <div className="wrap page">
        <section aria-labelledby="hoe-werkt-het">
          <h2 id="hoe-werkt-het">Zo werkt een proefplaatsing</h2>
          <ol className="steps">
            <li>
              <strong>U meldt zich aan.</strong> Vertel welk werk u heeft en waar uw bedrijf zit. Dat duurt ongeveer 3
              minuten.
            </li>
            <li>
              <strong>Wij sturen uw aanmelding door</strong> naar een school bij u in de buurt. Het
              werkgeversservicepunt van uw regio krijgt ook bericht.
            </li>
            <li>
              <strong>U maakt kennis.</strong> De school neemt contact met u op en zoekt een leerling die bij uw werk
              past. U spreekt samen af wat de leerling gaat doen.
            </li>
            <li>
              <strong>De leerling komt proberen.</strong> De school blijft de leerling begeleiden. Past het niet, dan
              stopt u gewoon.
            </li>
          </ol>
        </section>

        <section aria-labelledby="wat-kost-het" className="cards">
          <h2 id="wat-kost-het">Wat kost het u?</h2>
          <div className="card">
            <h3>Geen verplichtingen</h3>
            <p>Een proefplaatsing is een eerste kennismaking. U tekent nergens voor en u kunt altijd stoppen.</p>
          </div>
          <div className="card">
            <h3>De school begeleidt</h3>
            <p>
              Een begeleider van school houdt contact met u en met de leerling. Heeft u een vraag of gaat er iets mis?
              Dan belt u de school.
            </p>
          </div>
          <div className="card">
            <h3>Regelingen helpen</h3>
            <p>
              Neemt u een jongere later in dienst? Dan zijn er regelingen die het risico en de kosten kleiner maken,
              zoals de no-riskpolis van UWV.
            </p>
            <p>
              <Link to="/regelingen">Bekijk alle regelingen</Link>
            </p>
            <p>
              <Link to="/regelingencheck">Doe de regelingencheck</Link>
            </p>
          </div>
        </section>

        <section aria-labelledby="wie-zijn-ze">
          <h2 id="wie-zijn-ze">Wie zijn deze jongeren?</h2>
          <p>
            Het zijn jongeren van ongeveer 15 tot 20 jaar. Ze leren het best door te doen, niet uit een boek. Op school
            oefenen ze met echt werk, en tijdens een stage leren ze hoe het gaat in een bedrijf.
          </p>
          <p>
            Ze kunnen veel: vakken vullen, helpen in een keuken, orders klaarzetten in een magazijn, werken in het groen.
            Wat wel belangrijk is: duidelijke taken, een vaste collega om vragen aan te stellen, en wat geduld in het
            begin.
          </p>
          <p>
            Veel werkgevers die nu met deze jongeren werken, begonnen omdat iemand het hun vroeg. Met Opstap hoeft u
            daar niet op te wachten.
          </p>
        </section>

        <section aria-labelledby="voorbeelden">
          <h2 id="voorbeelden">Werkgevers die het al doen</h2>
          <ul className="examples">
            <li>
              Een restaurantketen laat groepen leerlingen zes weken lang één dag per week meedraaien in de keuken. Zo
              leren ze het werk kennen, en leert het restaurant hen kennen.
            </li>
            <li>
              Een universiteit geeft leerlingen uit het praktijkonderwijs een stageplek, en betaalt hen dezelfde
              stagevergoeding als andere stagiairs.
            </li>
            <li>
              Veel werkgevers begonnen met één leerling of een groepsstage, en namen daarna meer leerlingen aan.
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
