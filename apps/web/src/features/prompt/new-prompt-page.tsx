import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { CohortDocument, PromptDocument } from '../../generated/graphql';
import { Alert, Loading, PageHeader, Section } from '../../ui';
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
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to={routes.organization(organization.id)}>{organization.name}</Link>
          <span aria-hidden="true"> / </span>
          <Link to={routes.cohort(organization.id, cohort.id)}>{cohort.name}</Link>
          <span aria-hidden="true"> / </span>
          <span aria-current="page">New prompt</span>
        </nav>
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
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to={routes.organization(organization.id)}>{organization.name}</Link>
          <span aria-hidden="true"> / </span>
          <Link to={routes.prompt(organization.id, prompt.id)}>{prompt.title}</Link>
          <span aria-hidden="true"> / </span>
          <span aria-current="page">Edit</span>
        </nav>
      )}
      <PageHeader title="Edit prompt" />
      {!prompt ? (
        <Alert tone="danger" title="We could not load this prompt">
          It may have been removed, or you are not a facilitator of its cohort.
        </Alert>
      ) : (
        <Section>
          <PromptForm organizationId={organization.id} cohortId={prompt.cohortId} prompt={prompt} />
        </Section>
      )}
    </div>
  );
}
