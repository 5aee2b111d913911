/**
 * A stage place: what applies (the school supervises and insures, no wage, the working-time
 * rules for the pupil's age) and the subsidie praktijkleren, estimated per week of supervision:
 * a full place is a number of weeks (40), and a week with one supervised day counts.
 */
import { type CheckAnswers, type Estimate, type FigureReader, isStagePlace, type Outcome, reasonsFor, verdictOf, weeksIn } from "./check-shared";
import { formatEuro, formatHours } from "./format";
import { REGELING_TITLES } from "./slugs";

export interface StageAdvice {
  /** What holds for every stage: who supervises, insures and pays. */
  applies: string[];
  /** The rules for the pupil's age. */
  rules: { heading: string; items: string[] };
  /** Answers that do not fit those rules. */
  warnings: string[];
}

const money = (amount: number) => formatEuro(amount, { cents: true });

/** The weeks to count: the answer, or else the weeks in the months (rounded), and how we got them. */
function stageWeeks(a: CheckAnswers): { weeks: number; estimated: boolean } {
  if (a.weeks !== null) return { weeks: a.weeks, estimated: false };
  return { weeks: Math.round(weeksIn(a.months)), estimated: true };
}

export function stageAdvice(a: CheckAnswers, f: FigureReader): StageAdvice {
  const adult = a.age >= f.number("stage.volwassenVanaf");
  const applies = [
    "De school begeleidt de leerling. Spreek met de school af wie in uw bedrijf het aanspreekpunt is.",
    "U betaalt geen loon en geen premies. Een stagevergoeding is niet verplicht, behalve als uw cao het zegt.",
    "De leerling moet verzekerd zijn voor schade (WA). Meestal regelt en betaalt de school dat. Zet in de stageovereenkomst wie het doet.",
    adult
      ? "U tekent een stageovereenkomst met de school en de leerling."
      : `U tekent een stageovereenkomst met de school en de leerling. Omdat de leerling jonger is dan ${f.text("stage.volwassenVanaf")}, tekent ook een ouder.`,
    "Bij UWV, de gemeente of de Belastingdienst hoeft u voor een stage niets aan te vragen.",
  ];
  return { applies, ...stageRules(a, f) };
}

function stageRules(a: CheckAnswers, f: FigureReader): Pick<StageAdvice, "rules" | "warnings"> {
  const underAge = [
    "Geen gevaarlijk werk, zoals werken met gevaarlijke stoffen, onder hoge druk of bij hard lawaai.",
    "In uw RI&E staat een deel over jongeren.",
  ];
  const warnings: string[] = [];
  const hours = formatHours(a.hoursPerWeek);
  if (a.age >= f.number("stage.volwassenVanaf")) {
    return {
      rules: {
        heading: `Regels voor een leerling van ${f.text("stage.volwassenVanaf")} of ouder`,
        items: ["De extra regels voor jongeren gelden niet meer. De gewone regels voor werktijden gelden, net als voor uw andere medewerkers."],
      },
      warnings,
    };
  }
  if (a.age >= f.number("stage.tienerVan")) {
    if (a.hoursPerWeek > f.number("stage.tienerMaxUrenPerWeek")) {
      warnings.push(`U vulde ${hours} per week in. Dat is meer dan de ${f.text("stage.tienerMaxUrenPerWeek")} die mag, en dan telt de schooltijd nog mee.`);
    } else if (a.hoursPerWeek > f.number("stage.tienerGemiddeldPerWeek")) {
      warnings.push(`U vulde ${hours} per week in. Gemiddeld mag het hoogstens ${f.text("stage.tienerGemiddeldPerWeek")} zijn, met de schooltijd erbij.`);
    }
    return {
      rules: {
        heading: `Regels voor een leerling van ${f.number("stage.tienerVan")} of ${f.number("stage.tienerTot")} jaar`,
        items: [
          `Hoogstens ${f.text("stage.tienerMaxUrenPerDienst")} en ${f.text("stage.tienerMaxUrenPerWeek")}.`,
          `Gemiddeld hoogstens ${f.text("stage.tienerGemiddeldPerWeek")}, over ${f.text("stage.tienerGemiddeldOver")}.`,
          "De tijd op school telt mee als werktijd.",
          `Niet werken tussen ${f.text("stage.tienerNachtVan")} en ${f.text("stage.tienerNachtTot")}.`,
          `Na ${f.text("stage.jongPauzeNa")} werk een pauze van minstens ${f.text("stage.jongPauze")}.`,
          ...underAge,
        ],
      },
      warnings,
    };
  }
  if (a.age >= f.number("stage.jongVan")) {
    if (a.hoursPerWeek > f.number("stage.jongMaxUrenPerWeek")) {
      warnings.push(`U vulde ${hours} per week in. Dat is meer dan de ${f.text("stage.jongMaxUrenPerWeek")} die mag, en dan telt de schooltijd nog mee.`);
    }
    return {
      rules: {
        heading: `Regels voor een leerling van ${f.number("stage.jongVan")} of ${f.number("stage.jongTot")} jaar`,
        items: [
          "Alleen licht werk, en altijd onder toezicht.",
          `Hoogstens ${f.text("stage.jongMaxUrenPerDag")} en ${f.text("stage.jongMaxUrenPerWeek")}. De tijd op school telt mee.`,
          `Elke dag minstens ${f.text("stage.jongRust")} rust, in elk geval van ${f.text("stage.jongRustVan")} tot ${f.text("stage.jongRustTot")}.`,
          `Na ${f.text("stage.jongPauzeNa")} werk een pauze van minstens ${f.text("stage.jongPauze")}.`,
          "Niet werken op zondag.",
          ...underAge,
        ],
      },
      warnings,
    };
  }
  return {
    rules: {
      heading: `Regels voor een leerling jonger dan ${f.text("stage.jongVan")}`,
      items: ["Voor zo'n jonge leerling zijn de regels strenger. Vraag de school wat de leerling bij u mag doen.", ...underAge],
    },
    warnings,
  };
}

