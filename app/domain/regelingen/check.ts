/**
 * The regelingencheck: from an employer's answers, which regelingen fit, which do not and why,
 * and where the rules give one, an estimate per year. Pure: the figures and the year are passed
 * in, and every reason is a Dutch sentence an employer understands.
 *
 * The estimates follow the rules as the research states them, nothing more:
 * - LKV: rate × paid hours, up to the yearly maximum.
 * - Loonkostensubsidie: the gap between loonwaarde and the minimum wage (at most the cap), plus the
 *   fixed percentage for employer costs. Without a minimum wage for the year, the employer's own
 *   gross hourly wage stands in for it, and the result says so.
 * - Praktijkleren: the maximum per place, pro rata for a stage shorter than a school year.
 */
import { describeFigure, type FigureSet, figureStatus, formatEuro, formatFigureValue, formatHours, formatPercent } from "./figure";
import type { FigureId } from "./figures";
import { REGELING_TITLES, type RegelingSlug } from "./slugs";

/** Estimates per year count 52 working weeks; a month is a twelfth of that. */
export const WEEKS_PER_YEAR = 52;
const MONTHS_PER_YEAR = 12;

export const OFFERS = [
  { value: "stage", label: "Een stage" },
  { value: "proefplaatsing", label: "Een proefplaatsing" },
  { value: "baan", label: "Een baan" },
] as const;
export type Offer = (typeof OFFERS)[number]["value"];

export const SCHOOL_TYPES = [
  { value: "pro", label: "Praktijkonderwijs (pro)" },
  { value: "vso", label: "Voortgezet speciaal onderwijs (vso)" },
  { value: "anders", label: "Een andere school, of ik weet het niet" },
] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number]["value"];

export const YES_NO_UNKNOWN = [
  { value: "ja", label: "Ja" },
  { value: "nee", label: "Nee" },
  { value: "weet-niet", label: "Ik weet het niet" },
] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number]["value"];

export interface CheckAnswers {
  offer: Offer;
  atSchool: boolean;
  /** Only meaningful while at school. */
  lastSchoolYear: boolean;
  schoolType: SchoolType;
  erkendLeerbedrijf: YesNoUnknown;
  doelgroepregister: YesNoUnknown;
  /** Length of the contract or the stage. */
  months: number;
  hoursPerWeek: number;
  /** Gross wage per hour in euros, if the employer knows it. */
  hourlyWage: number | null;
  /** Estimated loonwaarde as a percentage of the minimum wage, if known. */
  loonwaarde: number | null;
}

/** "past": fits on these answers; "misschien": fits if something we cannot check holds. */
export type Verdict = "past" | "misschien" | "past-niet";

export interface Estimate {
  /** Euros per year at these hours, rounded to whole euros. */
  perYear: number;
  /** For a contract shorter than a year: the amount for its months. */
  forPeriod: { months: number; amount: number } | null;
  /** A maximum was reached. */
  capped: boolean;
  /** How it was worked out, one step per line. */
  steps: string[];
  /** Figures not known for this year, and what we used instead. */
  warnings: string[];
}

export interface Outcome {
  slug: RegelingSlug;
  title: string;
  verdict: Verdict;
  reasons: string[];
  estimate: Estimate | null;
  /** Why there is no estimate, when the rules would give one. */
  noEstimate: string | null;
  apply: { where: string; when: string };
}

export interface CheckResult {
  year: number;
  outcomes: Outcome[];
  /** Explainers that are not a regeling in the list but matter for these answers. */
  readAlso: RegelingSlug[];
}

type Figures = FigureSet<FigureId>;

/** Reads figures for one year: the value to compute with, and the text to show. */
function reader(figures: Figures, year: number) {
  const figure = (id: FigureId) => figures.figures[id];
  return {
    number(id: FigureId): number | null {
      const value = figure(id).value;
      return typeof value === "number" ? value : null;
    },
    /** The value in a sentence, with its year when it is not this year's. */
    text(id: FigureId): string {
      const { text, note } = describeFigure(figure(id), year);
      return note ? `${text} (${note})` : text;
    },
    /** The bare value, for the calculation steps (the warnings carry the year). */
    plain(id: FigureId): string {
      return formatFigureValue(figure(id)) ?? "onbekend";
    },
    /** A warning when a figure used in an estimate is from another year; `values` says which. */
    warning(ids: FigureId[], values?: string): string | null {
      const older = ids
        .map((id) => ({ id, status: figureStatus(figure(id), year) }))
        .filter((entry) => entry.status.kind === "ander-jaar");
      if (older.length === 0) return null;
      const years = [...new Set(older.map((entry) => (entry.status.kind === "ander-jaar" ? entry.status.year : year)))];
      const shown = values ?? older.map((entry) => formatFigureValue(figure(entry.id))).join(" en ");
      return `We rekenen met ${older.length === 1 ? "het bedrag" : "de bedragen"} van ${years.join(" en ")} (${shown}). ${
        older.length === 1 ? "Het bedrag" : "De bedragen"
      } voor ${year} ${older.length === 1 ? "is" : "zijn"} nog niet bekend.`;
    },
  };
}
type Reader = ReturnType<typeof reader>;

