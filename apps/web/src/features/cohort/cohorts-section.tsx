import { useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { Link } from 'react-router';
import { CohortsDocument } from '../../generated/graphql';
import { Badge, BadgeLink, ButtonLink, EmptyState, Loading, Section, LoadErrorAlert } from '../../ui';
import { COHORT_ROLE_LABELS, COHORT_ROLE_TONES } from '../prompt/prompt-words';
import { formatDay } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import './learning.css';

/** The organisation's cohorts the viewer can open, for the organisation home. */
export function CohortsSection({ organizationId, canCreate }: { organizationId: string; canCreate: boolean }) {
  const { data, loading, error } = useQuery(CohortsDocument, { variables: { organizationId } });
  const cohorts = data?.cohorts ?? [];
  const newCohort = canCreate ? (
    <ButtonLink to="cohorts/new" variant="secondary" size="sm">
      New cohort
    </ButtonLink>
  ) : undefined;

  return (
    <Section
      title="Cohorts"
      description="Groups that learn together: a PLC, a leadership cohort, a writing club."
      actions={newCohort}
    >
      {loading && !data ? (
        <Loading label="Loading cohorts…" />
      ) : error && !data ? (
        <LoadErrorAlert what="the cohorts" />
      ) : cohorts.length === 0 ? (
        <EmptyState
          title={canCreate ? 'No cohorts yet' : 'You are not in a cohort yet'}
          action={canCreate ? <ButtonLink to="cohorts/new">Start a cohort</ButtonLink> : undefined}
        >
          {canCreate
            ? 'Start one, add people from your organisation, then publish its first prompt.'
            : 'When a facilitator adds you to a cohort, it shows up here.'}
        </EmptyState>
      ) : (
        <ul className="cohort-list">
          {cohorts.map((cohort) => {
            const open = cohort.prompts.filter((p) => p.status === 'OPEN').length;
            return (
              <li key={cohort.id} className="cohort-item">
                <div className="cohort-item-main">
                  <Link to={`cohorts/${cohort.id}`} className="cohort-item-name">
                    {cohort.name}
                  </Link>
                  {cohort.description && <p className="cohort-item-description">{cohort.description}</p>}
                  <p className="meta">
                    {plural(cohort.members.length, 'member')} ·{' '}
                    {open ? `${plural(open, 'open prompt')}` : 'no open prompt'}
                    {cohort.startsOn && ` · from ${formatDay(cohort.startsOn)}`}
                    {cohort.endsOn && ` to ${formatDay(cohort.endsOn)}`}
                  </p>
                </div>
                <div className="prompt-item-badges">
                  {/* What is owed opens where it is done: the one prompt, or the queue that lists them. */}
                  {cohort.viewerOwes.promptIds.length > 0 && (
                    <BadgeLink
                      tone="warning"
                      to={
                        cohort.viewerOwes.promptIds.length === 1
                          ? routes.prompt(organizationId, cohort.viewerOwes.promptIds[0]!)
                          : routes.queue(organizationId)
                      }
                    >
                      {plural(cohort.viewerOwes.promptIds.length, 'prompt')} to answer{' '}
                      <span className="visually-hidden">in {cohort.name}</span>
                    </BadgeLink>
                  )}
                  {cohort.viewerOwes.reviews > 0 && (
                    <BadgeLink tone="warning" to={routes.queue(organizationId)}>
                      {plural(cohort.viewerOwes.reviews, 'review')} to give{' '}
                      <span className="visually-hidden">in {cohort.name}</span>
                    </BadgeLink>
                  )}
                  {cohort.viewerRole && (
                    <Badge tone={COHORT_ROLE_TONES[cohort.viewerRole]}>{COHORT_ROLE_LABELS[cohort.viewerRole]}</Badge>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}

/** The "Cohorts" figure of the organisation home's at-a-glance row. */
export function CohortStat({ organizationId }: { organizationId: string }) {
  const { data } = useQuery(CohortsDocument, { variables: { organizationId } });
  const count = data?.cohorts.length;
  const open = data?.cohorts.reduce((n, c) => n + c.prompts.filter((p) => p.status === 'OPEN').length, 0) ?? 0;
  return (
    <div className="stat">
      <dt>Cohorts</dt>
      <dd>
        <span className="stat-value">{count ?? '–'}</span>
        <span className="stat-note">
          {count === undefined ? 'Loading…' : open ? `${plural(open, 'prompt')} open now` : 'No prompt open right now'}
        </span>
      </dd>
    </div>
  );
}
