import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PlanItemFieldsFragment } from '../../generated/graphql';
import { formatDay } from '../../lib/format-date';
import { formatMeasureValue } from './plan-words';

type Measure = NonNullable<PlanItemFieldsFragment['measure']>;

/**
 * A measure's history against its target: a line chart for the eye, and the same figures as a
 * table (visually hidden) for screen readers, since an SVG chart tells them nothing.
 */
export function MeasureChart({ measure, title }: { measure: Measure; title: string }) {
  const data = measure.history.map((v) => ({ day: v.measuredOn, value: v.value }));
  const summary = `${measure.name}: ${formatMeasureValue(measure.baseline, measure.unit)} at the start, ${formatMeasureValue(
    measure.latest?.value,
    measure.unit,
  )} now, target ${formatMeasureValue(measure.target, measure.unit)}`;
  return (
    <figure className="plan-measure">
      <figcaption className="plan-measure-caption">
        <strong>{measure.name}</strong>{' '}
        <span className="meta">
          {formatMeasureValue(measure.baseline, measure.unit)} → target{' '}
          {formatMeasureValue(measure.target, measure.unit)}
          {measure.latest && ` · now ${formatMeasureValue(measure.latest.value, measure.unit)}`}
        </span>
      </figcaption>
      {data.length > 0 ? (
        <div className="plan-measure-chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height={140}>
            <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border, #ddd)" />
              <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={11} />
              <YAxis fontSize={11} domain={['auto', 'auto']} />
              <Tooltip formatter={(v) => formatMeasureValue(Number(v), measure.unit)} />
              {measure.target !== null && (
                <ReferenceLine
                  y={measure.target}
                  stroke="#2f7d4f"
                  strokeDasharray="4 4"
                  label={{ value: 'Target', fontSize: 11 }}
                />
              )}
              <Line type="monotone" dataKey="value" stroke="#3157d5" strokeWidth={2} dot isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <p className="meta">No values yet.</p>
      )}
      <table className="visually-hidden">
        <caption>
          {summary} ({title})
        </caption>
        <thead>
          <tr>
            <th scope="col">Measured on</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {measure.history.map((v) => (
            <tr key={v.measuredOn + v.value}>
              <td>{formatDay(v.measuredOn)}</td>
              <td>{formatMeasureValue(v.value, measure.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