function verdictOf(fails: string[], doubts: string[]): Verdict {
  if (fails.length > 0) return "past-niet";
  return doubts.length > 0 ? "misschien" : "past";
}

/** Why it does not fit, or else what fits and what we could not check. */
function reasonsFor(verdict: Verdict, fits: string[], doubts: string[], fails: string[]): string[] {
  return verdict === "past-niet" ? fails : [...fits, ...doubts];
}

const perWeek = (hours: number) => `${formatHours(hours)} per week`;
const isStagePlace = (a: CheckAnswers) => a.offer === "stage" || (a.offer === "proefplaatsing" && a.atSchool);
const weeksIn = (months: number) => (months * WEEKS_PER_YEAR) / MONTHS_PER_YEAR;
const money = (amount: number) => formatEuro(amount, { cents: true });

const REGISTER_UNKNOWN =
  "Dit hangt ervan af of de jongere in het doelgroepregister staat. De jongere kan dat zien in Mijn UWV. U kunt het nakijken in het werkgeversportaal van UWV.";

function praktijkleren(a: CheckAnswers, f: Reader): Outcome {
  const fits: string[] = [];
  const doubts: string[] = [];
  const fails: string[] = [];
  if (!isStagePlace(a)) {
    fails.push(
      a.offer === "baan"
        ? "Deze subsidie is voor een stageplaats, niet voor een baan."
        : "Deze subsidie is voor een stageplaats van een leerling die nog op school zit.",
    );
  } else {
    if (!a.atSchool) fails.push("De jongere zit niet meer op school. De subsidie is alleen voor leerlingen.");
    else if (!a.lastSchoolYear) fails.push("De leerling zit niet in het laatste schooljaar. De subsidie is alleen voor het laatste schooljaar.");
    else fits.push("De leerling zit in het laatste schooljaar.");

    if (a.schoolType === "pro") fits.push("De leerling zit op het praktijkonderwijs.");
    else if (a.schoolType === "vso")
      doubts.push(
        "Bij het vso geldt de subsidie alleen bij het uitstroomprofiel arbeidsmarktgericht, of bij een leerwerktraject in het profiel vervolgonderwijs. Vraag het de school.",
      );
    else fails.push("De subsidie is alleen voor leerlingen van het praktijkonderwijs of het vso.");

    if (a.erkendLeerbedrijf === "ja") fits.push("Uw bedrijf is een erkend leerbedrijf.");
    else if (a.erkendLeerbedrijf === "nee")
      fails.push("Uw bedrijf moet de hele stage lang een erkend leerbedrijf zijn. U kunt de erkenning aanvragen bij SBB.");
    else doubts.push("Uw bedrijf moet een erkend leerbedrijf zijn. Weet u het niet zeker? Kijk op Stagemarkt.nl of vraag het SBB.");

    const minHours = f.number("praktijkleren.minUren") ?? 0;
    // Compared as shown (whole hours): the weeks in a month are an estimate anyway.
    const stageHours = Math.round(a.hoursPerWeek * weeksIn(a.months));
    if (stageHours < minHours)
      fails.push(`De stage duurt ongeveer ${formatHours(stageHours)}. Dat moet minstens ${f.text("praktijkleren.minUren")} zijn.`);
    else fits.push(`De stage duurt ongeveer ${formatHours(stageHours)}. Dat is genoeg: het moet minstens ${f.text("praktijkleren.minUren")} zijn.`);
  }
  const verdict = verdictOf(fails, doubts);

  let estimate: Estimate | null = null;
  const max = f.number("praktijkleren.maxPerPlaats");
  if (verdict !== "past-niet" && max !== null) {
    const months = Math.min(a.months, MONTHS_PER_YEAR);
    const amount = (max * months) / MONTHS_PER_YEAR;
    const steps =
      a.months >= MONTHS_PER_YEAR
        ? [`De stage duurt een heel schooljaar of langer. U krijgt hoogstens ${f.plain("praktijkleren.maxPerPlaats")} per schooljaar.`]
        : [
            `Hoogstens ${f.plain("praktijkleren.maxPerPlaats")} per schooljaar. De stage duurt ${months} van de 12 maanden.`,
            `${f.plain("praktijkleren.maxPerPlaats")} × ${months}/12 = ${money(amount)}.`,
          ];
    steps.push("Het echte bedrag kan lager zijn. Er is een vast budget, en RVO verdeelt het over alle aanvragen.");
    estimate = {
      perYear: Math.round(amount),
      forPeriod: null,
      capped: a.months > MONTHS_PER_YEAR,
      steps,
      warnings: [f.warning(["praktijkleren.maxPerPlaats"])].filter((w): w is string => w !== null),
    };
  }
  return {
    slug: "subsidie-praktijkleren",
    title: REGELING_TITLES["subsidie-praktijkleren"],
    verdict,
    reasons: reasonsFor(verdict, fits, doubts, fails),
    estimate,
    noEstimate: null,
    apply: {
      where: "Bij RVO, via mijn.rvo.nl. U heeft daarvoor eHerkenning nodig.",
      when: `Achteraf, na het schooljaar. Voor schooljaar ${f.text("praktijkleren.aanvraagSchooljaar")}: van ${f.text(
        "praktijkleren.aanvraagVanaf",
      )} tot en met ${f.text("praktijkleren.aanvraagTot")}.`,
    },
  };
}

