import { useMutation, useQuery } from '@apollo/client/react';
import { Language, LANGUAGE_NAMES, LIMITS, routes } from '@openhuddle/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { ROLE_DESCRIPTIONS, ROLE_LABELS, ROLE_TONES } from '../../app/roles';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import { CohortsDocument, UpdateOrganizationDocument, type Language as LanguageName } from '../../generated/graphql';
import { plural } from '../../lib/plural';
import { Alert, Badge, Button, ButtonLink, FormErrorSummary, PageHeader, Section, Select, TextField } from '../../ui';
import { CohortStat, CohortsSection } from '../cohort/cohorts-section';
import { PulsesToAnswer } from '../pulse-survey/pulses-to-answer';
import { SearchBox } from '../search/search-box';
import { useOrganization, type OrganizationContext } from './organization-layout';

/** The organisation's front door: who you are here, who is here, and what comes next. */
export function OrganizationHomePage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  useDocumentTitle(organization.name);
  const memberCount = organization.members.length;
  const facilitators = organization.members.filter((m) => m.role === 'FACILITATOR').length;
  const firstName = viewer?.displayName.split(' ')[0];

  return (
    <div className="page">
      <PageHeader
        eyebrow={firstName ? `Welcome, ${firstName}` : 'Welcome'}
        title={organization.name}
        description="Your team's space for learning together between meetings."
        actions={
          <>
            {/* Facilitators start from their dashboard: who is stuck, what is overdue, what needs them. */}
            {organization.viewerRole !== 'MEMBER' && (
              <ButtonLink to={routes.dashboard(organization.id)}>Your dashboard</ButtonLink>
            )}
            {organization.viewerCan.inviteMembers ? (
              <ButtonLink to="members" variant={organization.viewerRole !== 'MEMBER' ? 'secondary' : 'primary'}>
                Invite people
              </ButtonLink>
            ) : (
              <ButtonLink to="members" variant="secondary">
                See members
              </ButtonLink>
            )}
          </>
        }
      />

      <dl className="stats" aria-label="At a glance">
        <div className="stat">
          <dt>Your role</dt>
          <dd>
            <Badge tone={ROLE_TONES[organization.viewerRole]}>{ROLE_LABELS[organization.viewerRole]}</Badge>
            <span className="stat-note">{ROLE_DESCRIPTIONS[organization.viewerRole]}</span>
          </dd>
        </div>
        <div className="stat">
          <dt>Members</dt>
          <dd>
            <span className="stat-value">{memberCount}</span>
            <span className="stat-note">
              {facilitators === 1 ? '1 facilitator' : `${facilitators} facilitators`} ·{' '}
              <Link to="members">see everyone</Link>
            </span>
          </dd>
        </div>
        <CohortStat organizationId={organization.id} />
      </dl>

      <PulsesToAnswer organizationId={organization.id} />
      <SearchBox organizationId={organization.id} />
      <CohortsSection organizationId={organization.id} canCreate={organization.viewerRole !== 'MEMBER'} />

      <NextSteps organization={organization} hasAvatar={Boolean(viewer?.avatarUrl)} />

      {organization.viewerCan.updateOrganization && <OrganizationSettings organization={organization} />}
    </div>
  );
}

/**
 * The checklist for a new organisation, ticked from real state (people here, a photo, a cohort the
 * viewer is in), and gone once every step is done: long-running organisations do not see it.
 */
function NextSteps({ organization, hasAvatar }: { organization: OrganizationContext; hasAvatar: boolean }) {
  const { data } = useQuery(CohortsDocument, { variables: { organizationId: organization.id } });
  if (!data) return null;
  const memberCount = organization.members.length;
  const steps = { team: memberCount > 1, profile: hasAvatar, cohort: data.cohorts.length > 0 };
  if (steps.team && steps.profile && steps.cohort) return null;
  const canCreate = organization.viewerRole !== 'MEMBER';
  return (
    <Section title="What comes next" description="Three steps from a new organisation to your first huddle.">
      <ol className="steps">
        <Step
          done={steps.team}
          title="Bring your team in"
          action={organization.viewerCan.inviteMembers ? <Link to="members">Invite members</Link> : null}
        >
          {steps.team
            ? `${memberCount} people are here already.`
            : 'Invite the people you learn with. Each gets a personal link to join.'}
        </Step>
        <Step
          done={steps.profile}
          title="Introduce yourself"
          action={<Link to={routes.profile()}>Edit your profile</Link>}
        >
          Add your name, photo and time zone, so huddle times and due dates read right for you.
        </Step>
        <Step
          done={steps.cohort}
          title={canCreate ? 'Start a cohort' : 'Join a cohort'}
          action={canCreate && !steps.cohort ? <Link to="cohorts/new">Start a cohort</Link> : null}
        >
          {steps.cohort
            ? `You are in ${plural(data.cohorts.length, 'cohort')}.`
            : canCreate
              ? 'Cohorts are where a PLC, leadership group or writing club answers prompts, gives structured feedback and prepares each huddle.'
              : 'A facilitator adds you to a cohort; it shows up above.'}
        </Step>
      </ol>
    </Section>
  );
}

function Step({
  done,
  title,
  action,
  children,
}: {
  done: boolean;
  title: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <li className={done ? 'step step-done' : 'step'}>
      <span className="step-marker" aria-hidden="true">
        {done ? '✓' : ''}
      </span>
      <div>
        <p className="step-title">
          {title}
          {done && <span className="visually-hidden"> (done)</span>}
        </p>
        <p className="step-text">{children}</p>
        {action && <p className="step-action">{action}</p>}
      </div>
    </li>
  );
}

const LANGUAGE_OPTIONS = (Object.entries(Language) as Array<[LanguageName, Language]>).map(([name, code]) => ({
  value: name,
  label: LANGUAGE_NAMES[code],
}));

function OrganizationSettings({ organization }: { organization: OrganizationContext }) {
  const form = useForm({ name: organization.name, language: organization.language });
  const [update, { loading }] = useMutation(UpdateOrganizationDocument);
  const [saved, setSaved] = useState(false);
  return (
    <Section title="Organisation settings" description="Only owners and admins see this.">
      <form
        className="form form-inline"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(false);
          const ok = await form.submit(() =>
            update({
              variables: {
                input: {
                  organizationId: organization.id,
                  name: form.values.name.trim(),
                  language: form.values.language,
                },
              },
            }),
          );
          setSaved(ok);
        }}
      >
        <TextField
          label="Name"
          required
          minLength={LIMITS.organizationNameMin}
          maxLength={LIMITS.organizationNameMax}
          {...form.bind('name')}
        />
        <Select
          label="Language"
          hint="Search follows it: word forms, common words, and accents typed or not."
          options={LANGUAGE_OPTIONS}
          {...form.bind('language')}
        />
        <Button type="submit" variant="secondary" busy={loading}>
          Save
        </Button>
      </form>
      <FormErrorSummary errors={form.errors} />
      {saved && <Alert tone="success">Saved for everyone in the organisation.</Alert>}
    </Section>
  );
}
