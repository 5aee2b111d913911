/** The regelingencheck's result: what fits, what may fit and what does not, each with why. */
import { Link } from "@remix-run/react";
import type { Ref } from "react";
import { type Outcome, type Verdict, verdictLabel } from "~/domain/regelingen/check";
import type { RegelingSlug } from "~/domain/regelingen/slugs";

export interface CheckView {
  year: number;
  /** Amounts are written out on the server, so server and browser show the same text. */
  outcomes: Array<Outcome & { amount: string | null; periodAmount: string | null }>;
  readAlso: Array<{ slug: RegelingSlug; title: string }>;
  /** A pupil still at school: a proefplaatsing via school is the way in. */
  schoolPlacement: boolean;
  questionHref: string;
}

const VERDICTS: Verdict[] = ["past", "misschien", "past-niet"];

export function CheckResultView({ check, headingRef }: { check: CheckView; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <section id="uitkomst" aria-labelledby="uitkomst-titel" className="check-result">
      <h2 id="uitkomst-titel" tabIndex={-1} ref={headingRef}>
        Uitkomst
      </h2>
      <div className="estimate-notice">
        <p>
          <strong>Dit is een schatting.</strong> We gaan uit van uw antwoorden en de regels van {check.year}. U kunt er
          geen rechten aan ontlenen. De organisatie die de regeling uitvoert, beslist.
        </p>
      </div>

      {VERDICTS.map((verdict) => {
        const outcomes = check.outcomes.filter((o) => o.verdict === verdict);
        if (outcomes.length === 0) return null;
        return (
          <section key={verdict} aria-labelledby={`uitkomst-${verdict}`} className={`verdict-group verdict-group--${verdict}`}>
            <h3 id={`uitkomst-${verdict}`}>
              {verdictLabel(verdict)} ({outcomes.length})
            </h3>
            <ul className="outcomes">
              {outcomes.map((o) => (
                <li key={o.slug} className={`outcome outcome--${o.verdict}`}>
                  <h4>
                    <Link to={`/regelingen/${o.slug}`}>{o.title}</Link>
                  </h4>
                  <ul className="reasons">
                    {o.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                  {o.estimate && o.amount ? (
                    <div className="estimate">
                      <p className="estimate__amount">
                        <span className="estimate__label">Schatting</span> ongeveer <strong>{o.amount}</strong> per jaar
                      </p>
                      {o.estimate.forPeriod && o.periodAmount ? (
                        <p>
                          Voor {o.estimate.forPeriod.months === 1 ? "1 maand" : `${o.estimate.forPeriod.months} maanden`}: ongeveer{" "}
                          {o.periodAmount}.
                        </p>
                      ) : null}
                      {o.estimate.warnings.map((warning) => (
                        <p key={warning} className="estimate__warning">
                          {warning}
                        </p>
                      ))}
                      <details>
                        <summary>Zo rekenden we</summary>
                        <ol>
                          {o.estimate.steps.map((step) => (
                            <li key={step}>{step}</li>
                          ))}
                        </ol>
                      </details>
                    </div>
                  ) : o.verdict !== "past-niet" && o.noEstimate ? (
                    <p className="no-estimate">{o.noEstimate}</p>
                  ) : null}
                  {o.verdict !== "past-niet" ? (
                    <dl className="apply">
                      <dt>Waar vraagt u het aan?</dt>
                      <dd>{o.apply.where}</dd>
                      <dt>Wanneer?</dt>
                      <dd>{o.apply.when}</dd>
                    </dl>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      {check.schoolPlacement ? (
        <p>
          Wilt u een leerling eerst laten kennismaken, via school? <Link to="/proefplaatsing">Meld een proefplaatsing aan</Link>.
        </p>
      ) : null}

      {check.readAlso.length > 0 ? (
        <section aria-labelledby="lees-ook">
          <h3 id="lees-ook">Lees ook</h3>
          <ul>
            {check.readAlso.map((page) => (
              <li key={page.slug}>
                <Link to={`/regelingen/${page.slug}`}>{page.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="card ask-wsp">
        <h3>Vraag het aan het WSP</h3>
        <p>
          Wilt u zeker weten wat er voor u kan? Stel uw vraag aan het werkgeversservicepunt (WSP) in uw regio. Uw
          antwoorden staan er dan al in.
        </p>
        <p>
          <a href={check.questionHref} className="button button--primary">
            Stel een vraag aan het WSP
          </a>
        </p>
      </div>
    </section>
  );
}
