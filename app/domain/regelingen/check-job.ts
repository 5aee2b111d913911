/**
 * The regelingen for a young person in a job (or a proefplaatsing via UWV or the gemeente):
 * no-riskpolis, LKV, loonkostensubsidie, jobcoach, werkplekaanpassing and proefplaatsing.
 *
 * The estimates follow the rules as the research states them, nothing more:
 * - LKV: rate × paid hours, up to the yearly maximum; it does not matter when the employee was hired.
 * - Loonkostensubsidie: the gap between loonwaarde and the minimum wage for the employee's age
 *   (at most the cap), plus the fixed percentage for employer costs.
 */
import {
  type CheckAnswers,
  type Estimate,
  type FigureReader,
  isProOrVso,
  isStagePlace,
  MONTHS_PER_YEAR,
  type Outcome,
  reasonsFor,
  verdictOf,
  WEEKS_PER_YEAR,
  weeksIn,
} from "./check-shared";
import type { FigureId } from "./figures";
import { formatEuro, formatHours, formatPercent } from "./format";
import { REGELING_TITLES } from "./slugs";

const perWeek = (hours: number) => `${formatHours(hours)} per week`;
const money = (amount: number) => formatEuro(amount, { cents: true });
const monthsText = (months: number) => (months === 1 ? "1 maand" : `${months} maanden`);

const REGISTER_UNKNOWN =
  "Dit hangt ervan af of de jongere in het doelgroepregister staat. De jongere kan dat zien in Mijn UWV. U kunt het nakijken in het werkgeversportaal van UWV.";

/** The minimum wage per hour for an age; below the youngest age in the law there is none. */
const YOUTH_MINIMUM_WAGE: Partial<Record<number, FigureId>> = {
  15: "wml.perUur15",
  16: "wml.perUur16",
  17: "wml.perUur17",
  18: "wml.perUur18",
  19: "wml.perUur19",
  20: "wml.perUur20",
};
export function minimumWageFor(age: number, f: FigureReader): FigureId | null {
  if (age >= f.number("wml.volwassenVanaf")) return "wml.perUur";
  return YOUTH_MINIMUM_WAGE[age] ?? null;
}

