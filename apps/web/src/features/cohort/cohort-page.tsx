import { CohortTemplateActions } from '../program-template/cohort-template-actions';
import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorCode } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  CohortDocument,
  type CohortPromptItemFragment,
  type CohortQuery,
  type PromptStatus,
} from '../../generated/graphql';
import {
  Alert,
  Badge,
  ButtonLink,
  EmptyState,
  Loading,
  PageHeader,
  Section,
  Breadcrumb,
  LoadErrorAlert,
} from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { COHORT_ROLE_LABELS, STATUS_LABELS, STATUS_TONES } from '../prompt/prompt-words';
import { useCohortActivity } from '../prompt/use-cohort-activity';
import { CohortHuddles } from '../huddle/cohort-huddles';
import { CohortMembers } from './cohort-members';
import { CohortFeed } from '../cohort-feed/cohort-feed';
import { MutedBanner } from '../moderation/muted-banner';
import { formatDateTime, formatDay } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import './learning.css';

export type CohortDetail = CohortQuery['cohort'];

/** A cohort: its prompts over time, and who is in it. */
export function CohortPage() {
  const organization = useOrganization();
  const { cohortId = '' } = useParams();
  // Fresh on every visit: "new" and "your turn" badges change as people post.
  const { data, loading, error, refetch } = useQuery(CohortDocument, {
    variables: { id: cohortId },
    fetchPolicy: 'cache-and-network',
  });
  const cohort = data?.cohort;
  // … and while the page is open: peers' posts update the "N new" badges (a burst refetches once).
  const refresh = () => void refetch().catch(() => undefined);
  useCohortActivity(cohort ? cohortId : undefined, refresh, refresh);
  useDocumentTitle(cohort?.name ?? 'Cohort', organization.name);

  if (loading && !cohort) return <Loading />;
  if (!cohort) {
    const notFound = ['NOT_FOUND', 'FORBIDDEN'].includes(errorCode(error) ?? '');
    return <CohortUnavailable notFound={notFound} organizationId={organization.id} />;
  }

  const dates = [
    cohort.startsOn && `Starts ${formatDay(cohort.startsOn)}`,
    cohort.endsOn && `ends ${formatDay(cohort.endsOn)}`,
  ]
    .filter(Boolean)
    .join(', ');

  return (
    <div className="page">
      <Breadcrumb
        trail={[{ label: organization.name, to: routes.organization(organization.id) }]}
        current={cohort.name}
      />
      <PageHeader
        eyebrow={
          cohort.viewerRole ? (
            <>
              Cohort · you are a{cohort.viewerRole === 'OBSERVER' ? 'n' : ''}{' '}
              {COHORT_ROLE_LABELS[cohort.viewerRole].toLowerCase()}
            </>
          ) : (
            'Cohort · you see it as an organisation admin'
          )
        }
        title={cohort.name}
        description={[cohort.description, dates].filter(Boolean).join(' · ') || undefined}
        actions={
          <>
            <ButtonLink to={routes.queue(organization.id)} variant="secondary">
              My queue
            </ButtonLink>
            <ButtonLink to={routes.cohortPulses(organization.id, cohort.id)} variant="secondary">
              Pulse surveys
            </ButtonLink>
            {cohort.viewerCan.facilitate && cohort.openReportCount > 0 && (
              <ButtonLink to={routes.cohortReports(organization.id, cohort.id)} variant="secondary">
                Reports ({cohort.openReportCount})
              </ButtonLink>
            )}
            {cohort.viewerCan.facilitate && (
              <ButtonLink to={routes.newPrompt(organization.id, cohort.id)}>New prompt</ButtonLink>
            )}
          </>
        }
      />
      <MutedBanner mute={cohort.viewerMute} />
      <CohortTemplateActions cohortId={cohort.id} />
      {cohort.viewerOwes.reviews > 0 && (
        <Alert tone="info" title={`You owe ${plural(cohort.viewerOwes.reviews, 'review')} in this cohort`}>
          <p>
            Peers are waiting for your feedback. <Link to={routes.queue(organization.id)}>Open your queue</Link>
          </p>
        </Alert>
      )}
      <div className="layout-split">
        <div className="stack">
          <PromptTimeline cohort={cohort} />
          <CohortFeed cohortId={cohort.id} organizationId={organization.id} />
        </div>
        <div className="stack">
          <CohortHuddles cohortId={cohort.id} organizationId={organization.id} />
          <CohortMembers cohort={cohort} organizationId={organization.id} />
        </div>
      </div>
    </div>
  );
}

const GROUPS: Array<{ status: PromptStatus; title: string; empty: string }> = [
  { status: 'OPEN', title: 'Open now', empty: 'No prompt is open right now.' },
  { status: 'SCHEDULED', title: 'Upcoming', empty: 'Nothing scheduled.' },
  { status: 'CLOSED', title: 'Closed', empty: 'No prompt has closed yet.' },
  { status: 'DRAFT', title: 'Drafts', empty: 'No drafts.' },
];

