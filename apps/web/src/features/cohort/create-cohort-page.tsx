import { useMutation } from '@apollo/client/react';
import { LEARNING_LIMITS, routes } from '@openhuddle/shared';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import { CohortsDocument, CreateCohortDocument } from '../../generated/graphql';
import { Alert, Button, ButtonLink, FormErrorSummary, PageHeader, Section, TextField, TextArea } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import './learning.css';

export function CreateCohortPage() {
  const organization = useOrganization();
  useDocumentTitle('New cohort', organization.name);
  const navigate = useNavigate();
  const form = useForm({ name: '', description: '', startsOn: '', endsOn: '' });
  const [create, { loading }] = useMutation(CreateCohortDocument, { refetchQueries: [CohortsDocument] });
  const allowed = organization.viewerRole !== 'MEMBER';

  return (
    <div className="page page-narrow">
      <PageHeader
        eyebrow={organization.name}
        title="New cohort"
        description="A cohort is a group that learns together. You join it as its facilitator and can add people next."
      />
      {!allowed ? (
        <Alert tone="info" title="Only facilitators, admins and owners start cohorts">
          Ask a facilitator of {organization.name} to start one and add you.
        </Alert>
      ) : (
        <Section>
          <form
            className="form"
            noValidate
            onSubmit={async (e) => {
              e.preventDefault();
              await form.submit(async () => {
                const { values } = form;
                const { data } = await create({
                  variables: {
                    input: {
                      organizationId: organization.id,
                      name: values.name.trim(),
                      description: values.description.trim() || undefined,
                      startsOn: values.startsOn || undefined,
                      endsOn: values.endsOn || undefined,
                    },
                  },
                });
                if (data) void navigate(routes.cohort(organization.id, data.createCohort.id));
              });
            }}
          >
            <TextField
              label="Name"
              hint="For example “Grade 7 Math PLC” or “New leaders 2026”."
              required
              minLength={2}
              maxLength={LEARNING_LIMITS.cohortNameMax}
              autoComplete="off"
              {...form.bind('name')}
            />
            <TextArea
              label="Description (optional)"
              hint="What the group works on together."
              rows={3}
              maxLength={LEARNING_LIMITS.descriptionMax}
              name="description"
              value={form.values.description}
              error={form.errors.fields.description}
              onChange={(e) => form.setValues((v) => ({ ...v, description: e.target.value }))}
            />
            <div className="field-row">
              <TextField label="Starts on (optional)" type="date" {...form.bind('startsOn')} />
              <TextField
                label="Ends on (optional)"
                type="date"
                min={form.values.startsOn || undefined}
                {...form.bind('endsOn')}
              />
            </div>
            <FormErrorSummary errors={form.errors} />
            <div className="form-actions">
              <Button type="submit" busy={loading}>
                Create cohort
              </Button>
              <ButtonLink to={routes.organization(organization.id)} variant="ghost">
                Cancel
              </ButtonLink>
            </div>
          </form>
        </Section>
      )}
    </div>
  );
}
