/**
 * A simple bar chart, drawn on the server as SVG: no JavaScript and no chart library. The page's
 * CSP forbids style attributes, so colours come from CSS classes (backoffice-figures.css) and
 * sizes from SVG attributes. The viewBox lets it shrink to a phone's width. Screen readers get
 * the chart as one image with its numbers in the label, and everyone can open the same numbers
 * as a table.
 */

export interface Bar {
  /** Short text under the bar, e.g. "12" for a week number. */
  label: string;
  /** The full name, in the table and the spoken label, e.g. "week 12 (vanaf 16 mrt)". */
  name: string;
  value: number;
}

interface BarChartProps {
  /** What the chart shows; also the table's caption. */
  title: string;
  bars: readonly Bar[];
  /** Header of the first table column, e.g. "Week". */
  categoryHeader: string;
  /** Header of the numbers column, e.g. "Aantal aanvragen". */
  valueHeader: string;
  /** Text under the bars that explains their labels, e.g. "Weeknummer". */
  axisLabel?: string;
}

// Drawing units; the SVG scales to the width of its container.
const WIDTH = 360;
const TOP = 22; // room for the number above the highest bar
const PLOT_HEIGHT = 150;
const LABELS = 22;
const AXIS_LABEL = 20;
const GAP_RATIO = 0.25;

/** A round top for the scale, so bars of small numbers do not all fill the chart. */
function scaleTop(max: number): number {
  if (max <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => Math.ceil(max / s) <= 5) ?? 10 * magnitude;
  return Math.ceil(max / step) * step;
}

export function BarChart({ title, bars, categoryHeader, valueHeader, axisLabel }: BarChartProps) {
  const top = scaleTop(Math.max(0, ...bars.map((b) => b.value)));
  const slot = WIDTH / Math.max(bars.length, 1);
  const barWidth = slot * (1 - GAP_RATIO);
  const baseline = TOP + PLOT_HEIGHT;
  const height = baseline + LABELS + (axisLabel ? AXIS_LABEL : 0);
  const spoken = `${title}. ${bars.map((b) => `${b.name}: ${b.value}`).join("; ")}.`;

  return (
    <figure className="bar-chart">
      <svg
        className="bar-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={spoken}
        focusable="false"
        preserveAspectRatio="xMidYMid meet"
      >
        <title>{title}</title>
        {bars.map((bar, i) => {
          const barHeight = (bar.value / top) * PLOT_HEIGHT;
          const x = i * slot + (slot - barWidth) / 2;
          const centre = i * slot + slot / 2;
          return (
            <g key={bar.name}>
              {bar.value > 0 ? (
                <rect className="bar-chart__bar" x={x} y={baseline - barHeight} width={barWidth} height={barHeight} rx={2} />
              ) : null}
              <text className="bar-chart__value" x={centre} y={baseline - barHeight - 6} textAnchor="middle">
                {bar.value}
              </text>
              <text className="bar-chart__label" x={centre} y={baseline + 17} textAnchor="middle">
                {bar.label}
              </text>
            </g>
          );
        })}
        <line className="bar-chart__axis" x1={0} x2={WIDTH} y1={baseline} y2={baseline} />
        {axisLabel ? (
          <text className="bar-chart__axis-label" x={WIDTH / 2} y={height - 4} textAnchor="middle">
            {axisLabel}
          </text>
        ) : null}
      </svg>
      <details className="bar-chart__details">
        <summary>Toon als tabel</summary>
        <table className="table bar-chart__table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryHeader}</th>
              <th scope="col" className="figures-number">
                {valueHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.name}>
                <th scope="row">{bar.name}</th>
                <td className="figures-number">{bar.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
