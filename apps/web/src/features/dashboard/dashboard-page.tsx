import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  DashboardPeopleDocument,
  FacilitatorDashboardDocument,
  type DashboardFigure,
  type FacilitatorDashboardQuery,
} from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { Avatar, Badge, Card, EmptyState, Loading, LoadErrorAlert, PageHeader, Section, cx } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { byAttention, FIGURE_TITLES, figureTiles, type DashboardCohort } from './dashboard-figures';
import './dashboard.css';

type QueueItem = FacilitatorDashboardQuery['facilitatorDashboard']['queue']['items'][number];

const QUEUE_KIND_LABELS: Record<QueueItem['kind'], string> = {
  REPORT: 'Report',
  UNANSWERED_QUESTION: 'Question',
  REVIEW_NOBODY_GAVE: 'No feedback',
};

/**
 * The facilitator's starting point: every cohort they facilitate (across organisations), the
 * figures that say who needs attention, the people behind each figure, and the queue.
 */
export function DashboardPage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  useDocumentTitle('Dashboard', organization.name);
  const { data, loading, error } = useQuery(FacilitatorDashboardDocument, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<{ cohortId: string; figure: DashboardFigure } | null>(null);
  const dashboard = data?.facilitatorDashboard;
  const timeZone = viewer?.timeZone;
  const multiOrg = new Set(dashboard?.cohorts.map((c) => c.organizationId)).size > 1;

  return (
    <div className="page">
      <PageHeader
        eyebrow="Facilitator"
        title="Dashboard"
        description="The cohorts you facilitate: who is stuck, which reviews are late, and what is waiting for you."
      />
      {loading && !dashboard ? (
        <Loading />
      ) : !dashboard ? (
        <LoadErrorAlert what="your dashboard">{error ? undefined : null}</LoadErrorAlert>
      ) : dashboard.cohorts.length === 0 ? (
        <EmptyState title="You facilitate no cohort yet">
          Cohorts you facilitate show up here with their figures.
        </EmptyState>
      ) : (
        <div className="stack">
          <Section
            title="Needs you"
            description={
              dashboard.queue.total
                ? `${plural(dashboard.queue.total, 'thing')} waiting, oldest first.`
                : 'Nothing is waiting for you.'
            }
          >
            {dashboard.queue.items.length === 0 ? (
              <EmptyState title="Nothing waiting">No reports, unanswered questions or unreviewed posts.</EmptyState>
            ) : (
              <ul className="queue-list">
                {dashboard.queue.items.map((q) => (
                  <li key={`${q.kind}:${q.id}`} className="queue-item">
                    <Badge tone={q.kind === 'REPORT' ? 'accent' : 'warning'}>{QUEUE_KIND_LABELS[q.kind]}</Badge>
                    <div className="queue-item-main">
                      <Link to={q.link} className="queue-title">
                        {q.title}
                      </Link>
                      {q.detail && <p className="queue-excerpt">{q.detail}</p>}
                      <p className="meta">
                        {q.cohortName}
                        {q.since && ` · waiting since ${formatDateTime(q.since, timeZone)}`}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section title="Your cohorts" description="Select a figure to see the people behind it.">
            <div className="dashboard-cohorts">
              {byAttention(dashboard.cohorts).map((c) => (
                <CohortCard
                  key={c.id}
                  cohort={c}
                  showOrganization={multiOrg}
                  timeZone={timeZone}
                  openFigure={open?.cohortId === c.id ? open.figure : null}
                  onFigure={(figure) =>
                    setOpen(open?.cohortId === c.id && open.figure === figure ? null : { cohortId: c.id, figure })
                  }
                />
              ))}
            </div>
          </Section>
        </div>
      )}
    </div>
  );
}

function CohortCard({
  cohort: c,
  showOrganization,
  timeZone,
  openFigure,
  onFigure,
}: {
  cohort: DashboardCohort;
  showOrganization: boolean;
  timeZone?: string;
  openFigure: DashboardFigure | null;
  onFigure: (figure: DashboardFigure) => void;
}) {
  const panelId = `people-${c.id}`;
  return (
    <Card className="dashboard-cohort">
      <div className="dashboard-cohort-head">
        <h3>
          <Link to={routes.cohort(c.organizationId, c.id)}>{c.name}</Link>
        </h3>
        <p className="meta">
          {showOrganization && `${c.organizationName} · `}
          {plural(c.memberCount, 'member')} · {Math.round(c.postingRate * 100)}% posted this week ·{' '}
          {plural(c.promptsThisWeek, 'prompt')} open this week
          {c.openReports > 0 && ` · ${plural(c.openReports, 'open report')}`}
        </p>
      </div>
      <ul className="dashboard-figures" aria-label={`${c.name} figures`}>
        {figureTiles(c).map((t) => (
          <li key={t.figure}>
            <button
              type="button"
              className={cx('dashboard-figure', t.warns && 'dashboard-figure-warn')}
              aria-expanded={openFigure === t.figure}
              aria-controls={panelId}
              onClick={() => onFigure(t.figure)}
            >
              <span className="dashboard-figure-value">{t.value}</span>
              <span className="dashboard-figure-label">{t.label}</span>
            </button>
          </li>
        ))}
      </ul>
      {c.nextHuddle && (
        <p className="meta">
          Next huddle: <Link to={routes.huddle(c.organizationId, c.nextHuddle.id)}>{c.nextHuddle.title}</Link>,{' '}
          {formatDateTime(c.nextHuddle.startsAt, timeZone)} ·{' '}
          <button type="button" className="link-button" onClick={() => onFigure('BRIEF_READ')}>
            {c.nextHuddle.briefReadCount} of {c.nextHuddle.peopleCount} read the brief
          </button>
        </p>
      )}
      <div id={panelId}>{openFigure && <FigurePeople cohortId={c.id} figure={openFigure} />}</div>
      <p className="dashboard-cohort-foot">
        <Link to={routes.cohortAnalytics(c.organizationId, c.id)}>Participation analytics</Link>
      </p>
    </Card>
  );
}

/** The drill-down: who is behind one figure (names are the cohort's facilitators' only). */
export function FigurePeople({ cohortId, figure }: { cohortId: string; figure: DashboardFigure }) {
  const { data, loading, error } = useQuery(DashboardPeopleDocument, { variables: { cohortId, figure } });
  const people = data?.dashboardPeople;
  if (loading && !people) return <Loading label="Loading the people behind this figure…" />;
  if (!people) return <LoadErrorAlert what="the people behind this figure">{error ? undefined : null}</LoadErrorAlert>;
  return (
    <div className="dashboard-people" role="region" aria-label={FIGURE_TITLES[figure]}>
      <h4>
        {FIGURE_TITLES[figure]} ({people.total})
      </h4>
      {people.namesHidden ? (
        <p className="meta">Only the cohort’s facilitators see who.</p>
      ) : people.people.length === 0 ? (
        <p className="meta">Nobody.</p>
      ) : (
        <ul className="dashboard-people-list">
          {people.people.map((p) => (
            <li key={p.id}>
              <Avatar name={p.displayName} url={p.avatarUrl} size="sm" />
              <span>
                {p.link ? <Link to={p.link}>{p.displayName}</Link> : p.displayName}
                {p.detail && <span className="meta"> — {p.detail}</span>}
              </span>
              {p.count > 1 && <Badge tone="neutral">{p.count}</Badge>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
