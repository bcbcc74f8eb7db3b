import { routes } from '@openhuddle/shared';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { ProgramTemplatesDocument } from '../../generated/graphql';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { Badge, ButtonLink, Card, EmptyState, Loading, LoadErrorAlert, PageHeader } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import './program-template.css';

/** The organisation's program templates, most recently changed first; its facilitators, admins and owners. */
export function ProgramTemplatesPage() {
  const organization = useOrganization();
  useDocumentTitle('Program templates', organization.name);
  const { data, loading, error } = useQuery(ProgramTemplatesDocument, {
    variables: { organizationId: organization.id },
    fetchPolicy: 'cache-and-network',
  });
  const templates = data?.programTemplates.nodes;
  return (
    <div className="page">
      <PageHeader
        eyebrow={organization.name}
        title="Program templates"
        description="Programs you can run again: prompts and huddles on a calendar, launched as a new cohort with real dates. Save a cohort as a template from its page."
      />
      {loading && !templates ? (
        <Loading />
      ) : !templates ? (
        <LoadErrorAlert what="the program templates">{error ? undefined : null}</LoadErrorAlert>
      ) : templates.length === 0 ? (
        <EmptyState title="No program templates yet">
          Open a cohort you run and choose “Save as template” to reuse its prompts and huddles.
        </EmptyState>
      ) : (
        <ul className="template-list">
          {templates.map((t) => (
            <li key={t.id}>
              <Card className="template-card">
                <h2 className="template-card-title">
                  <Link to={routes.programTemplate(organization.id, t.id)}>{t.title}</Link>
                </h2>
                {t.description && <p className="template-card-description">{t.description}</p>}
                <p className="meta">
                  {plural(t.promptCount, 'prompt')} · {plural(t.huddleCount, 'huddle')} · version {t.version} · updated{' '}
                  {formatDate(t.updatedAt)}
                </p>
                <div className="template-card-actions">
                  {t.launchCount > 0 && <Badge tone="info">Launched {plural(t.launchCount, 'time')}</Badge>}
                  {t.viewerCan.launch && (
                    <ButtonLink size="sm" to={routes.launchProgram(organization.id, t.id)}>
                      Launch
                    </ButtonLink>
                  )}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
