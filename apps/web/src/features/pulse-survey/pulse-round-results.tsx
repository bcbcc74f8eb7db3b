import { PULSE_SCALE_LABELS } from '@openhuddle/shared';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PulseRoundResultFieldsFragment } from '../../generated/graphql';
import { meanLabel, thresholdMessage } from './pulse-words';

const SHORT_LABELS = ['1', '2', '3', '4', '5'];
const LINE_COLOURS = ['#2f5d9b', '#b5542a', '#3c7d4a', '#7a4fa0', '#9a7a12', '#2a7f86'];

/**
 * One round's results: below the threshold only "results appear when 5 people have answered (3 so
 * far)"; above it, each statement's distribution and mean, and the comments without names.
 */
export function PulseRoundResults({ round }: { round: PulseRoundResultFieldsFragment }) {
  if (!round.shown)
    return (
      <p className="pulse-threshold" role="status">
        {thresholdMessage(round.respondentCount, round.minRespondents)}
      </p>
    );
  return (
    <div className="pulse-results">
      <p className="meta">{round.respondentCount} people answered. Only these totals are kept with the answers.</p>
      {round.questions.map((q) => (
        <figure key={q.index} className="pulse-question-result">
          <figcaption>
            <strong>{q.text}</strong> <span className="meta">mean {meanLabel(q.mean)}</span>
          </figcaption>
          <div aria-hidden="true" className="pulse-chart">
            <ResponsiveContainer width="100%" height={120}>
              <BarChart
                accessibilityLayer={false}
                data={q.distribution.map((count, i) => ({ score: SHORT_LABELS[i], count }))}
              >
                <XAxis dataKey="score" />
                <YAxis allowDecimals={false} width={28} />
                <Bar dataKey="count" fill="#2f5d9b" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <p className="visually-hidden">
            {q.distribution.map((count, i) => `${PULSE_SCALE_LABELS[i]}: ${count}`).join(', ')}
          </p>
        </figure>
      ))}
      {round.comments.length > 0 && (
        <>
          <h3 className="pulse-subheading">Comments (no names)</h3>
          <ul className="pulse-comments">
            {round.comments.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface TrendPoint {
  roundNumber: number;
  means: number[];
}

/** Each statement's mean over the rounds that reached the threshold, as a line chart and a table. */
export function PulseTrend({ questions, trend }: { questions: string[]; trend: TrendPoint[] }) {
  if (trend.length === 0) return <p className="meta">The trend starts with the first round 5 people answer.</p>;
  const data = trend.map((p) => ({
    round: `Round ${p.roundNumber}`,
    ...Object.fromEntries(p.means.map((m, i) => [`q${i}`, m])),
  }));
  return (
    <div className="pulse-trend">
      <div aria-hidden="true" className="pulse-chart">
        <ResponsiveContainer width="100%" height={220}>
          <LineChart accessibilityLayer={false} data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="round" />
            <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} width={28} />
            <Tooltip />
            <Legend />
            {questions.map((q, i) => (
              <Line
                key={i}
                type="monotone"
                dataKey={`q${i}`}
                name={`${i + 1}. ${q}`}
                stroke={LINE_COLOURS[i % LINE_COLOURS.length]}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <table className="table pulse-trend-table">
        <caption className="visually-hidden">Mean per statement and round</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            {trend.map((p) => (
              <th key={p.roundNumber} scope="col">
                Round {p.roundNumber}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {questions.map((q, i) => (
            <tr key={i}>
              <th scope="row">{q}</th>
              {trend.map((p) => (
                <td key={p.roundNumber}>{p.means[i]?.toFixed(1) ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
