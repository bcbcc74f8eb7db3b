import { routes } from '@openhuddle/shared';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { errorCode } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import {
  EditHuddleDocument,
  UpdateHuddleDocument,
  type EditHuddleQuery,
  type HuddleScope,
} from '../../generated/graphql';
import {
  Alert,
  Button,
  ButtonLink,
  EmptyState,
  FormErrorSummary,
  Loading,
  PageHeader,
  Section,
  Breadcrumb,
  LoadErrorAlert,
} from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { CancelHuddle } from './cancel-huddle';
import { checkDetails, HuddleDetailsFields, nudgeHoursOf, ScopeChoice } from './huddle-fields';
import { HUDDLE_STATUS_LABELS } from './huddle-words';
import { formatHuddleTime } from '../../lib/format-date';
import { utcToZonedInput, validZone } from '../../lib/time-zone';
import '../cohort/learning.css';
import './huddle.css';

export type EditableHuddle = EditHuddleQuery['huddle'];

/** `/o/:organizationId/huddles/:huddleId/edit`: change a scheduled huddle's details, or cancel it. */
export function EditHuddlePage() {
  const organization = useOrganization();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const { huddleId = '' } = useParams();
  const { data, loading, error } = useQuery(EditHuddleDocument, { variables: { id: huddleId } });
  const huddle = data?.huddle;
  useDocumentTitle(huddle ? `Edit: ${huddle.title}` : 'Edit huddle', organization.name);

  if (loading && !huddle) return <Loading />;
  if (!huddle) {
    return (
      <div className="page page-narrow">
        {errorCode(error) === 'NOT_FOUND' ? (
          <>
            <PageHeader title="Huddle not found" />
            <EmptyState
              title="This huddle does not exist, or you are not in its cohort."
              action={<ButtonLink to={routes.organization(organization.id)}>Back to the organisation</ButtonLink>}
            />
          </>
        ) : (
          <LoadErrorAlert what="this huddle" />
        )}
      </div>
    );
  }
  const brief = routes.huddle(organization.id, huddle.id);
  const timeZone = viewer?.timeZone;

  return (
    <div className="page page-narrow page-form">
      <Breadcrumb
        trail={[
          { label: organization.name, to: routes.organization(organization.id) },
          { label: huddle.title, to: brief },
        ]}
        current={'Edit'}
      />
      <PageHeader
        title="Edit huddle"
        eyebrow={`${huddle.title} · ${formatHuddleTime(huddle.startsAt, huddle.durationMinutes, timeZone)}`}
        description="Members are told when the time changes; calendars that subscribed to the feed update by themselves."
      />
      {!huddle.viewerCan.facilitate ? (
        <Alert tone="info" title="Only the cohort’s facilitators change huddles">
          <Link to={brief}>Back to the brief</Link>
        </Alert>
      ) : huddle.status !== 'SCHEDULED' ? (
        <Alert tone="info" title={`This huddle is ${HUDDLE_STATUS_LABELS[huddle.status].toLowerCase()}`}>
          <p>
            {huddle.status === 'CANCELLED'
              ? 'A cancelled huddle stays as it was: schedule a new one to meet.'
              : 'Once a huddle has started, its time and details stay as they were.'}{' '}
            <Link to={brief}>Back to the brief</Link>
          </p>
        </Alert>
      ) : (
        <>
          <Section>
            <EditHuddleForm huddle={huddle} timeZone={timeZone} onSaved={() => navigate(brief)} cancelTo={brief} />
          </Section>
          <CancelHuddle huddle={huddle} timeZone={timeZone} onCancelled={() => navigate(brief)} />
        </>
      )}
    </div>
  );
}

/** The huddle's details, with the choice of meetings when later ones of its series exist. */
export function EditHuddleForm({
  huddle,
  timeZone,
  onSaved,
  cancelTo,
}: {
  huddle: EditableHuddle;
  timeZone?: string;
  onSaved: (huddleId: string) => void;
  cancelTo: string;
}) {
  const form = useForm({
    title: huddle.title,
    startsAt: utcToZonedInput(huddle.startsAt, timeZone),
    durationMinutes: String(huddle.durationMinutes),
    joinUrl: huddle.joinUrl ?? '',
    nudgeHours: huddle.nudgeHours.join(','),
    allowPast: '',
  });
  const [scope, setScope] = useState<HuddleScope>('THIS');
  const [update, { loading }] = useMutation(UpdateHuddleDocument);
  const series = huddle.laterInSeries > 0;
  const ownZone = (validZone(timeZone) ?? Intl.DateTimeFormat().resolvedOptions().timeZone) === huddle.timeZone;

  const submit = async () => {
    const { startsAt, errors } = checkDetails(form.values, timeZone);
    if (errors) {
      form.setErrors(errors);
      return;
    }
    await form.submit(async () => {
      const { data } = await update({
        variables: {
          input: {
            huddleId: huddle.id,
            title: form.values.title.trim(),
            startsAt,
            durationMinutes: Number(form.values.durationMinutes),
            joinUrl: form.values.joinUrl.trim() || null,
            nudgeHours: nudgeHoursOf(form.values),
            allowPast: form.values.allowPast === 'yes',
            scope: series ? scope : 'THIS',
          },
        },
      });
      onSaved(data?.updateHuddle[0]?.id ?? huddle.id);
    });
  };

  return (
    <form
      className="form"
      noValidate
      aria-label="Huddle details"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <HuddleDetailsFields
        form={form}
        timeZone={timeZone}
        titleHint={series ? 'Meetings of a series keep their number, e.g. (2/6).' : 'e.g. “Thursday PLC huddle”.'}
        whenHint={
          series && !ownZone
            ? `The series keeps its local time in ${huddle.timeZone.replace(/_/g, ' ')}, where it was scheduled.`
            : undefined
        }
      />
      {series && (
        <ScopeChoice
          legend="Change which meetings?"
          name="scope"
          value={scope}
          later={huddle.laterInSeries}
          onChange={setScope}
          hint={
            scope === 'FOLLOWING'
              ? 'Later meetings take what you change here: a new time moves each to the same new weekday and time.'
              : undefined
          }
        />
      )}
      <FormErrorSummary errors={form.errors} />
      <div className="form-actions">
        <Button type="submit" busy={loading}>
          Save changes
        </Button>
        <ButtonLink to={cancelTo} variant="ghost">
          Back without saving
        </ButtonLink>
      </div>
    </form>
  );
}