function noRiskpolis(a: CheckAnswers, f: Reader): Outcome {
  const fits: string[] = [];
  const doubts: string[] = [];
  const fails: string[] = [];
  if (a.offer !== "baan") fails.push("De no-riskpolis is er voor werknemers. Bij een stage of proefplaatsing is de jongere niet bij u in dienst.");
  if (a.doelgroepregister === "ja") fits.push("De jongere staat in het doelgroepregister.");
  else if (a.doelgroepregister === "weet-niet") doubts.push(REGISTER_UNKNOWN);
  else
    fails.push(
      "De jongere staat niet in het doelgroepregister. Voor sommige andere groepen, zoals mensen met een WIA-uitkering, kan het soms wel. Vraag het UWV of het WSP.",
    );
  fits.push(`Wordt de werknemer ziek? Dan betaalt UWV een Ziektewet-uitkering, meestal ${f.text("norisk.uitkeringPercentage")} van het dagloon.`);
  const verdict = verdictOf(fails, doubts);
  return {
    slug: "no-riskpolis",
    title: REGELING_TITLES["no-riskpolis"],
    verdict,
    reasons: reasonsFor(verdict, fits, doubts, fails),
    estimate: null,
    noEstimate: "Het bedrag hangt af van het loon en van hoe lang de werknemer ziek is.",
    apply: {
      where: "U vraagt het niet vooraf aan. U geeft het door aan UWV als u de werknemer ziek meldt.",
      when: "Bij de ziekmelding.",
    },
  };
}

