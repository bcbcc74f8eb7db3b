import { useMutation } from '@apollo/client/react';
import { LIMITS, routes } from '@openhuddle/shared';
import { useNavigate } from 'react-router';
import { rememberOrganization } from '../../app/last-organization';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import { CreateOrganizationDocument, ViewerDocument } from '../../generated/graphql';
import { Button, FormErrorSummary, PageHeader, Section, TextField } from '../../ui';

export function CreateOrganizationPage() {
  useDocumentTitle('Create an organisation');
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const form = useForm({ name: '' });
  const [create, { loading }] = useMutation(CreateOrganizationDocument, {
    refetchQueries: [ViewerDocument],
    awaitRefetchQueries: true,
  });
  const first = !viewer?.organizations.length;

  return (
    <div className="page page-narrow">
      <PageHeader
        eyebrow={first ? `Welcome, ${viewer?.displayName ?? ''}` : undefined}
        title={first ? 'Create your organisation' : 'Create an organisation'}
        description={
          first
            ? 'An organisation is your school, district, company or consultancy. You will be its owner and can invite your team next. If someone invited you, open their invitation link instead.'
            : 'A separate space with its own members. Nothing is shared between organisations.'
        }
      />
      <Section>
        <form
          className="form"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            await form.submit(async () => {
              const { data } = await create({ variables: { input: { name: form.values.name.trim() } } });
              if (data) {
                rememberOrganization(data.createOrganization.id);
                void navigate(routes.organization(data.createOrganization.id));
              }
            });
          }}
        >
          <TextField
            label="Organisation name"
            hint="For example “Riverside Middle School” or “Northwind Leadership Team”. You can rename it later."
            required
            minLength={LIMITS.organizationNameMin}
            maxLength={LIMITS.organizationNameMax}
            autoComplete="organization"
            {...form.bind('name')}
          />
          <FormErrorSummary errors={form.errors} />
          <div className="form-actions">
            <Button type="submit" busy={loading}>
              Create organisation
            </Button>
          </div>
        </form>
      </Section>
    </div>
  );
}
