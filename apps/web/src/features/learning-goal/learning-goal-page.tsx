import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { errorCode } from '../../app/graphql-errors';
import { useDocumentTitle } from '../../app/use-document-title';
import { LearningGoalDocument, UpdateLearningGoalDocument } from '../../generated/graphql';
import { formatDate } from '../../lib/format-date';
import { Badge, Breadcrumb, Button, Loading, LoadErrorAlert, PageHeader } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { CheckInSection } from './check-in-section';
import { ConversationSection } from './conversation-section';
import { GoalHistory } from './goal-history';
import { GoalReview } from './goal-review';
import { LearningGoalForm } from './learning-goal-form';
import { STATUS_WORDS } from './learning-goal-words';
import { useGoalMutation } from './use-goal-mutation';
import './learning-goal.css';

/** `/o/:organizationId/goals/:goalId`: one goal, between its member and coach — co-construction, check-ins, coaching. */
export function LearningGoalPage() {
  const organization = useOrganization();
  const { goalId = '' } = useParams();
  const { data, loading, error } = useQuery(LearningGoalDocument, {
    variables: { input: { organizationId: organization.id, goalId } },
    fetchPolicy: 'cache-and-network',
  });
  const detail = data?.learningGoal;
  useDocumentTitle(detail?.goal.title ?? 'Learning goal', organization.name);
  const [editing, setEditing] = useState(false);
  const [update] = useGoalMutation(UpdateLearningGoalDocument, organization.id, goalId);

  if (loading && !detail) return <Loading />;
  if (!detail) {
    // Not found and not yours look the same: a learning goal is its member's and coach's alone.
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <LoadErrorAlert what="this learning goal">
        {missing ? 'It does not exist, or it is between a member and their coach.' : error ? undefined : null}
      </LoadErrorAlert>
    );
  }
  const { goal } = detail;
  const status = STATUS_WORDS[goal.status];

  return (
    <div className="page page-narrow learning-goal">
      <Breadcrumb
        trail={[{ label: 'Learning goals', to: routes.learningGoals(organization.id) }]}
        current={goal.title}
      />
      <PageHeader
        eyebrow={<Badge tone={status.tone}>{status.label}</Badge>}
        title={goal.title}
        description={
          <>
            {goal.member.displayName} · coach: {goal.coach?.displayName ?? 'not chosen yet'}
            {goal.alignedTo && <> · aligned to “{goal.alignedTo.title}”</>} · check-ins every {goal.cadenceDays} days
            {goal.nextCheckInDue && <> · next by {formatDate(goal.nextCheckInDue)}</>}
          </>
        }
      />
      {editing ? (
        <LearningGoalForm
          organizationId={organization.id}
          goal={goal}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSave={async (values) => {
            await update({ variables: { input: { organizationId: organization.id, goalId, ...values } } });
            setEditing(false);
          }}
        />
      ) : (
        <>
          {goal.description && <p className="goal-quote">{goal.description}</p>}
          {goal.viewerCan.edit && (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit goal
            </Button>
          )}
        </>
      )}
      <GoalReview organizationId={organization.id} goal={goal} />
      {goal.status === 'APPROVED' && (
        <>
          <CheckInSection organizationId={organization.id} detail={detail} />
          <ConversationSection organizationId={organization.id} detail={detail} />
        </>
      )}
      <GoalHistory organizationId={organization.id} detail={detail} />
    </div>
  );
}
