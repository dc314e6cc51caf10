import type { LabSeries } from './lab-flags.ts';

const WIDTH = 320;
const HEIGHT = 110;
const PAD = 26;

/**
 * A small line of one test's numeric values over its dates, each point labelled with its value. Shown
 * beside the table that holds the same numbers, so it is hidden from screen readers.
 */
export function TrendLine({ series }: { series: LabSeries }) {
  const points = series.results.filter((r) => r.numericValue !== null);
  if (points.length < 2) return null;
  const values = points.map((r) => r.numericValue!);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => PAD + (i / (points.length - 1)) * (WIDTH - PAD * 2);
  const y = (v: number) => HEIGHT - PAD - ((v - min) / Math.max(max - min, 1e-9)) * (HEIGHT - PAD * 2);
  const path = points.map((r, i) => `${i === 0 ? 'M' : 'L'} ${x(i)} ${y(r.numericValue!)}`).join(' ');
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="trend" aria-hidden="true" focusable="false">
      <path d={path} className="trend__line" />
      {points.map((r, i) => (
        <g key={r.id}>
          <circle
            cx={x(i)}
            cy={y(r.numericValue!)}
            r={r.outOfRange ? 6 : 4}
            className={r.outOfRange ? 'trend__point trend__point--out' : 'trend__point'}
          />
          <text x={x(i)} y={y(r.numericValue!) - 10} textAnchor="middle" className="trend__value">
            {r.value}
            {r.outOfRange ? ' !' : ''}
          </text>
        </g>
      ))}
    </svg>
  );
}
