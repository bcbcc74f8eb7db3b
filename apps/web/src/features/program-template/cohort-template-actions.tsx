import { routes } from '@openhuddle/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useViewer } from '../../app/session';
import { useForm } from '../../app/use-form';
import { CohortTemplateFactsDocument, SaveCohortAsTemplateDocument } from '../../generated/graphql';
import { Alert, Button, ButtonLink, Card, FormErrorSummary, Select, TextField } from '../../ui';
import './program-template.css';

const RUNS_TEMPLATES = new Set(['FACILITATOR', 'ADMIN', 'OWNER']);

/**
 * On a cohort's page, for those who run it: its analytics, the template it was launched from, and
 * "Save as template" (into the cohort's organisation, or another one the viewer designs programs in).
 */
export function CohortTemplateActions({ cohortId }: { cohortId: string }) {
  const { data } = useQuery(CohortTemplateFactsDocument, { variables: { id: cohortId } });
  const [saving, setSaving] = useState(false);
  const cohort = data?.cohort;
  if (!cohort || (!cohort.viewerCan.facilitate && !cohort.viewerCanSaveAsTemplate)) return null;
  return (
    <Card className="cohort-template-actions">
      <div className="template-card-actions">
        {cohort.viewerCan.facilitate && (
          <ButtonLink variant="secondary" size="sm" to={routes.cohortAnalytics(cohort.organizationId, cohort.id)}>
            Participation analytics
          </ButtonLink>
        )}
        {cohort.viewerCanSaveAsTemplate && !saving && (
          <Button variant="secondary" size="sm" onClick={() => setSaving(true)}>
            Save as template
          </Button>
        )}
      </div>
      {cohort.programLaunch && (
        <p className="meta">
          Launched from{' '}
          <Link to={routes.programTemplate(cohort.organizationId, cohort.programLaunch.templateId)}>
            {cohort.programLaunch.templateTitle}
          </Link>{' '}
          (version {cohort.programLaunch.version})
        </p>
      )}
      {saving && (
        <SaveAsTemplateForm
          cohortId={cohort.id}
          cohortName={cohort.name}
          organizationId={cohort.organizationId}
          onCancel={() => setSaving(false)}
        />
      )}
    </Card>
  );
}

export function SaveAsTemplateForm({
  cohortId,
  cohortName,
  organizationId,
  onCancel,
}: {
  cohortId: string;
  cohortName: string;
  organizationId: string;
  onCancel: () => void;
}) {
  const { viewer } = useViewer();
  const owners = (viewer?.organizations ?? []).filter((o) => RUNS_TEMPLATES.has(o.viewerRole));
  const form = useForm({ title: cohortName, organizationId });
  const [save, { loading, data }] = useMutation(SaveCohortAsTemplateDocument);
  const saved = data?.saveCohortAsTemplate;
  if (saved) {
    return (
      <Alert tone="success" title="Saved as a template">
        <p>
          <Link to={routes.programTemplate(saved.organizationId, saved.id)}>{saved.title}</Link> holds this cohort’s{' '}
          {saved.promptCount} prompts and {saved.huddleCount} huddles, with their days counted from the cohort’s start.
        </p>
      </Alert>
    );
  }
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(() =>
          save({
            variables: {
              input: { cohortId, title: form.values.title, organizationId: form.values.organizationId },
            },
          }),
        );
      }}
    >
      <TextField label="Template title" required {...form.bind('title')} />
      {owners.length > 1 && (
        <Select
          label="Keep it in"
          {...form.bind('organizationId')}
          options={owners.map((o) => ({ value: o.id, label: o.name }))}
          hint="The organisation that owns the template; you can launch it into your other organisations."
        />
      )}
      <FormErrorSummary errors={form.errors} />
      <div className="template-card-actions">
        <Button type="submit" size="sm" busy={loading}>
          Save template
        </Button>
        <Button variant="ghost" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