function loonkostenvoordeel(a: CheckAnswers, f: Reader): Outcome {
  const fits: string[] = [];
  const doubts: string[] = [];
  const fails: string[] = [];
  if (a.offer !== "baan") fails.push("Het LKV is er voor werknemers. Bij een stage of proefplaatsing is de jongere niet bij u in dienst.");
  if (a.doelgroepregister === "ja") fits.push("De jongere staat in het doelgroepregister.");
  else if (a.doelgroepregister === "weet-niet") doubts.push(REGISTER_UNKNOWN);
  else fails.push("Het LKV banenafspraak is alleen voor werknemers die in het doelgroepregister staan.");
  const verdict = verdictOf(fails, doubts);

  let estimate: Estimate | null = null;
  let noEstimate: string | null = null;
  const rate = f.number("lkv.perUur");
  const max = f.number("lkv.maxPerJaar");
  if (verdict !== "past-niet" && rate !== null && max !== null) {
    if (a.hoursPerWeek <= 0) {
      noEstimate = "Zonder vaste uren per week kunnen we het bedrag niet schatten. U krijgt het LKV per uur dat u loon betaalt.";
    } else {
      const raw = rate * a.hoursPerWeek * WEEKS_PER_YEAR;
      const capped = raw > max;
      const steps = [
        `${f.plain("lkv.perUur")} × ${perWeek(a.hoursPerWeek)} × ${WEEKS_PER_YEAR} weken = ${money(raw)} per jaar.`,
        capped
          ? `Dat is meer dan het maximum. U krijgt hoogstens ${f.plain("lkv.maxPerJaar")} per jaar.`
          : `Dat is minder dan het maximum van ${f.plain("lkv.maxPerJaar")} per jaar.`,
      ];
      let forPeriod: Estimate["forPeriod"] = null;
      if (a.months < MONTHS_PER_YEAR) {
        const amount = Math.min(rate * a.hoursPerWeek * weeksIn(a.months), max);
        forPeriod = { months: a.months, amount: Math.round(amount) };
      }
      estimate = {
        perYear: Math.round(Math.min(raw, max)),
        forPeriod,
        capped,
        steps,
        warnings: [
          f.warning(["lkv.perUur", "lkv.maxPerJaar"], `${f.plain("lkv.perUur")}, hoogstens ${f.plain("lkv.maxPerJaar")} per jaar`),
        ].filter((w): w is string => w !== null),
      };
    }
  }
  return {
    slug: "loonkostenvoordeel",
    title: REGELING_TITLES.loonkostenvoordeel,
    verdict,
    reasons: reasonsFor(verdict, fits, doubts, fails),
    estimate,
    noEstimate,
    apply: {
      where: "In uw loonaangifte bij de Belastingdienst. Kijk eerst in het werkgeversportaal van UWV of de werknemer in het doelgroepregister staat.",
      when: "Vanaf de eerste werkdag, in elke loonaangifte. U krijgt het geld het jaar erna.",
    },
  };
}

function loonkostensubsidie(a: CheckAnswers, figures: Figures, year: number, f: Reader): Outcome {
  const fits: string[] = [];
  const doubts: string[] = [];
  const fails: string[] = [];
  if (a.offer !== "baan") fails.push("Loonkostensubsidie is er voor werknemers. Bij een stage of proefplaatsing betaalt u geen loon.");
  if (a.atSchool && !a.lastSchoolYear)
    fails.push("Zolang de jongere op school zit, kan het meestal niet. Het kan wel als de jongere van school komt.");
  else if (a.atSchool) fits.push("De jongere gaat na dit schooljaar van school. Loonkostensubsidie kan als de baan na school begint.");
  if (a.loonwaarde === null)
    doubts.push("De gemeente meet de loonwaarde op de werkplek. Is die lager dan 100%, dan kan het. Vul een geschatte loonwaarde in voor een schatting.");
  else if (a.loonwaarde >= 100)
    fails.push("Met een loonwaarde van 100% of meer kan de jongere het minimumloon zelf verdienen. Dan is er geen loonkostensubsidie.");
  else fits.push(`De geschatte loonwaarde is ${formatPercent(a.loonwaarde)}. Dat is minder dan 100%.`);
  const verdict = verdictOf(fails, doubts);
  if (verdict !== "past-niet") fits.push("De gemeente beslist. Zij laat een deskundige de loonwaarde meten.");

  let estimate: Estimate | null = null;
  let noEstimate: string | null = null;
  const cap = f.number("lks.maxPercentageWml");
  const employerCosts = f.number("lks.werkgeverslasten");
  if (verdict !== "past-niet" && a.loonwaarde !== null && cap !== null && employerCosts !== null) {
    const wml = figures.figures["wml.perUur"];
    const warnings: string[] = [];
    let base: number | null = null;
    if (typeof wml.value === "number") {
      base = wml.value;
      const older = f.warning(["wml.perUur"]);
      if (older) warnings.push(older);
    } else if (a.hourlyWage !== null && a.hourlyWage > 0) {
      base = a.hourlyWage;
      warnings.push(
        `Het minimumloon per uur voor ${year} hebben we nog niet. Daarom rekenen we met uw brutoloon per uur. Betaalt u meer dan het minimumloon? Dan is de subsidie in werkelijkheid lager.`,
      );
    }
    if (base === null) {
      noEstimate = "Vul het brutoloon per uur in. Dan schatten we het bedrag.";
    } else if (a.hoursPerWeek <= 0) {
      noEstimate = "Zonder vaste uren per week kunnen we het bedrag niet schatten.";
    } else {
      const gap = 100 - a.loonwaarde;
      const share = Math.min(gap, cap);
      const perHour = (base * share) / 100;
      const subsidy = perHour * a.hoursPerWeek * WEEKS_PER_YEAR;
      const extra = (subsidy * employerCosts) / 100;
      const total = subsidy + extra;
      const baseName = typeof wml.value === "number" ? "het minimumloon" : "uw brutoloon";
      const steps = [`Loonwaarde ${formatPercent(a.loonwaarde)}: het verschil met het minimumloon is ${formatPercent(gap)}.`];
      if (gap > cap) steps.push(`Dat is meer dan het maximum. U krijgt hoogstens ${f.plain("lks.maxPercentageWml")} van het minimumloon.`);
      steps.push(
        `${formatPercent(share)} van ${baseName} (${money(base)} per uur) = ${money(perHour)} per uur.`,
        `${money(perHour)} × ${perWeek(a.hoursPerWeek)} × ${WEEKS_PER_YEAR} weken = ${money(subsidy)} per jaar.`,
        `Plus ${f.plain("lks.werkgeverslasten")} voor werkgeverslasten: ${money(extra)}.`,
        `Samen: ${money(total)} per jaar.`,
      );
      estimate = {
        perYear: Math.round(total),
        forPeriod: a.months < MONTHS_PER_YEAR ? { months: a.months, amount: Math.round((total * a.months) / MONTHS_PER_YEAR) } : null,
        capped: gap > cap,
        steps,
        warnings,
      };
    }
  }
  const schoolLeaver = a.schoolType !== "anders";
  return {
    slug: "loonkostensubsidie",
    title: REGELING_TITLES.loonkostensubsidie,
    verdict,
    reasons: reasonsFor(verdict, fits, doubts, fails),
    estimate,
    noEstimate,
    apply: {
      where: "Bij de gemeente waar de werknemer woont. Het WSP in uw regio kan u helpen.",
      when: schoolLeaver
        ? `Het liefst voordat de werknemer begint. Voor schoolverlaters van het vso of het praktijkonderwijs geven sommige gemeenten u ${f.text(
            "lks.schoolverlatersAanvragenBinnen",
          )} de tijd.`
        : "Voordat de werknemer begint. De termijnen verschillen per gemeente.",
    },
  };
}

