/**
 * The begrippenlijst: every word the regelingen pages use that an employer may not know, in
 * plain Dutch. Pages link to a term with /regelingen/begrippen#<id>.
 */
import type { GlossaryTerm } from "./types";

const TERMS: GlossaryTerm[] = [
  {
    id: "arbeidsmarktregio",
    term: "Arbeidsmarktregio",
    definition: "Nederland is verdeeld in 35 arbeidsmarktregio's. In elke regio werken gemeenten en UWV samen om werkgevers en werkzoekenden te helpen.",
  },
  {
    id: "banenafspraak",
    term: "Banenafspraak",
    definition:
      "Een afspraak tussen werkgevers, vakbonden en het kabinet: er komen extra banen voor mensen met een arbeidsbeperking. Zie [doelgroepregister en banenafspraak](/regelingen/doelgroepregister-en-banenafspraak).",
  },
  {
    id: "beschut-werk",
    term: "Beschut werk",
    definition:
      "Betaald werk in een beschermde omgeving, voor mensen die alleen zo kunnen werken. UWV geeft advies, de gemeente zorgt voor de plek.",
  },
  {
    id: "cao",
    term: "Cao",
    definition: "Collectieve arbeidsovereenkomst: afspraken over loon en werk die gelden voor een hele bedrijfstak of een groot bedrijf.",
  },
  {
    id: "dagbesteding",
    term: "Dagbesteding",
    definition: "Zinvolle activiteiten overdag voor mensen die (nog) niet kunnen werken. Het is zorg, geen baan.",
  },
  {
    id: "dagloon",
    term: "Dagloon",
    definition: "Het loon per dag waarmee UWV een uitkering uitrekent.",
  },
  {
    id: "doelgroepregister",
    term: "Doelgroepregister",
    definition:
      "Een lijst van UWV met alle mensen die onder de banenafspraak vallen. Zie [doelgroepregister en banenafspraak](/regelingen/doelgroepregister-en-banenafspraak).",
  },
  {
    id: "doelgroepverklaring",
    term: "Doelgroepverklaring",
    definition:
      "Een verklaring van UWV dat een werknemer bij een doelgroep hoort. Voor het [loonkostenvoordeel banenafspraak](/regelingen/loonkostenvoordeel) is die sinds {lkv.zonderVerklaringVanaf} niet meer nodig.",
  },
  {
    id: "eherkenning",
    term: "eHerkenning",
    definition: "Een digitale sleutel waarmee een bedrijf inlogt bij de overheid, bijvoorbeeld bij RVO.",
  },
  {
    id: "entree-opleiding",
    term: "Entree-opleiding",
    definition: "De laagste mbo-opleiding (niveau 1). Sommige leerlingen van het praktijkonderwijs stromen daarin door.",
  },
  {
    id: "erkend-leerbedrijf",
    term: "Erkend leerbedrijf",
    definition:
      "Een bedrijf dat van SBB leerlingen en studenten mag opleiden. Zie [erkend leerbedrijf en praktijkverklaring](/regelingen/erkend-leerbedrijf-en-praktijkverklaring).",
  },
  {
    id: "groepsstage",
    term: "Groepsstage",
    definition: "Een stage waarbij een paar leerlingen tegelijk bij één bedrijf werken, met een begeleider van school erbij.",
  },
  {
    id: "indicatie-banenafspraak",
    term: "Indicatie banenafspraak",
    definition: "Een besluit van UWV dat iemand bij de doelgroep van de banenafspraak hoort. Daarna staat hij of zij in het doelgroepregister.",
  },
  {
    id: "jobcoach",
    term: "Jobcoach",
    definition: "Iemand die een werknemer met een beperking begeleidt op het werk, en ook de collega's helpt. Zie [jobcoach](/regelingen/jobcoach).",
  },
  {
    id: "jeugdminimumloon",
    term: "Jeugdminimumloon",
    definition:
      "Het minimumloon voor werknemers die jonger zijn dan {wml.volwassenVanaf}. Het is lager dan het gewone minimumloon, en het hangt af van de leeftijd. Zie [loonkostensubsidie](/regelingen/loonkostensubsidie).",
  },
  {
    id: "lkv",
    term: "LKV (loonkostenvoordeel)",
    definition:
      "Een bedrag per uur dat u via de loonaangifte van de Belastingdienst krijgt. Zie [loonkostenvoordeel](/regelingen/loonkostenvoordeel).",
  },
  {
    id: "loonaangifte",
    term: "Loonaangifte",
    definition: "De aangifte die u als werkgever bij de Belastingdienst doet over het loon van uw werknemers.",
  },
  {
    id: "loonkostensubsidie",
    term: "Loonkostensubsidie",
    definition:
      "Geld van de gemeente voor een werknemer die niet het hele minimumloon kan verdienen. Zie [loonkostensubsidie](/regelingen/loonkostensubsidie).",
  },
  {
    id: "loondispensatie",
    term: "Loondispensatie",
    definition:
      "Voor een werknemer met een Wajong-uitkering: u mag minder loon betalen als de werknemer minder kan dan een collega. UWV vult het loon aan. U vraagt het aan bij UWV.",
  },
  {
    id: "loonwaarde",
    term: "Loonwaarde",
    definition:
      "Wat een werknemer kan, vergeleken met een collega zonder beperking, in procenten. Een loonwaarde van 60% betekent: de werknemer doet 60% van dat werk. Een deskundige van de gemeente meet het op de werkplek.",
  },
  {
    id: "no-riskpolis",
    term: "No-riskpolis",
    definition: "UWV betaalt mee als een werknemer uit het doelgroepregister ziek wordt. Zie [no-riskpolis](/regelingen/no-riskpolis).",
  },
  {
    id: "participatiewet",
    term: "Participatiewet",
    definition:
      "De wet die regelt dat gemeenten mensen helpen die wel kunnen werken, maar daar hulp bij nodig hebben. Ook de bijstand valt onder deze wet.",
  },
  {
    id: "praktijkonderwijs",
    term: "Praktijkonderwijs (pro)",
    definition: "Een school voor voortgezet onderwijs waar leerlingen vooral leren door te doen. Ze worden voorbereid op werk.",
  },
  {
    id: "praktijkopleider",
    term: "Praktijkopleider",
    definition: "De collega in een erkend leerbedrijf die de leerling begeleidt en daar tijd voor krijgt.",
  },
  {
    id: "praktijkroute",
    term: "Praktijkroute",
    definition:
      "De gemeente meet de loonwaarde op de werkplek. Is die lager dan het minimumloon, dan komt de werknemer in het doelgroepregister, zonder keuring door UWV.",
  },
  {
    id: "praktijkverklaring",
    term: "Praktijkverklaring",
    definition:
      "Een bewijs van SBB voor een leerling van pro of vso. Daarin staat welk werk de leerling goed kan. Het is geen diploma, maar wel een stap naar werk of verder leren. Vroeger heette dit Boris.",
  },
  {
    id: "proefplaatsing",
    term: "Proefplaatsing",
    definition:
      "Iemand met een uitkering werkt een tijd op proef bij u en houdt de uitkering. Zie [proefplaatsing via UWV of gemeente](/regelingen/proefplaatsing). Op Opstap bedoelen we met een [proefplaatsing](/proefplaatsing) ook een korte kennismaking van een leerling, via school.",
  },
  {
    id: "rie",
    term: "RI&E",
    definition: "Risico-inventarisatie en -evaluatie: een lijst van de gevaren in uw bedrijf en wat u eraan doet. Werken er jongeren jonger dan {stage.volwassenVanaf}? Dan hoort er een deel over jongeren in.",
  },
  {
    id: "rvo",
    term: "RVO",
    definition: "Rijksdienst voor Ondernemend Nederland. RVO voert subsidies uit, zoals de [subsidie praktijkleren](/regelingen/subsidie-praktijkleren).",
  },
  {
    id: "sbb",
    term: "SBB",
    definition:
      "Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven. SBB erkent leerbedrijven, beheert Stagemarkt.nl en geeft praktijkverklaringen.",
  },
  {
    id: "snuffelstage",
    term: "Snuffelstage",
    definition: "Een korte stage om kennis te maken met een bedrijf of een vak.",
  },
  {
    id: "stage",
    term: "Stage",
    definition: "Leren in de praktijk, als deel van de school. Zie [regels voor een stage](/regelingen/regels-voor-een-stage).",
  },
  {
    id: "stageovereenkomst",
    term: "Stageovereenkomst",
    definition:
      "Een contract over de stage. U, de school en de leerling tekenen. Is de leerling jonger dan {stage.volwassenVanaf}, dan tekent ook een ouder. Erin staat bijvoorbeeld wat de leerling doet, wie begeleidt en wie de verzekering regelt.",
  },
  {
    id: "stagevergoeding",
    term: "Stagevergoeding",
    definition: "Geld dat een bedrijf een stagiair geeft. Het is niet verplicht, behalve als de cao het zegt.",
  },
  {
    id: "startkwalificatie",
    term: "Startkwalificatie",
    definition: "Een diploma van havo, vwo of mbo niveau 2. De meeste leerlingen van pro en vso hebben dat niet als ze van school gaan.",
  },
  {
    id: "uitstroomprofiel",
    term: "Uitstroomprofiel",
    definition:
      "In het vso: de richting waarop de leerling zich voorbereidt. Er zijn drie profielen: dagbesteding, arbeidsmarktgericht (werk) en vervolgonderwijs.",
  },
  {
    id: "uwv",
    term: "UWV",
    definition:
      "Uitvoeringsinstituut Werknemersverzekeringen. UWV betaalt uitkeringen en beheert het doelgroepregister. UWV regelt ook de no-riskpolis, een jobcoach en aanpassingen van de werkplek.",
  },
  {
    id: "vso",
    term: "Vso",
    definition: "Voortgezet speciaal onderwijs: een school voor leerlingen die extra ondersteuning nodig hebben.",
  },
  {
    id: "wa-verzekering",
    term: "WA-verzekering",
    definition: "Een verzekering voor schade die iemand bij een ander maakt. Een leerling op stage moet zo verzekerd zijn. Meestal regelt de school dat.",
  },
  {
    id: "wajong",
    term: "Wajong",
    definition: "Een uitkering van UWV voor mensen die al jong een ziekte of beperking hebben.",
  },
  {
    id: "werkplekaanpassing",
    term: "Werkplekaanpassing",
    definition: "Een aanpassing van de werkplek voor een werknemer met een beperking. Zie [werkplekaanpassing](/regelingen/werkplekaanpassing).",
  },
  {
    id: "wml",
    term: "WML (wettelijk minimumloon)",
    definition:
      "Het laagste loon per uur dat u volgens de wet mag betalen. De overheid stelt het twee keer per jaar vast: op 1 januari en op 1 juli. Voor jongeren geldt het [jeugdminimumloon](/regelingen/begrippen#jeugdminimumloon).",
  },
  {
    id: "wsp",
    term: "WSP (werkgeversservicepunt)",
    definition:
      "Het loket voor werkgevers in uw regio. Gemeenten en UWV werken er samen. Het WSP helpt u met vragen over personeel en regelingen.",
  },
  {
    id: "ziektewet",
    term: "Ziektewet",
    definition: "De wet die regelt dat sommige zieke werknemers een uitkering van UWV krijgen.",
  },
];

/** Alphabetical, as people look things up. */
export const GLOSSARY: readonly GlossaryTerm[] = [...TERMS].sort((a, b) => a.term.localeCompare(b.term, "nl"));
