import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { CohortHuddlesDocument, type HuddleListItemFragment } from '../../generated/graphql';
import { Badge, ButtonLink, EmptyState, Loading, Section } from '../../ui';
import { EditHuddleLink } from './huddle-manage';
import { heldAt, HUDDLE_STATUS_LABELS, HUDDLE_STATUS_TONES, huddleWhen, isPast } from './huddle-words';
import './huddle.css';

/** The cohort's huddles, upcoming first, then past ones; facilitators schedule new ones here. */
export function CohortHuddles({ cohortId, organizationId }: { cohortId: string; organizationId: string }) {
  const { viewer } = useViewer();
  const { data, loading } = useQuery(CohortHuddlesDocument, {
    variables: { id: cohortId },
    fetchPolicy: 'cache-and-network',
  });
  const cohort = data?.cohort;
  const facilitate = cohort?.viewerCan.facilitate ?? false;
  const huddles = cohort?.huddles ?? [];
  const upcoming = huddles.filter((h) => !isPast(h));
  const past = huddles.filter((h) => isPast(h)).sort((a, b) => heldAt(b) - heldAt(a));
  const timeZone = viewer?.timeZone;

  return (
    <Section
      title="Huddles"
      description="Live meetings that open with everyone’s contributions on the table. Times are in your time zone."
      actions={
        facilitate ? (
          <ButtonLink to={routes.newHuddle(organizationId, cohortId)} size="sm">
            Schedule huddle
          </ButtonLink>
        ) : undefined
      }
    >
      {loading && !cohort ? (
        <Loading />
      ) : huddles.length === 0 ? (
        <EmptyState title="No huddles yet">
          {facilitate
            ? 'Schedule one and link this week’s prompts: the brief builds itself from what members post.'
            : 'Your facilitator has not scheduled a huddle yet.'}
        </EmptyState>
      ) : (
        <div className="timeline">
          <HuddleGroup
            id="upcoming"
            title="Upcoming"
            huddles={upcoming}
            empty="Nothing scheduled."
            organizationId={organizationId}
            timeZone={timeZone}
          />
          {past.length > 0 && (
            <HuddleGroup
              id="past"
              title="Past"
              huddles={past}
              empty=""
              organizationId={organizationId}
              timeZone={timeZone}
            />
          )}
        </div>
      )}
      <p className="meta huddles-footer">
        <Link to={routes.actionItems(organizationId)}>My action items</Link>
      </p>
    </Section>
  );
}

function HuddleGroup({
  id,
  title,
  huddles,
  empty,
  organizationId,
  timeZone,
}: {
  id: string;
  title: string;
  huddles: HuddleListItemFragment[];
  empty: string;
  organizationId: string;
  timeZone?: string;
}) {
  return (
    <section className="timeline-group" aria-labelledby={`huddles-${id}`}>
      <h3 id={`huddles-${id}`} className="timeline-heading">
        {title} <span className="count">({huddles.length})</span>
      </h3>
      {huddles.length === 0 ? (
        <p className="meta">{empty}</p>
      ) : (
        <ul className="prompt-list">
          {huddles.map((h) => (
            <li key={h.id} className="prompt-item">
              <div className="prompt-item-main">
                <Link to={routes.huddle(organizationId, h.id)} className="prompt-item-title">
                  {h.title}
                </Link>
                <p className="meta">
                  {huddleWhen(h, timeZone)}
                  {h.promptIds.length > 0 &&
                    ` · ${h.promptIds.length} linked prompt${h.promptIds.length === 1 ? '' : 's'}`}
                </p>
              </div>
              <div className="prompt-item-badges">
                {h.status === 'LIVE' && (
                  <ButtonLink to={routes.liveHuddle(organizationId, h.id)} size="sm" variant="secondary">
                    Join<span className="visually-hidden"> {h.title}</span>
                  </ButtonLink>
                )}
                <EditHuddleLink huddle={h} organizationId={organizationId} size="sm" label="Edit" />
                <Badge tone={HUDDLE_STATUS_TONES[h.status]}>{HUDDLE_STATUS_LABELS[h.status]}</Badge>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
