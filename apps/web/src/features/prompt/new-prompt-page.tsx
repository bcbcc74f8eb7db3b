import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { CohortDocument, PromptDocument } from '../../generated/graphql';
import { Alert, Loading, PageHeader, Section, Breadcrumb, LoadErrorAlert } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { PromptForm } from './prompt-form';
import '../cohort/learning.css';

/** `/o/:organizationId/cohorts/:cohortId/prompts/new` */
export function NewPromptPage() {
  const organization = useOrganization();
  const { cohortId = '' } = useParams();
  const { data, loading } = useQuery(CohortDocument, { variables: { id: cohortId } });
  const cohort = data?.cohort;
  useDocumentTitle('New prompt', cohort?.name, organization.name);
  if (loading && !cohort) return <Loading />;
  return (
    <div className="page page-narrow page-form">
      {cohort && (
        <Breadcrumb
          trail={[
            { label: organization.name, to: routes.organization(organization.id) },
            { label: cohort.name, to: routes.cohort(organization.id, cohort.id) },
          ]}
          current={'New prompt'}
        />
      )}
      <PageHeader
        title="New prompt"
        description="What do you want the cohort to think about? Members answer it, then give each other feedback."
      />
      {!cohort?.viewerCan.facilitate ? (
        <Alert tone="info" title="Only the cohort’s facilitators write prompts">
          Ask a facilitator of this cohort to add you as one.
        </Alert>
      ) : (
        <Section>
          <PromptForm organizationId={organization.id} cohortId={cohort.id} />
        </Section>
      )}
    </div>
  );
}

/** `/o/:organizationId/prompts/:promptId/edit` */
export function EditPromptPage() {
  const organization = useOrganization();
  const { promptId = '' } = useParams();
  const { data, loading } = useQuery(PromptDocument, { variables: { id: promptId } });
  const prompt = data?.prompt;
  useDocumentTitle('Edit prompt', prompt?.title, organization.name);
  if (loading && !prompt) return <Loading />;
  return (
    <div className="page page-narrow page-form">
      {prompt && (
        <Breadcrumb
          trail={[
            { label: organization.name, to: routes.organization(organization.id) },
            { label: prompt.title, to: routes.prompt(organization.id, prompt.id) },
          ]}
          current={'Edit'}
        />
      )}
      <PageHeader title="Edit prompt" />
      {!prompt ? (
        <LoadErrorAlert what="this prompt">
          It may have been removed, or you are not a facilitator of its cohort.
        </LoadErrorAlert>
      ) : (
        <Section>
          <PromptForm organizationId={organization.id} cohortId={prompt.cohortId} prompt={prompt} />
        </Section>
      )}
    </div>
  );
}
