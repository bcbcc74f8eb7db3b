import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@openhuddle/shared';
import { useMemo, useState } from 'react';
import { useViewer, type Viewer } from '../../app/session';
import { useDocumentTitle } from '../../app/use-document-title';
import { useForm } from '../../app/use-form';
import { ChangePasswordDocument, UpdateProfileDocument } from '../../generated/graphql';
import { NotificationPreferenceLinks } from '../notification/notification-preference-links';
import { YourDataSection } from '../account/your-data-section';
import { AvatarPicker } from './avatar-picker';
import { CalendarFeedSection } from './calendar-feed';
import { Alert, Button, FormErrorSummary, Loading, PageHeader, Section, Select, TextField } from '../../ui';

export function ProfilePage() {
  useDocumentTitle('Your profile');
  const { viewer } = useViewer();
  if (!viewer) return <Loading />;
  return (
    <div className="page page-narrow">
      <PageHeader title="Your profile" description={`Signed in as ${viewer.email}.`} />
      <div className="stack">
        <ProfileForm viewer={viewer} />
        <CalendarFeedSection />
        <NotificationPreferenceLinks viewer={viewer} />
        <ChangePasswordForm />
        <YourDataSection email={viewer.email} />
      </div>
    </div>
  );
}

function timeZoneOptions(current: string) {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = zones.includes(current) ? zones : [current, ...zones];
  return all.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }));
}

function ProfileForm({ viewer }: { viewer: Viewer }) {
  const form = useForm({
    displayName: viewer.displayName,
    timeZone: viewer.timeZone,
  });
  const [update, { loading }] = useMutation(UpdateProfileDocument);
  const [saved, setSaved] = useState(false);
  const zones = useMemo(() => timeZoneOptions(viewer.timeZone), [viewer.timeZone]);
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <Section title="About you" description="What the people in your organisations see.">
      <AvatarPicker viewer={viewer} name={form.values.displayName || viewer.displayName} />
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(false);
          const ok = await form.submit(() =>
            update({
              variables: {
                input: {
                  displayName: form.values.displayName,
                  timeZone: form.values.timeZone,
                },
              },
            }),
          );
          setSaved(ok);
        }}
      >
        <TextField
          label="Name"
          autoComplete="name"
          required
          maxLength={LIMITS.displayNameMax}
          {...form.bind('displayName')}
        />
        <Select
          label="Time zone"
          hint={
            browserZone && browserZone !== form.values.timeZone ? (
              <>
                This device is set to {browserZone.replace(/_/g, ' ')}.{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => form.setValues((v) => ({ ...v, timeZone: browserZone }))}
                >
                  Use it
                </button>
              </>
            ) : (
              'Due dates and huddle times are shown in this time zone.'
            )
          }
          options={zones}
          {...form.bind('timeZone')}
        />
        <FormErrorSummary errors={form.errors} />
        {saved && <Alert tone="success">Your profile is saved.</Alert>}
        <div className="form-actions">
          <Button type="submit" busy={loading}>
            Save profile
          </Button>
        </div>
      </form>
    </Section>
  );
}

function ChangePasswordForm() {
  const form = useForm({ currentPassword: '', newPassword: '' });
  const [changePassword, { loading }] = useMutation(ChangePasswordDocument);
  const [saved, setSaved] = useState(false);
  return (
    <Section title="Password" description="Changing it signs you out on every other device.">
      <form
        className="form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setSaved(false);
          const ok = await form.submit(() => changePassword({ variables: { input: form.values } }));
          if (ok) form.setValues({ currentPassword: '', newPassword: '' });
          setSaved(ok);
        }}
      >
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          {...form.bind('currentPassword')}
        />
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          minLength={LIMITS.passwordMin}
          maxLength={LIMITS.passwordMax}
          hint={`At least ${LIMITS.passwordMin} characters.`}
          {...form.bind('newPassword')}
        />
        <FormErrorSummary errors={form.errors} />
        {saved && <Alert tone="success">Password changed. Other devices will need to sign in again.</Alert>}
        <div className="form-actions">
          <Button type="submit" variant="secondary" busy={loading}>
            Change password
          </Button>
        </div>
      </form>
    </Section>
  );
}
