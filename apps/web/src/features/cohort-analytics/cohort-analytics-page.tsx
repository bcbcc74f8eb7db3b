import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
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
import { useDocumentTitle } from '../../app/use-document-title';
import { CohortAnalyticsDocument, type CohortAnalyticsQuery } from '../../generated/graphql';
import { formatDay } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { Breadcrumb, Button, EmptyState, Loading, LoadErrorAlert, PageHeader, Section } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { percent, STATE_LABELS, STATE_SYMBOLS } from './analytics-words';
import './cohort-analytics.css';

type Analytics = CohortAnalyticsQuery['cohortAnalytics'];

/** A cohort's participation for those who run it: heatmap, funnel, review coverage, who helps whom, trend. */
export function CohortAnalyticsPage() {
  const organization = useOrganization();
  const { cohortId = '' } = useParams();
  const { data, loading, error } = useQuery(CohortAnalyticsDocument, {
    variables: { cohortId },
    fetchPolicy: 'cache-and-network',
  });
  const a = data?.cohortAnalytics;
  useDocumentTitle(a ? `Analytics · ${a.cohortName}` : 'Analytics', organization.name);

  if (loading && !a) return <Loading />;
  if (!a) return <LoadErrorAlert what="this cohort’s analytics">{error ? undefined : null}</LoadErrorAlert>;
  return (
    <div className="page">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: a.cohortName, to: routes.cohort(organization.id, a.id) },
        ]}
        current="Analytics"
      />
      <PageHeader
        eyebrow={a.cohortName}
        title="Participation analytics"
        description={
          a.seesEverything
            ? 'Who takes part, who gets feedback and who gives it. Drafts stay their authors’ own and count as missing.'
            : 'You read this as an observer: who posted where names are not yours to know is left out.'
        }
      />
      {a.prompts.length === 0 ? (
        <EmptyState title="No published prompts yet">The figures start with the cohort’s first prompt.</EmptyState>
      ) : (
        <div className="stack">
          <Heatmap analytics={a} />
          <Funnel analytics={a} />
          <Coverage analytics={a} />
          <Network analytics={a} />
          <Trend analytics={a} />
        </div>
      )}
    </div>
  );
}

/** A chart and its table alternative: the table is one button away (and is what screen readers get). */
function ChartOrTable({ label, chart, table }: { label: string; chart: ReactNode; table: ReactNode }) {
  const [asTable, setAsTable] = useState(false);
  return (
    <div className="analytics-chart">
      <div className="analytics-chart-toggle">
        <Button variant="ghost" size="sm" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? 'Show as chart' : 'Show as table'}
        </Button>
      </div>
      {asTable ? (
        table
      ) : (
        <>
          <div className="analytics-chart-area" aria-hidden="true">
            {chart}
          </div>
          <div className="visually-hidden">{table}</div>
        </>
      )}
      <p className="visually-hidden">{label}</p>
    </div>
  );
}

