import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { routes } from '@openhuddle/shared';
import { useState } from 'react';
import { toFormErrors } from '../../app/graphql-errors';
import { useDocumentTitle } from '../../app/use-document-title';
import {
  type EmailCadence,
  MuteCohortDocument,
  type NotificationKind,
  NotificationPreferencesDocument,
  type NotificationPreferencesFieldsFragment,
  UnmuteCohortDocument,
  UpdateNotificationPreferencesDocument,
} from '../../generated/graphql';
import { Alert, Button, ButtonLink, Loading, LoadErrorAlert, PageHeader, Section, Select, TextField } from '../../ui';
import { useOrganization } from '../organization/organization-layout';
import { EMAIL_OPTIONS, KIND_LABELS, KIND_ORDER } from './notification-kinds';
import './notification.css';

/** Preferences have no id of their own: a mutation's result replaces the page's copy. */
function writePreferences(cache: ApolloCache, next: NotificationPreferencesFieldsFragment) {
  cache.updateQuery(
    { query: NotificationPreferencesDocument, variables: { organizationId: next.organizationId } },
    (previous) => previous && { ...previous, notificationPreferences: next },
  );
}

type Choices = Record<NotificationKind, { inApp: boolean; email: EmailCadence }>;

const choicesOf = (prefs: NotificationPreferencesFieldsFragment): Choices =>
  Object.fromEntries(prefs.kinds.map((k) => [k.kind, { inApp: k.inApp, email: k.email }])) as Choices;

/** `/o/:organizationId/notifications/preferences`: per kind in-app and email, quiet hours, muted cohorts. */
export function NotificationPreferencesPage() {
  const organization = useOrganization();
  useDocumentTitle('Notification preferences', organization.name);
  const { data, loading, refetch } = useQuery(NotificationPreferencesDocument, {
    variables: { organizationId: organization.id },
  });
  const prefs = data?.notificationPreferences;
  return (
    <div className="page page-narrow">
      <PageHeader
        eyebrow={organization.name}
        title="Notification preferences"
        description="Choose what reaches you in the app and by email, in this organisation."
        actions={
          <ButtonLink variant="secondary" to={routes.notifications(organization.id)}>
            All notifications
          </ButtonLink>
        }
      />
      {loading && !prefs ? (
        <Loading label="Loading your preferences…" />
      ) : !prefs || !data ? (
        <LoadErrorAlert what="your preferences" onRetry={() => void refetch()}>
          Check your connection and try again.
        </LoadErrorAlert>
      ) : (
        <div className="stack">
          <PreferencesForm key={prefs.organizationId} prefs={prefs} />
          <MutedCohorts prefs={prefs} cohorts={data.cohorts} />
        </div>
      )}
    </div>
  );
}

