/**
 * The regelingencheck's answers and result in a few lines, for a question to the WSP: whoever
 * answers sees what the employer filled in without asking again.
 */
import { type CheckAnswers, type CheckResult, OFFERS, YOUTH_SCHOOL_ANSWERS, verdictLabel, YES_NO_UNKNOWN } from "./check";
import { formatHours, formatPercent } from "./format";

const labelOf = (options: ReadonlyArray<{ value: string; label: string }>, value: string) =>
  (options.find((o) => o.value === value)?.label ?? value).toLowerCase();

export function summarizeForQuestion(answers: CheckAnswers, result: CheckResult): string {
  const school = answers.atSchool
    ? `De jongere zit nog op school, ${answers.lastSchoolYear ? "in" : "niet in"} het laatste schooljaar.`
    : "De jongere zit niet meer op school.";
  const lines = [
    "Ik heb de regelingencheck op Opstap ingevuld.",
    `Ik bied aan: ${labelOf(OFFERS, answers.offer)}.`,
    school,
    `School: ${labelOf(YOUTH_SCHOOL_ANSWERS, answers.schoolType)}.`,
    `Leeftijd: ${answers.age} jaar.`,
    `Erkend leerbedrijf: ${labelOf(YES_NO_UNKNOWN, answers.erkendLeerbedrijf)}.`,
    `In het doelgroepregister: ${labelOf(YES_NO_UNKNOWN, answers.doelgroepregister)}.`,
    `Duur: ${answers.months === 1 ? "1 maand" : `${answers.months} maanden`}, ${formatHours(answers.hoursPerWeek)} per week.`,
  ];
  if (answers.weeks !== null) lines.push(`Weken met begeleiding: ${answers.weeks}.`);
  if (answers.loonwaarde !== null) lines.push(`Geschatte loonwaarde: ${formatPercent(answers.loonwaarde)}.`);
  for (const verdict of ["past", "misschien"] as const) {
    const titles = result.outcomes.filter((o) => o.verdict === verdict).map((o) => o.title);
    if (titles.length > 0) lines.push(`${verdictLabel(verdict)}: ${titles.join(", ")}.`);
  }
  const later = result.later.filter((o) => o.verdict !== "past-niet").map((o) => o.title);
  if (later.length > 0) lines.push(`Als ik de leerling later in dienst neem: ${later.join(", ")}.`);
  lines.push("Mijn vraag:");
  // Plain spaces: this text ends up in a text field, where a no-break space only surprises.
  return lines.join("\n").replace(/\u00a0/g, " ");
}

/** The "vraag stellen" form, with the topic chosen and the summary filled in. */
export function questionHref(summary: string): string {
  return `/vraag?onderwerp=subsidies&toelichting=${encodeURIComponent(summary)}`;
}
