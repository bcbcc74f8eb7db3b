import { routes } from '@openhuddle/shared';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { DraftLearningGoalDocument } from '../../generated/graphql';
import { Breadcrumb, PageHeader } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { LearningGoalForm } from './learning-goal-form';

/** `/o/:organizationId/goals/new`: draft a learning goal (it stays a draft until submitted to the coach). */
export function NewLearningGoalPage() {
  const organization = useOrganization();
  useDocumentTitle('Draft a learning goal', organization.name);
  const navigate = useNavigate();
  const [draft] = useMutation(DraftLearningGoalDocument, { refetchQueries: ['LearningGoals'] });
  return (
    <div className="page page-narrow">
      <Breadcrumb trail={[{ label: 'Learning goals', to: routes.learningGoals(organization.id) }]} current="New" />
      <PageHeader
        title="Draft a learning goal"
        description="Only you and your coach will see it. It stays a draft until you submit it."
      />
      <LearningGoalForm
        organizationId={organization.id}
        submitLabel="Save draft"
        onSave={async (values) => {
          const { data } = await draft({ variables: { input: { organizationId: organization.id, ...values } } });
          if (data) void navigate(routes.learningGoal(organization.id, data.draftLearningGoal.goal.id));
        }}
      />
    </div>
  );
}