function PreferencesForm({ prefs }: { prefs: NotificationPreferencesFieldsFragment }) {
  const [choices, setChoices] = useState<Choices>(() => choicesOf(prefs));
  const [quiet, setQuiet] = useState<{ start: string; end: string } | null>(() =>
    prefs.quietHours ? { start: prefs.quietHours.start, end: prefs.quietHours.end } : null,
  );
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(UpdateNotificationPreferencesDocument, {
    update: (cache, { data }) => data && writePreferences(cache, data.updateNotificationPreferences),
  });
  const errors = toFormErrors(error, ['quietHours.start', 'quietHours.end', 'kinds']);
  const set = (kind: NotificationKind, change: Partial<Choices[NotificationKind]>) => {
    setSaved(false);
    setChoices((c) => ({ ...c, [kind]: { ...c[kind], ...change } }));
  };
  const changeQuiet = (next: { start: string; end: string } | null) => {
    setSaved(false);
    setQuiet(next);
  };

  const submit = async () => {
    setSaved(false);
    await update({
      variables: {
        input: {
          organizationId: prefs.organizationId,
          kinds: KIND_ORDER.map((kind) => ({ kind, ...choices[kind] })),
          quietHours: quiet,
        },
      },
    });
    setSaved(true);
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit().catch(() => undefined);
      }}
    >
      <Section title="What reaches you" description="Muted cohorts send nothing, whatever is chosen here.">
        <table className="notification-prefs-table">
          <thead>
            <tr>
              <th scope="col">Notification</th>
              <th scope="col">In the app</th>
              <th scope="col">Email</th>
            </tr>
          </thead>
          <tbody>
            {KIND_ORDER.map((kind) => (
              <tr key={kind}>
                <th scope="row">{KIND_LABELS[kind]}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${KIND_LABELS[kind]}: in the app`}
                    checked={choices[kind].inApp}
                    onChange={(e) => set(kind, { inApp: e.target.checked })}
                  />
                </td>
                <td>
                  <Select
                    name={`email-${kind}`}
                    label={`${KIND_LABELS[kind]}: email`}
                    hideLabel
                    options={EMAIL_OPTIONS}
                    value={choices[kind].email}
                    onChange={(e) => set(kind, { email: e.target.value as EmailCadence })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section
        title="Quiet hours"
        description={`Emails that would go out at once wait until quiet hours end (times in ${prefs.timeZone}, your profile’s time zone).`}
      >
        <label className="checkbox">
          <input
            type="checkbox"
            checked={!!quiet}
            onChange={(e) => changeQuiet(e.target.checked ? { start: '22:00', end: '07:00' } : null)}
          />{' '}
          Keep quiet hours
        </label>
        {quiet && (
          <div className="notification-quiet">
            <TextField
              label="From"
              name="quietStart"
              type="time"
              value={quiet.start}
              error={errors.fields['quietHours.start']}
              onChange={(e) => changeQuiet({ ...quiet, start: e.target.value })}
            />
            <TextField
              label="Until"
              name="quietEnd"
              type="time"
              value={quiet.end}
              error={errors.fields['quietHours.end']}
              onChange={(e) => changeQuiet({ ...quiet, end: e.target.value })}
            />
          </div>
        )}
      </Section>
      {(errors.summary || errors.fields.kinds) && (
        <Alert tone="danger" title="Your preferences were not saved">
          {errors.fields.kinds ?? errors.summary}
        </Alert>
      )}
      {saved && <Alert tone="success">Saved.</Alert>}
      <Button type="submit" disabled={loading}>
        {loading ? 'Saving…' : 'Save preferences'}
      </Button>
    </form>
  );
}

function MutedCohorts({
  prefs,
  cohorts,
}: {
  prefs: NotificationPreferencesFieldsFragment;
  cohorts: ReadonlyArray<{ id: string; name: string }>;
}) {
  const [mute, muting] = useMutation(MuteCohortDocument, {
    update: (cache, { data }) => data && writePreferences(cache, data.muteCohort),
  });
  const [unmute, unmuting] = useMutation(UnmuteCohortDocument, {
    update: (cache, { data }) => data && writePreferences(cache, data.unmuteCohort),
  });
  const muted = new Set(prefs.mutedCohorts.map((c) => c.id));
  const candidates = cohorts.filter((c) => !muted.has(c.id));
  const [picked, setPicked] = useState('');
  const busy = muting.loading || unmuting.loading;

  return (
    <Section title="Muted cohorts" description="Nothing from a muted cohort reaches you, in the app or by email.">
      {prefs.mutedCohorts.length === 0 ? (
        <p>No cohort is muted.</p>
      ) : (
        <ul className="notification-page-list">
          {prefs.mutedCohorts.map((c) => (
            <li key={c.id}>
              <span>{c.name}</span>
              <Button
                variant="secondary"
                size="sm"
                disabled={busy}
                aria-label={`Unmute ${c.name}`}
                onClick={() => void unmute({ variables: { cohortId: c.id } }).catch(() => undefined)}
              >
                Unmute
              </Button>
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <div className="notification-quiet">
          <Select
            name="muteCohort"
            label="Mute a cohort"
            options={[
              { value: '', label: 'Pick a cohort' },
              ...candidates.map((c) => ({ value: c.id, label: c.name })),
            ]}
            value={picked}
            onChange={(e) => setPicked(e.target.value)}
          />
          <Button
            variant="secondary"
            disabled={!picked || busy}
            onClick={() =>
              void mute({ variables: { cohortId: picked } })
                .then(() => setPicked(''))
                .catch(() => undefined)
            }
          >
            Mute
          </Button>
        </div>
      )}
    </Section>
  );
}