export function praktijkleren(a: CheckAnswers, f: FigureReader): Outcome {
  const fits: string[] = [];
  const doubts: string[] = [];
  const fails: string[] = [];
  const { weeks, estimated } = stageWeeks(a);
  if (!isStagePlace(a)) {
    fails.push(
      a.offer === "baan"
        ? "Deze subsidie is voor een stageplaats, niet voor een baan."
        : "Deze subsidie is voor een stageplaats van een leerling die nog op school zit.",
    );
  } else {
    if (!a.atSchool) fails.push("De jongere zit niet meer op school. De subsidie is alleen voor leerlingen.");
    else if (!a.lastSchoolYear) fails.push("De leerling zit niet in het laatste schooljaar. Bij pro en vso is de subsidie alleen voor het laatste schooljaar.");
    else fits.push("De leerling zit in het laatste schooljaar.");

    if (a.schoolType === "pro") {
      fits.push(
        `De leerling zit op het praktijkonderwijs. Voorwaarde: de leerling gaat minstens ${f.text("praktijkleren.minSchooldagen")} naar school en loopt hoogstens ${f.text(
          "praktijkleren.maxStagedagen",
        )} stage.`,
      );
    } else if (a.schoolType === "vso") {
      doubts.push(
        "Bij het vso geldt de subsidie alleen bij het uitstroomprofiel arbeidsmarktgericht, of bij een leerwerktraject in het profiel vervolgonderwijs. Vraag het de school.",
      );
    } else {
      doubts.push(
        "De subsidie is er ook voor een leerwerktraject in het vmbo, de entree-opleiding, mbo-bbl en hbo duaal. Daarvoor gelden eigen voorwaarden. Vraag de school of deze opleiding meetelt.",
      );
    }

    if (a.erkendLeerbedrijf === "ja") fits.push("Uw bedrijf is een erkend leerbedrijf.");
    else if (a.erkendLeerbedrijf === "nee")
      fails.push("Uw bedrijf moet de hele stage lang een erkend leerbedrijf zijn. U kunt de erkenning aanvragen bij SBB.");
    else doubts.push("Uw bedrijf moet een erkend leerbedrijf zijn. Weet u het niet zeker? Kijk op Stagemarkt.nl of vraag het SBB.");

    if (a.schoolType !== "anders") {
      const minHours = f.number("praktijkleren.minUren");
      const stageHours = Math.round(a.hoursPerWeek * weeks);
      const how = `${formatHours(a.hoursPerWeek)} × ${weeks} weken = ${formatHours(stageHours)}`;
      if (stageHours < minHours) fails.push(`De stage duurt ongeveer ${how}. Dat moet minstens ${f.text("praktijkleren.minUren")} zijn.`);
      else fits.push(`De stage duurt ongeveer ${how}. Dat is genoeg: het moet minstens ${f.text("praktijkleren.minUren")} zijn.`);
    }
  }
  const verdict = verdictOf(fails, doubts);
  const estimate = verdict === "past-niet" ? null : estimatePraktijkleren(a, weeks, estimated, f);
  return {
    slug: "subsidie-praktijkleren",
    title: REGELING_TITLES["subsidie-praktijkleren"],
    verdict,
    reasons: reasonsFor(verdict, fits, doubts, fails),
    estimate,
    noEstimate: null,
    apply: {
      where: "Bij RVO, via mijn.rvo.nl. U heeft daarvoor eHerkenning nodig.",
      when: `Achteraf, na het schooljaar. ${f.text("praktijkleren.aanvraagperiode")}`,
    },
  };
}

function estimatePraktijkleren(a: CheckAnswers, weeks: number, estimated: boolean, f: FigureReader): Estimate {
  const max = f.number("praktijkleren.maxPerPlaats");
  const full = f.number("praktijkleren.volleWeken");
  const counted = Math.min(weeks, full);
  const amount = (max * counted) / full;
  const steps: string[] = [];
  if (estimated) {
    steps.push(
      `U vulde geen aantal weken in. We rekenen met ongeveer ${weeks} weken in ${a.months === 1 ? "1 maand" : `${a.months} maanden`}. Weken zonder begeleiding, zoals vakanties, tellen niet mee.`,
    );
  }
  steps.push(
    `Een volle plaats is ${f.plain("praktijkleren.volleWeken")} begeleiding. Een week telt mee als de leerling minstens één dag bij u was.`,
    weeks >= full
      ? `U begeleidt ${full} weken of meer. U krijgt hoogstens ${f.plain("praktijkleren.maxPerPlaats")} per schooljaar.`
      : `${f.plain("praktijkleren.maxPerPlaats")} × ${counted}/${full} = ${money(amount)}.`,
    "Het echte bedrag kan lager zijn. Er is een vast budget, en RVO verdeelt het over alle aanvragen.",
  );
  return { perYear: Math.round(amount), forPeriod: null, capped: weeks > full, steps, warnings: [] };
}
