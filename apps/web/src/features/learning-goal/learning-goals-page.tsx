import { apiPaths, routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { LearningGoalsDocument, type LearningGoalFieldsFragment } from '../../generated/graphql';
import { formatDate, formatDateTime } from '../../lib/format-date';
import { Badge, ButtonLink, EmptyState, Loading, LoadErrorAlert, PageHeader, Section } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { STATUS_WORDS } from './learning-goal-words';
import './learning-goal.css';

/** `/o/:organizationId/goals`: the viewer's learning goals, the goals they coach, and overdue follow-ups. */
export function LearningGoalsPage() {
  const organization = useOrganization();
  useDocumentTitle('Learning goals', organization.name);
  const { data, loading, error } = useQuery(LearningGoalsDocument, {
    variables: { organizationId: organization.id },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <Loading />;
  if (!data) return <LoadErrorAlert what="your learning goals">{error ? undefined : null}</LoadErrorAlert>;
  const { mine, coaching, overdueFollowUps } = data.learningGoals;

  return (
    <div className="page page-narrow learning-goals">
      <PageHeader
        eyebrow={organization.name}
        title="Learning goals"
        description="Your goals, co-constructed with your coach. Only you and your coach see a learning goal."
        actions={<ButtonLink to={routes.newLearningGoal(organization.id)}>Draft a learning goal</ButtonLink>}
      />
      <p className="meta">
        Your portfolio (your goals, check-ins, coaching notes and contributions):{' '}
        <a href={apiPaths.portfolioMarkdown(organization.id)} download>
          download as Markdown
        </a>{' '}
        or{' '}
        <a href={apiPaths.portfolioPdf(organization.id)} download>
          as PDF
        </a>
        .
      </p>
      {overdueFollowUps.length > 0 && (
        <Section
          title="Overdue follow-ups"
          description="Follow-ups are not optional: close them or give them a new date."
        >
          <ul className="goal-list">
            {overdueFollowUps.map((f) => (
              <li key={f.conversation.id} className="card goal-overdue">
                <Link to={routes.learningGoal(organization.id, f.goalId)}>{f.goalTitle}</Link>
                <p className="meta">
                  {f.memberName} · follow-up was due {formatDateTime(f.conversation.followUpDueAt)}
                </p>
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section title="My learning goals">
        {mine.length === 0 ? (
          <EmptyState title="No learning goal yet">
            Draft one, align it to a goal of the plan, and pick a coach to shape it with you.
          </EmptyState>
        ) : (
          <GoalList goals={mine} organizationId={organization.id} />
        )}
      </Section>
      {coaching.length > 0 && (
        <Section title="Goals I coach">
          <GoalList goals={coaching} organizationId={organization.id} showMember />
        </Section>
      )}
    </div>
  );
}

function GoalList({
  goals,
  organizationId,
  showMember = false,
}: {
  goals: LearningGoalFieldsFragment[];
  organizationId: string;
  showMember?: boolean;
}) {
  return (
    <ul className="goal-list">
      {goals.map((g) => (
        <li key={g.id} className="card">
          <div className="goal-row">
            <Link to={routes.learningGoal(organizationId, g.id)}>{g.title}</Link>
            <Badge tone={STATUS_WORDS[g.status].tone}>{STATUS_WORDS[g.status].label}</Badge>
            {g.overdueFollowUps > 0 && <Badge tone="warning">Follow-up overdue</Badge>}
          </div>
          <p className="meta">
            {showMember ? g.member.displayName : g.coach ? `Coach: ${g.coach.displayName}` : 'No coach yet'}
            {g.alignedTo && ` · ${g.alignedTo.title}`}
            {g.nextCheckInDue && ` · next check-in ${formatDate(g.nextCheckInDue)}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
