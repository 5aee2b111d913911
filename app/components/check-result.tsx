/**
 * The regelingencheck's result. For a stage it leads with what applies (the school supervises
 * and insures, the rules for the pupil's age, the subsidie praktijkleren) and folds the
 * arrangements for a job into "Als u de leerling later in dienst neemt" (a <details>, so it
 * opens without JavaScript). For a job: what fits, what may fit and what does not, each with why.
 */
import { Link } from "@remix-run/react";
import type { Ref } from "react";
import { type StageAdvice, type Verdict, verdictLabel } from "~/domain/regelingen/check";
import type { CheckView, OutcomeView } from "~/domain/regelingen/check-view.server";
import { regelingPath } from "~/domain/regelingen/slugs";

const VERDICTS: Verdict[] = ["past", "misschien", "past-niet"];

function OutcomeCard({ outcome: o, headingLevel, showVerdict = false }: { outcome: OutcomeView; headingLevel: "h4" | "h5"; showVerdict?: boolean }) {
  const Heading = headingLevel;
  return (
    <li className={`outcome outcome--${o.verdict}`}>
      <Heading>
        <Link to={regelingPath(o.slug)}>{o.title}</Link>
        {showVerdict ? <span className="outcome__verdict"> — {verdictLabel(o.verdict)}</span> : null}
      </Heading>
      <ul className="reasons">
        {o.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {o.estimate && o.amount ? (
        <div className="estimate">
          <p className="estimate__amount">
            <span className="estimate__label">Schatting</span> ongeveer <strong>{o.amount}</strong>{" "}
            {o.slug === "subsidie-praktijkleren" ? "per schooljaar" : "per jaar"}
          </p>
          {o.estimate.forPeriod && o.periodAmount ? (
            <p>
              Voor {o.estimate.forPeriod.months === 1 ? "1 maand" : `${o.estimate.forPeriod.months} maanden`}: ongeveer {o.periodAmount}.
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
  );
}

/** Outcomes grouped by verdict, each group under its own heading. */
function VerdictGroups({ outcomes, idPrefix, headingLevel }: { outcomes: OutcomeView[]; idPrefix: string; headingLevel: "h3" | "h4" }) {
  const Heading = headingLevel;
  return (
    <>
      {VERDICTS.map((verdict) => {
        const group = outcomes.filter((o) => o.verdict === verdict);
        if (group.length === 0) return null;
        return (
          <section key={verdict} aria-labelledby={`${idPrefix}-${verdict}`} className={`verdict-group verdict-group--${verdict}`}>
            <Heading id={`${idPrefix}-${verdict}`}>
              {verdictLabel(verdict)} ({group.length})
            </Heading>
            <ul className="outcomes">
              {group.map((o) => (
                <OutcomeCard key={o.slug} outcome={o} headingLevel={headingLevel === "h3" ? "h4" : "h5"} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function StageResult({ stage, check }: { stage: StageAdvice; check: CheckView }) {
  return (
    <>
      <section aria-labelledby="stage-geldt" className="stage-applies">
        <h3 id="stage-geldt">Wat geldt bij een stage</h3>
        <ul className="bullets">
          {stage.applies.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="stage-regels" className="stage-rules">
        <h3 id="stage-regels">{stage.rules.heading}</h3>
        {stage.warnings.map((warning) => (
          <p key={warning} className="stage-rules__warning">
            <strong>Let op:</strong> {warning}
          </p>
        ))}
        <ul className="bullets">
          {stage.rules.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="stage-subsidie">
        <h3 id="stage-subsidie">Geld voor de begeleiding</h3>
        <ul className="outcomes">
          {check.outcomes.map((o) => (
            <OutcomeCard key={o.slug} outcome={o} headingLevel="h4" showVerdict />
          ))}
        </ul>
      </section>

      {check.later.length > 0 ? (
        <details className="later">
          <summary>
            <h3 className="later__title">Als u de leerling later in dienst neemt</h3>
          </summary>
          <p>
            Tijdens de stage gelden deze regelingen niet. Neemt u de leerling na school in dienst? Dan kunnen ze u helpen.
            We rekenen met de leeftijd en de uren die u invulde.
          </p>
          <VerdictGroups outcomes={check.later} idPrefix="later" headingLevel="h4" />
        </details>
      ) : null}
    </>
  );
}

export function CheckResultView({ check, headingRef }: { check: CheckView; headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <section id="uitkomst" aria-labelledby="uitkomst-titel" className="check-result">
      <h2 id="uitkomst-titel" tabIndex={-1} ref={headingRef}>
        Uitkomst
      </h2>
      <div className="estimate-notice">
        <p>
          <strong>Dit is een schatting.</strong> We gaan uit van uw antwoorden en de regels en bedragen die gelden op{" "}
          {check.date}. U kunt er geen rechten aan ontlenen. De organisatie die de regeling uitvoert, beslist.
        </p>
      </div>

      {check.stage ? (
        <StageResult stage={check.stage} check={check} />
      ) : (
        <VerdictGroups outcomes={check.outcomes} idPrefix="uitkomst" headingLevel="h3" />
      )}

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
                <Link to={regelingPath(page.slug)}>{page.title}</Link>
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
