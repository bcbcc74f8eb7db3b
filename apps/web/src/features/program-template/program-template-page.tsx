import { routes } from '@openhuddle/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { toFormErrors } from '../../app/graphql-errors';
import {
  DuplicateProgramTemplateDocument,
  ProgramTemplateDocument,
  ProgramTemplatesDocument,
} from '../../generated/graphql';
import { formatDate } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { Alert, Breadcrumb, Button, ButtonLink, Loading, LoadErrorAlert, PageHeader, Section, Select } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { templateTimeLabel } from './template-time';
import './program-template.css';

/** A template's content at one of its versions (the latest unless picked), with duplicate and launch. */
export function ProgramTemplatePage() {
  const organization = useOrganization();
  const navigate = useNavigate();
  const { templateId = '' } = useParams();
  const [version, setVersion] = useState<number | null>(null);
  const { data, loading, error } = useQuery(ProgramTemplateDocument, {
    variables: { id: templateId, version },
    fetchPolicy: 'cache-and-network',
  });
  const [duplicate, duplicating] = useMutation(DuplicateProgramTemplateDocument, {
    refetchQueries: [{ query: ProgramTemplatesDocument, variables: { organizationId: organization.id } }],
  });
  const [duplicateError, setDuplicateError] = useState<string | null>(null);
  const t = data?.programTemplate;
  useDocumentTitle(t?.title ?? 'Program template', organization.name);

  if (loading && !t) return <Loading />;
  if (!t) return <LoadErrorAlert what="this program template">{error ? undefined : null}</LoadErrorAlert>;
  const c = t.content;
  const versions = Array.from({ length: t.version }, (_, i) => t.version - i);

  const onDuplicate = async () => {
    setDuplicateError(null);
    try {
      const result = await duplicate({ variables: { id: t.id, title: `${t.title} (copy)` } });
      const copy = result.data?.duplicateProgramTemplate;
      if (copy) await navigate(routes.programTemplate(copy.organizationId, copy.id));
    } catch (e) {
      setDuplicateError(toFormErrors(e).summary ?? 'The template could not be duplicated.');
    }
  };

  return (
    <div className="page">
      <Breadcrumb
        trail={[{ label: 'Program templates', to: routes.programTemplates(organization.id) }]}
        current={t.title}
      />
      <PageHeader
        eyebrow="Program template"
        title={c.title}
        description={c.description || undefined}
        actions={
          <div className="template-card-actions">
            {t.viewerCan.duplicate && (
              <Button variant="secondary" busy={duplicating.loading} onClick={onDuplicate}>
                Duplicate
              </Button>
            )}
            {t.viewerCan.launch && <ButtonLink to={routes.launchProgram(organization.id, t.id)}>Launch</ButtonLink>}
          </div>
        }
      />
      {duplicateError && <Alert tone="danger">{duplicateError}</Alert>}
      <div className="template-version-bar">
        <Select
          label="Version"
          name="version"
          value={String(c.version)}
          options={versions.map((v) => ({ value: String(v), label: v === t.version ? `${v} (latest)` : String(v) }))}
          onChange={(e) => setVersion(Number(e.target.value))}
        />
        <p className="meta">
          Version {c.version} saved {formatDate(c.createdAt)} · {plural(t.launchCount, 'cohort')} launched from this
          template
        </p>
      </div>
      <div className="layout-split">
        <Section title="Prompts" description="Days count from the launch’s start date (day 0).">
          <ol className="template-items">
            {c.prompts.map((p) => (
              <li key={p.position}>
                <strong>{p.title}</strong>
                <p className="meta">
                  Opens {templateTimeLabel(p.opens)}
                  {p.due && ` · due ${templateTimeLabel(p.due)}`}
                </p>
              </li>
            ))}
          </ol>
        </Section>
        <Section title="Huddles">
          {c.huddles.length === 0 ? (
            <p className="meta">No huddles.</p>
          ) : (
            <ol className="template-items">
              {c.huddles.map((h) => (
                <li key={h.position}>
                  <strong>{h.title}</strong>
                  <p className="meta">
                    {templateTimeLabel(h.at)} · {h.durationMinutes} min
                  </p>
                </li>
              ))}
            </ol>
          )}
        </Section>
      </div>
      <p>
        <Link to={routes.programTemplates(organization.id)}>All program templates</Link>
      </p>
    </div>
  );
}
