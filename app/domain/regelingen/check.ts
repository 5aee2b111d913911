/**
 * The regelingencheck: from an employer's answers, which regelingen fit, which do not and why,
 * and where the rules give one, an estimate. Pure: the figures and the day are passed in, and
 * every reason is a Dutch sentence an employer understands.
 *
 * A stage place leads with what applies to a stage and the subsidie praktijkleren; the
 * arrangements for a job follow as "later", worked out as if the pupil had left school and
 * were hired on the same hours. A job or a proefplaatsing via UWV lists all seven regelingen.
 */
import { type CheckAnswers, figureReader, isStagePlace, type Outcome, type Verdict } from "./check-shared";
import { jobcoach, loonkostensubsidie, loonkostenvoordeel, noRiskpolis, proefplaatsing, werkplekaanpassing } from "./check-job";
import { praktijkleren, type StageAdvice, stageAdvice } from "./check-stage";
import type { IsoDate } from "./figure";
import type { FigureId, Figures } from "./figures";
import type { RegelingSlug } from "./slugs";

export * from "./check-shared";
export type { StageAdvice } from "./check-stage";

export interface CheckResult {
  /** The day whose figures the result uses. */
  date: IsoDate;
  /** For a stage place: what applies to it. Null for a job or a proefplaatsing via UWV. */
  stage: StageAdvice | null;
  outcomes: Outcome[];
  /** For a stage place: the arrangements if the employer hires the pupil after school. */
  later: Outcome[];
  /** Explainers that are not a regeling in the list but matter for these answers. */
  readAlso: RegelingSlug[];
  /** Every figure the result used, for the stale-figure test. */
  usedFigures: FigureId[];
}

export function checkRegelingen(answers: CheckAnswers, figures: Figures, date: IsoDate): CheckResult {
  const f = figureReader(figures, date);
  const jobOutcomes = (a: CheckAnswers) => [
    noRiskpolis(a, f),
    loonkostenvoordeel(a, f),
    loonkostensubsidie(a, f),
    jobcoach(a, f),
    werkplekaanpassing(a, f),
    proefplaatsing(a, f),
  ];
  const readAlso: RegelingSlug[] = [];
  let result: Pick<CheckResult, "stage" | "outcomes" | "later">;
  if (isStagePlace(answers)) {
    const asEmployee: CheckAnswers = { ...answers, offer: "baan", atSchool: false, lastSchoolYear: false };
    result = { stage: stageAdvice(answers, f), outcomes: [praktijkleren(answers, f)], later: jobOutcomes(asEmployee) };
    readAlso.push("regels-voor-een-stage", "erkend-leerbedrijf-en-praktijkverklaring");
  } else {
    result = { stage: null, outcomes: [praktijkleren(answers, f), ...jobOutcomes(answers)], later: [] };
  }
  if (answers.offer === "baan" || answers.doelgroepregister !== "nee") readAlso.push("doelgroepregister-en-banenafspraak");
  return { date, ...result, readAlso, usedFigures: [...f.used] };
}

const VERDICT_WORDS: Record<Verdict, string> = {
  past: "Past waarschijnlijk",
  misschien: "Past misschien",
  "past-niet": "Past niet",
};
export const verdictLabel = (verdict: Verdict) => VERDICT_WORDS[verdict];