export function Heatmap({ analytics: a }: { analytics: Analytics }) {
  return (
    <Section
      title="Participation"
      description="Each member against each prompt: on time, late or missing. Reviews given counts feedback you may see."
    >
      <div className="analytics-scroll">
        <table className="heatmap">
          <caption className="visually-hidden">Participation of each member in each prompt</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              {a.prompts.map((p) => (
                <th scope="col" key={p.id}>
                  <Link to={routes.prompt(a.organizationId, p.id)}>{p.title}</Link>
                </th>
              ))}
              <th scope="col">Reviews given</th>
            </tr>
          </thead>
          <tbody>
            {a.heatmap.map((row) => (
              <tr key={row.member.key}>
                <th scope="row">
                  {row.member.displayName}
                  {row.member.teamName && <span className="meta"> · {row.member.teamName}</span>}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.promptId} className={`heatmap-cell heatmap-${cell.state.toLowerCase()}`}>
                    <span aria-hidden="true">{STATE_SYMBOLS[cell.state]}</span> {STATE_LABELS[cell.state]}
                  </td>
                ))}
                <td className="heatmap-count">{row.reviewsGiven}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function Funnel({ analytics: a }: { analytics: Analytics }) {
  const rows = a.funnel.map((f) => ({
    title: f.title,
    Posted: f.posted,
    'Received feedback': f.receivedFeedback,
    'Marked helpful': f.markedHelpful,
    'Revised after feedback': f.revised,
  }));
  return (
    <Section
      title="Funnel"
      description="Per prompt: posted → received feedback → marked helpful → revised after feedback."
    >
      <ChartOrTable
        label="Funnel per prompt"
        chart={
          <ResponsiveContainer width="100%" height={260}>
            <BarChart data={rows}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="title" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="Posted" fill="#2f5d50" />
              <Bar dataKey="Received feedback" fill="#1d4f91" />
              <Bar dataKey="Marked helpful" fill="#1f6f43" />
              <Bar dataKey="Revised after feedback" fill="#8a5a00" />
            </BarChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data-table">
            <caption className="visually-hidden">Funnel per prompt</caption>
            <thead>
              <tr>
                <th scope="col">Prompt</th>
                <th scope="col">Posted</th>
                <th scope="col">Received feedback</th>
                <th scope="col">Marked helpful</th>
                <th scope="col">Revised after feedback</th>
              </tr>
            </thead>
            <tbody>
              {a.funnel.map((f) => (
                <tr key={f.promptId}>
                  <th scope="row">{f.title}</th>
                  <td>{f.posted}</td>
                  <td>
                    {f.receivedFeedback} ({percent(f.receivedFeedback, f.posted)})
                  </td>
                  <td>{f.markedHelpful}</td>
                  <td>{f.revised}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </Section>
  );
}

function Coverage({ analytics: a }: { analytics: Analytics }) {
  const { coverage } = a;
  const covered = coverage.contributionCount - coverage.withoutFeedback.length;
  return (
    <Section
      title="Review coverage"
      description={`${covered} of ${plural(coverage.contributionCount, 'contribution')} have feedback (${percent(covered, coverage.contributionCount)}).`}
    >
      <div className="layout-split">
        <div>
          <h3 className="analytics-subhead">Waiting for feedback</h3>
          {coverage.withoutFeedback.length === 0 ? (
            <p className="meta">Every contribution has feedback.</p>
          ) : (
            <ul className="analytics-list">
              {coverage.withoutFeedback.map((c) => (
                <li key={c.contributionId}>
                  <Link to={c.link}>{c.author.displayName}</Link> <span className="meta">on “{c.promptTitle}”</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h3 className="analytics-subhead">Gave no feedback</h3>
          {coverage.gaveNone.length === 0 ? (
            <p className="meta">Everyone has given feedback.</p>
          ) : (
            <ul className="analytics-list">
              {coverage.gaveNone.map((p) => (
                <li key={p.key}>{p.displayName}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Section>
  );
}

function Network({ analytics: a }: { analytics: Analytics }) {
  return (
    <Section title="Who helps whom" description="Feedback between members; anonymous authors stay one anonymous node.">
      {a.network.length === 0 ? (
        <p className="meta">No feedback yet.</p>
      ) : (
        <table className="data-table">
          <caption className="visually-hidden">Feedback given, from whom to whom</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Feedback</th>
              <th scope="col">Same team</th>
            </tr>
          </thead>
          <tbody>
            {a.network.map((e) => (
              <tr key={`${e.from.key}→${e.to.key}`}>
                <td>{e.from.displayName}</td>
                <td>{e.to.displayName}</td>
                <td>
                  <span
                    className="network-bar"
                    style={{ width: `${Math.min(100, e.count * 12)}px` }}
                    aria-hidden="true"
                  />{' '}
                  {e.count}
                </td>
                <td>{e.sameTeam ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}

function Trend({ analytics: a }: { analytics: Analytics }) {
  const rows = a.trend.map((w) => ({
    week: formatDay(w.weekStart),
    'Active people': w.activePeople,
    Contributions: w.contributions,
    Feedback: w.feedback,
  }));
  return (
    <Section title="Trend" description="Week by week: people active, contributions and feedback.">
      <ChartOrTable
        label="Weekly trend"
        chart={
          <ResponsiveContainer width="100%" height={240}>
            <LineChart data={rows}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="week" tick={{ fontSize: 12 }} />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Line type="monotone" dataKey="Active people" stroke="#2f5d50" strokeWidth={2} />
              <Line type="monotone" dataKey="Contributions" stroke="#1d4f91" strokeWidth={2} />
              <Line type="monotone" dataKey="Feedback" stroke="#8a5a00" strokeWidth={2} />
            </LineChart>
          </ResponsiveContainer>
        }
        table={
          <table className="data-table">
            <caption className="visually-hidden">Weekly trend</caption>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Active people</th>
                <th scope="col">Contributions</th>
                <th scope="col">Feedback</th>
              </tr>
            </thead>
            <tbody>
              {a.trend.map((w) => (
                <tr key={w.weekStart}>
                  <th scope="row">{formatDay(w.weekStart)}</th>
                  <td>{w.activePeople}</td>
                  <td>{w.contributions}</td>
                  <td>{w.feedback}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </Section>
  );
}