function jobcoach(a: CheckAnswers, f: Reader): Outcome {
  const fits: string[] = [];
  const doubts: string[] = [];
  const fails: string[] = [];
  if (isStagePlace(a)) {
    fails.push("Tijdens een stage of een proefplaatsing via school begeleidt de school de leerling.");
  } else if (a.offer === "proefplaatsing") {
    doubts.push("Sommige gemeenten betalen ook een jobcoach tijdens een proefplaatsing. Vraag het de gemeente of het WSP.");
  } else {
    const minMonths = f.number("jobcoach.minContract") ?? 0;
    const minHours = f.number("jobcoach.minUrenPerWeek") ?? 0;
    if (a.months < minMonths)
      fails.push(`Het contract moet minstens ${f.text("jobcoach.minContract")} duren. Dit contract duurt ${a.months === 1 ? "1 maand" : `${a.months} maanden`}.`);
    else fits.push(`Het contract duurt minstens ${f.text("jobcoach.minContract")}.`);
    if (a.hoursPerWeek < minHours)
      fails.push(`De werknemer moet minstens ${f.text("jobcoach.minUrenPerWeek")} werken. U vulde ${perWeek(a.hoursPerWeek)} in.`);
    else fits.push(`De werknemer werkt minstens ${f.text("jobcoach.minUrenPerWeek")}.`);
    if (a.doelgroepregister === "ja") fits.push("De jongere staat in het doelgroepregister.");
    else if (a.doelgroepregister === "weet-niet")
      doubts.push("Een jobcoach is er voor werknemers met een beperking, bijvoorbeeld uit het doelgroepregister. Vraag de jongere of het in Mijn UWV staat.");
    else
      doubts.push(
        "Een jobcoach is er voor werknemers met een beperking. De jongere staat niet in het doelgroepregister. Vraag UWV of de gemeente of het toch kan.",
      );
    fits.push(`Bij UWV moet het loon minstens ${f.text("jobcoach.minLoonPercentageWml")} van het minimumloon zijn.`);
  }
  const verdict = verdictOf(fails, doubts);
  return {
    slug: "jobcoach",
    title: REGELING_TITLES.jobcoach,
    verdict,
    reasons: reasonsFor(verdict, fits, doubts, fails),
    estimate: null,
    noEstimate: "UWV of de gemeente bepaalt het bedrag. Het hangt af van hoeveel begeleiding nodig is.",
    apply: {
      where:
        "Bij UWV als de jongere een Wajong-uitkering heeft. Bij de gemeente als de jongere onder de Participatiewet valt. Het WSP weet welke u nodig heeft.",
      when: `Als u de jongere in dienst neemt. Een jobcoach helpt meestal hoogstens ${f.text("jobcoach.maxDuur")}.`,
    },
  };
}