function PromptTimeline({ cohort }: { cohort: CohortDetail }) {
  const { viewer } = useViewer();
  const facilitate = cohort.viewerCan.facilitate;
  const groups = GROUPS.filter((g) => g.status !== 'DRAFT' || facilitate);
  return (
    <Section
      title="Prompts"
      description={
        facilitate
          ? 'Drafts are visible to facilitators only, until you publish them.'
          : 'What your facilitators asked, newest first.'
      }
    >
      {cohort.prompts.length === 0 ? (
        <EmptyState
          title="No prompts yet"
          action={
            facilitate ? (
              <ButtonLink to={routes.newPrompt(cohort.organizationId, cohort.id)}>Write the first prompt</ButtonLink>
            ) : undefined
          }
        >
          {facilitate
            ? 'A prompt asks the cohort something: an idea, evidence, a reflection. Members answer it and give each other feedback.'
            : 'Your facilitator has not published a prompt yet.'}
        </EmptyState>
      ) : (
        <div className="timeline">
          {groups.map((group) => {
            const prompts = sortPrompts(
              cohort.prompts.filter((p) => p.status === group.status),
              group.status,
            );
            if (!prompts.length && (group.status === 'DRAFT' || group.status === 'CLOSED')) return null;
            return (
              <section key={group.status} className="timeline-group" aria-labelledby={`timeline-${group.status}`}>
                <h3 id={`timeline-${group.status}`} className="timeline-heading">
                  {group.title} <span className="count">({prompts.length})</span>
                </h3>
                {prompts.length === 0 ? (
                  <p className="meta">{group.empty}</p>
                ) : (
                  <ul className="prompt-list">
                    {prompts.map((p) => (
                      <PromptItem
                        key={p.id}
                        prompt={p}
                        yourTurn={cohort.viewerOwes.promptIds.includes(p.id)}
                        organizationId={cohort.organizationId}
                        timeZone={viewer?.timeZone}
                      />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
        </div>
      )}
    </Section>
  );
}

function PromptItem({
  prompt,
  yourTurn,
  organizationId,
  timeZone,
}: {
  prompt: CohortPromptItemFragment;
  yourTurn: boolean;
  organizationId: string;
  timeZone?: string;
}) {
  const when =
    prompt.status === 'SCHEDULED' || prompt.status === 'DRAFT'
      ? `Opens ${formatDateTime(prompt.opensAt, timeZone)}`
      : prompt.status === 'CLOSED'
        ? prompt.closesAt
          ? `Closed ${formatDateTime(prompt.closesAt, timeZone)}`
          : 'Closed'
        : prompt.dueAt
          ? `Due ${formatDateTime(prompt.dueAt, timeZone)}`
          : 'No due date';
  return (
    <li className="prompt-item">
      <div className="prompt-item-main">
        <Link to={routes.prompt(organizationId, prompt.id)} className="prompt-item-title">
          {prompt.title}
        </Link>
        <p className="meta">
          {when} · {plural(prompt.contributionCount, 'contribution')}
        </p>
      </div>
      <div className="prompt-item-badges">
        {prompt.newContributionCount > 0 && <Badge tone="info">{prompt.newContributionCount} new</Badge>}
        {yourTurn && <Badge tone="warning">Your turn</Badge>}
        {prompt.viewerHasPublished && <Badge tone="accent">You posted</Badge>}
        <Badge tone={STATUS_TONES[prompt.status]}>{STATUS_LABELS[prompt.status]}</Badge>
      </div>
    </li>
  );
}

function sortPrompts(prompts: CohortPromptItemFragment[], status: PromptStatus): CohortPromptItemFragment[] {
  const key = (p: CohortPromptItemFragment) =>
    new Date(status === 'OPEN' ? (p.dueAt ?? p.opensAt) : p.opensAt).getTime();
  // Open and upcoming: soonest first. Closed and drafts: most recent first.
  const ascending = status === 'OPEN' || status === 'SCHEDULED';
  return [...prompts].sort((a, b) => (ascending ? key(a) - key(b) : key(b) - key(a)));
}

function CohortUnavailable({ notFound, organizationId }: { notFound: boolean; organizationId: string }) {
  useDocumentTitle(notFound ? 'Cohort not found' : 'Something went wrong');
  return (
    <div className="page page-narrow">
      {notFound ? (
        <>
          <PageHeader title="Cohort not found" />
          <EmptyState
            title="This cohort does not exist, or you are not in it."
            action={<ButtonLink to={routes.organization(organizationId)}>Back to the organisation</ButtonLink>}
          />
        </>
      ) : (
        <LoadErrorAlert what="this cohort" />
      )}
    </div>
  );
}
