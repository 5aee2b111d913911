/** Labelled answers as rows of a definition list: what an employer sent, as they and staff read it. */
import { Fragment } from "react";

export function AnswerRows({ rows }: { rows: ReadonlyArray<{ label: string; value: string }> }) {
  return (
    <>
      {rows.map((row) => (
        <Fragment key={row.label}>
          <dt>{row.label}</dt>
          <dd className="pre-line">{row.value}</dd>
        </Fragment>
      ))}
    </>
  );
}
