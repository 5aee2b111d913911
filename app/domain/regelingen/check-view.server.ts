/**
 * The regelingencheck's result as the page shows it, written out on the server. Server-only
 * (`.server.ts`) because it reads the figures: imported from the route, a plain module would put
 * every figure and source into the form's JavaScript, since the browser build keeps a module a
 * loader imports even when only the loader used it.
 */
import { type CheckAnswers, checkRegelingen, type Outcome, type StageAdvice } from "./check";
import type { IsoDate } from "./figure";
import { FIGURES } from "./figures";
import { formatDate, formatEuro } from "./format";
import { questionHref, summarizeForQuestion } from "./question-link";
import { REGELING_TITLES, type RegelingSlug } from "./slugs";

export type OutcomeView = Outcome & { amount: string | null; periodAmount: string | null };

export interface CheckView {
  /** The day whose figures the result uses, written out. */
  date: string;
  stage: StageAdvice | null;
  /** Amounts are written out on the server, so server and browser show the same text. */
  outcomes: OutcomeView[];
  later: OutcomeView[];
  readAlso: Array<{ slug: RegelingSlug; title: string }>;
  /** A pupil still at school: a proefplaatsing via school is the way in. */
  schoolPlacement: boolean;
  questionHref: string;
}

export function checkView(answers: CheckAnswers, today: IsoDate): CheckView {
  const outcome = checkRegelingen(answers, FIGURES, today);
  const withAmounts = (outcomes: Outcome[]) =>
    outcomes.map((o) => ({
      ...o,
      amount: o.estimate ? formatEuro(o.estimate.perYear) : null,
      periodAmount: o.estimate?.forPeriod ? formatEuro(o.estimate.forPeriod.amount) : null,
    }));
  return {
    date: formatDate(outcome.date),
    stage: outcome.stage,
    outcomes: withAmounts(outcome.outcomes),
    later: withAmounts(outcome.later),
    readAlso: outcome.readAlso.map((slug) => ({ slug, title: REGELING_TITLES[slug] })),
    schoolPlacement: answers.atSchool && answers.offer !== "baan",
    questionHref: questionHref(summarizeForQuestion(answers, outcome)),
  };
}