function werkplekaanpassing(a: CheckAnswers, f: Reader): Outcome {
  const doubts: string[] = [];
  const fails: string[] = [];
  if (a.offer !== "baan") fails.push("Een vergoeding voor een aanpassing van de werkplek is er voor werknemers.");
  else if (a.months < (f.number("werkplek.minDienstverband") ?? 0))
    fails.push(`Het werk moet nog minstens ${f.text("werkplek.minDienstverband")} duren.`);
  else doubts.push("Alleen als de jongere door een beperking een aanpassing nodig heeft, bijvoorbeeld een traplift.");
  const verdict = verdictOf(fails, doubts);
  return {
    slug: "werkplekaanpassing",
    title: REGELING_TITLES.werkplekaanpassing,
    verdict,
    reasons: reasonsFor(verdict, [], doubts, fails),
    estimate: null,
    noEstimate: "U krijgt de kosten van de aanpassing vergoed. Die kennen we niet.",
    apply: {
      where: "Bij UWV. Valt de werknemer onder de Participatiewet? Dan bij de gemeente.",
      when: "Voordat u iets koopt of laat maken.",
    },
  };
}

function proefplaatsing(a: CheckAnswers, f: Reader): Outcome {
  const doubts: string[] = [];
  const fails: string[] = [];
  if (a.offer === "stage") {
    fails.push("U biedt een stage aan. Een proefplaatsing via UWV of de gemeente is voor mensen met een uitkering.");
  } else if (a.atSchool) {
    fails.push(
      "Een leerling heeft geen uitkering, dus een proefplaatsing via UWV of de gemeente kan niet. Via school kan wel een proefplaatsing. Die regelt u met de school.",
    );
  } else if (a.months < (f.number("proefplaatsing.minContract") ?? 0)) {
    fails.push(`Na de proefplaatsing moet u de jongere een contract willen geven van minstens ${f.text("proefplaatsing.minContract")}.`);
  } else {
    doubts.push(
      a.offer === "baan"
        ? `Heeft de jongere een uitkering, zoals Wajong, WW of bijstand? Dan kan de jongere eerst ${f.text("proefplaatsing.duur")} op proef bij u werken, met behoud van de uitkering.`
        : "Alleen als de jongere een uitkering heeft, zoals Wajong, WW of bijstand.",
    );
  }
  const verdict = verdictOf(fails, doubts);
  return {
    slug: "proefplaatsing",
    title: REGELING_TITLES.proefplaatsing,
    verdict,
    reasons: reasonsFor(verdict, [], doubts, fails),
    estimate: null,
    noEstimate: "U betaalt tijdens de proefplaatsing geen loon. Er is geen bedrag om te schatten.",
    apply: {
      where: "De jongere vraagt het aan bij UWV of bij de gemeente. U tekent dat u van plan bent de jongere daarna in dienst te nemen.",
      when: `Voordat de proefplaatsing begint. UWV beslist meestal binnen ${f.text("proefplaatsing.besluitBinnen")}.`,
    },
  };
}

export function checkRegelingen(answers: CheckAnswers, figures: Figures, year: number): CheckResult {
  const f = reader(figures, year);
  const outcomes = [
    praktijkleren(answers, f),
    noRiskpolis(answers, f),
    loonkostenvoordeel(answers, f),
    loonkostensubsidie(answers, figures, year, f),
    jobcoach(answers, f),
    werkplekaanpassing(answers, f),
    proefplaatsing(answers, f),
  ];
  const readAlso: RegelingSlug[] = [];
  if (isStagePlace(answers) || answers.offer === "stage") readAlso.push("regels-voor-een-stage", "erkend-leerbedrijf-en-praktijkverklaring");
  if (answers.offer === "baan" || answers.doelgroepregister !== "nee") readAlso.push("doelgroepregister-en-banenafspraak");
  return { year, outcomes, readAlso };
}

const VERDICT_WORDS: Record<Verdict, string> = {
  past: "Past waarschijnlijk",
  misschien: "Past misschien",
  "past-niet": "Past niet",
};
export const verdictLabel = (verdict: Verdict) => VERDICT_WORDS[verdict];