export function noRiskpolis(a: CheckAnswers, f: FigureReader): Outcome {
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

export function loonkostenvoordeel(a: CheckAnswers, f: FigureReader): Outcome {
  const fits: string[] = [];
  const doubts: string[] = [];
  const fails: string[] = [];
  if (a.offer !== "baan") fails.push("Het LKV is er voor werknemers. Bij een stage of proefplaatsing is de jongere niet bij u in dienst.");
  if (a.doelgroepregister === "ja") fits.push("De jongere staat in het doelgroepregister.");
  else if (a.doelgroepregister === "weet-niet") doubts.push(REGISTER_UNKNOWN);
  else fails.push("Het LKV banenafspraak is alleen voor werknemers die in het doelgroepregister staan.");
  fits.push(
    `Sinds ${f.text("lkv.zonderVerklaringVanaf")} maakt het niet uit wanneer de werknemer bij u in dienst kwam. U hoeft geen doelgroepverklaring aan te vragen.`,
  );
  const verdict = verdictOf(fails, doubts);

  let estimate: Estimate | null = null;
  let noEstimate: string | null = null;
  if (verdict !== "past-niet") {
    if (a.hoursPerWeek <= 0) {
      noEstimate = "Zonder vaste uren per week kunnen we het bedrag niet schatten. U krijgt het LKV per uur dat u loon betaalt.";
    } else {
      const rate = f.number("lkv.perUur");
      const max = f.number("lkv.maxPerJaar");
      const raw = rate * a.hoursPerWeek * WEEKS_PER_YEAR;
      const capped = raw > max;
      const steps = [
        `${f.plain("lkv.perUur")} × ${perWeek(a.hoursPerWeek)} × ${WEEKS_PER_YEAR} weken = ${money(raw)} per jaar.`,
        capped
          ? `Dat is meer dan het maximum. U krijgt hoogstens ${f.plain("lkv.maxPerJaar")} per jaar.`
          : `Dat is minder dan het maximum van ${f.plain("lkv.maxPerJaar")} per jaar.`,
      ];
      const forPeriod =
        a.months < MONTHS_PER_YEAR ? { months: a.months, amount: Math.round(Math.min(rate * a.hoursPerWeek * weeksIn(a.months), max)) } : null;
      const warnings = [f.warning("lkv.perUur", "het bedrag per uur")].filter((w): w is string => w !== null);
      estimate = { perYear: Math.round(Math.min(raw, max)), forPeriod, capped, steps, warnings };
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
      when: "In elke loonaangifte, zolang de werknemer bij u werkt. U krijgt het geld het jaar erna.",
    },
  };
}

export function loonkostensubsidie(a: CheckAnswers, f: FigureReader): Outcome {
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

  const wageId = minimumWageFor(a.age, f);
  if (verdict !== "past-niet") {
    fits.push("De gemeente beslist. Zij laat een deskundige de loonwaarde meten.");
    if (wageId && wageId !== "wml.perUur") {
      fits.push(
        `Het minimumloon hangt af van de leeftijd. Voor een jongere van ${a.age} jaar is het ${f.text(wageId)}. De subsidie is daarom lager dan voor een volwassene.`,
      );
    }
    fits.push("Heeft de jongere een Wajong-uitkering? Dan is er geen loonkostensubsidie, maar loondispensatie via UWV.");
  }

  let estimate: Estimate | null = null;
  let noEstimate: string | null = null;
  if (verdict !== "past-niet" && a.loonwaarde !== null) {
    if (wageId === null) {
      noEstimate = `Voor een jongere van ${a.age} jaar is er geen minimumloon. Daarom kunnen we niets schatten.`;
    } else if (a.hoursPerWeek <= 0) {
      noEstimate = "Zonder vaste uren per week kunnen we het bedrag niet schatten.";
    } else {
      estimate = estimateLoonkostensubsidie(a.age, a.loonwaarde, a.hoursPerWeek, a.months, wageId, f);
    }
  }
  return {
    slug: "loonkostensubsidie",
    title: REGELING_TITLES.loonkostensubsidie,
    verdict,
    reasons: reasonsFor(verdict, fits, doubts, fails),
    estimate,
    noEstimate,
    apply: {
      where: "Bij de gemeente waar de werknemer woont. Het WSP in uw regio kan u helpen.",
      when: isProOrVso(a)
        ? `Het liefst voordat de werknemer begint. Komt de werknemer van het praktijkonderwijs of het vso? Dan kunt u het aanvragen tot ${f.text(
            "lks.schoolverlatersAanvragenBinnen",
          )} na de eerste werkdag. Dat is sinds ${f.text("lks.schoolverlatersSinds")} in heel Nederland zo.`
        : "Voordat de werknemer begint. De termijnen verschillen per gemeente.",
    },
  };
}

function estimateLoonkostensubsidie(age: number, loonwaarde: number, hours: number, months: number, wageId: FigureId, f: FigureReader): Estimate {
  const cap = f.number("lks.maxPercentageWml");
  const employerCosts = f.number("lks.werkgeverslasten");
  const wage = f.number(wageId);
  const gap = 100 - loonwaarde;
  const share = Math.min(gap, cap);
  const perHour = (wage * share) / 100;
  const subsidy = perHour * hours * WEEKS_PER_YEAR;
  const extra = (subsidy * employerCosts) / 100;
  const total = subsidy + extra;
  const steps = [
    `Het minimumloon voor een werknemer van ${age} jaar is ${f.plain(wageId)}.`,
    `Loonwaarde ${formatPercent(loonwaarde)}: het verschil met het minimumloon is ${formatPercent(gap)}.`,
  ];
  if (gap > cap) steps.push(`Dat is meer dan het maximum. U krijgt hoogstens ${f.plain("lks.maxPercentageWml")} van het minimumloon.`);
  steps.push(
    `${formatPercent(share)} van ${money(wage)} = ${money(perHour)} per uur.`,
    `${money(perHour)} × ${perWeek(hours)} × ${WEEKS_PER_YEAR} weken = ${money(subsidy)} per jaar.`,
    `Plus ${f.plain("lks.werkgeverslasten")} voor werkgeverslasten: ${money(extra)}.`,
    `Samen: ${money(total)} per jaar.`,
  );
  return {
    perYear: Math.round(total),
    forPeriod: months < MONTHS_PER_YEAR ? { months, amount: Math.round((total * months) / MONTHS_PER_YEAR) } : null,
    capped: gap > cap,
    steps,
    warnings: [f.warning(wageId, "het minimumloon")].filter((w): w is string => w !== null),
  };
}

/**
 * UWV's thresholds decide only UWV's own jobcoach. Most pupils from pro and vso get one through
 * the gemeente under local rules (research D), so a job never gets a hard "past niet" here.
 */
export function jobcoach(a: CheckAnswers, f: FigureReader): Outcome {
  const fits: string[] = [];
  const doubts: string[] = [];
  const fails: string[] = [];
  if (isStagePlace(a)) {
    fails.push("Tijdens een stage of een proefplaatsing via school begeleidt de school de leerling.");
  } else if (a.offer === "proefplaatsing") {
    doubts.push("Sommige gemeenten betalen ook een jobcoach tijdens een proefplaatsing. Vraag het de gemeente of het WSP.");
  } else {
    const meetsUwv = a.months >= f.number("jobcoach.minContract") && a.hoursPerWeek >= f.number("jobcoach.minUrenPerWeek");
    if (isProOrVso(a)) {
      fits.push("Oud-leerlingen van pro en vso krijgen een jobcoach meestal via de gemeente. Elke gemeente heeft daar eigen regels voor.");
    } else {
      doubts.push("Of het kan, hangt af van de regels van UWV of de gemeente. Vraag het WSP wat voor deze jongere geldt.");
    }
    if (meetsUwv) {
      fits.push(
        `Het past ook bij de regels van UWV: een contract van minstens ${f.text("jobcoach.minContract")} en minstens ${f.text("jobcoach.minUrenPerWeek")}.`,
      );
    } else {
      const short = a.months < f.number("jobcoach.minContract") ? `het contract duurt ${monthsText(a.months)}` : `de jongere werkt ${perWeek(a.hoursPerWeek)}`;
      (isProOrVso(a) ? fits : doubts).push(
        `UWV vraagt een contract van minstens ${f.text("jobcoach.minContract")} en minstens ${f.text("jobcoach.minUrenPerWeek")}; ${short}. ` +
          `Bij uitzondering kan het bij UWV vanaf ${f.text("jobcoach.uitzonderingMinUren")}. Via de gemeente kan het waarschijnlijk wel.`,
      );
    }
    if (a.doelgroepregister === "weet-niet")
      doubts.push("Een jobcoach is er voor werknemers met een beperking, bijvoorbeeld uit het doelgroepregister. Vraag de jongere of het in Mijn UWV staat.");
    else if (a.doelgroepregister === "nee")
      doubts.push("Een jobcoach is er voor werknemers met een beperking. De jongere staat niet in het doelgroepregister. Vraag de gemeente of het toch kan.");
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
        "Meestal bij de gemeente waar de jongere woont. Bij UWV als de jongere een Wajong-uitkering heeft. Het WSP weet welke u nodig heeft.",
      when: `Als u de jongere in dienst neemt. Een jobcoach helpt meestal hoogstens ${f.text("jobcoach.maxDuur")}.`,
    },
  };
}

export function werkplekaanpassing(a: CheckAnswers, f: FigureReader): Outcome {
  const doubts: string[] = [];
  const fails: string[] = [];
  if (a.offer !== "baan") fails.push("Een vergoeding voor een aanpassing van de werkplek is er voor werknemers.");
  else if (a.months < f.number("werkplek.minDienstverband")) fails.push(`Het werk moet nog minstens ${f.text("werkplek.minDienstverband")} duren.`);
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

export function proefplaatsing(a: CheckAnswers, f: FigureReader): Outcome {
  const doubts: string[] = [];
  const fails: string[] = [];
  if (a.offer === "stage") {
    fails.push("U biedt een stage aan. Een proefplaatsing via UWV of de gemeente is voor mensen met een uitkering.");
  } else if (a.atSchool) {
    fails.push(
      "Een leerling heeft geen uitkering, dus een proefplaatsing via UWV of de gemeente kan niet. Via school kan wel een proefplaatsing. Die regelt u met de school.",
    );
  } else if (a.months < f.number("proefplaatsing.minContract")) {
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
