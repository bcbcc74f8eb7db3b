import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { CalendarFeedDocument, DisableCalendarFeedDocument, EnableCalendarFeedDocument } from '../../generated/graphql';
import { Alert, Button, CopyField, Section } from '../../ui';

/**
 * A private iCalendar feed of the viewer's huddles and due dates. The server keeps only a hash of
 * the link, so it can be shown once, right after it is made; making a new one revokes the old.
 */
export function CalendarFeedSection() {
  const { data, loading } = useQuery(CalendarFeedDocument);
  const refetchQueries = [{ query: CalendarFeedDocument }];
  const [enable, { loading: enabling }] = useMutation(EnableCalendarFeedDocument, { refetchQueries });
  const [disable, { loading: disabling }] = useMutation(DisableCalendarFeedDocument, { refetchQueries });
  const [url, setUrl] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const enabled = data?.me?.calendarFeedEnabled ?? false;

  const run = async (action: () => Promise<void>) => {
    setErrors(NO_ERRORS);
    setNotice(null);
    try {
      await action();
    } catch (e) {
      setErrors(toFormErrors(e));
    }
  };
  const create = () =>
    run(async () => {
      const result = await enable();
      setUrl(result.data?.enableCalendarFeed ?? null);
    });
  const turnOff = () =>
    run(async () => {
      await disable();
      setUrl(null);
      setNotice('Calendar feed turned off. Calendars subscribed to the old link stop updating.');
    });

  return (
    <Section
      title="Calendar"
      description="Your huddles and due dates in Google Calendar, Outlook or Apple Calendar, kept up to date."
    >
      <div className="stack-tight">
        {url ? (
          <>
            <CopyField label="Subscribe in your calendar app" value={url} />
            <p className="meta">
              In your calendar app, add a calendar “from URL” (or “by subscription”) and paste this link. Keep it
              private: anyone with it can see your schedule. It is shown only now; if you lose it, create a new one.
            </p>
          </>
        ) : enabled ? (
          <p>
            Your calendar feed is on. For your privacy the link is shown only when it is created; if you need it again,
            create a new one (the old one stops working).
          </p>
        ) : (
          !loading && <p>Get a private link that your calendar app subscribes to.</p>
        )}
        {notice && <Alert tone="success">{notice}</Alert>}
        {errors.summary && <Alert tone="danger">{errors.summary}</Alert>}
        {!loading && (
          <div className="form-actions">
            <Button variant={enabled ? 'secondary' : 'primary'} busy={enabling} onClick={() => void create()}>
              {enabled ? 'Create a new link (revokes the old one)' : 'Create a calendar link'}
            </Button>
            {enabled && (
              <Button variant="ghost" busy={disabling} onClick={() => void turnOff()}>
                Turn off
              </Button>
            )}
          </div>
        )}
      </div>
    </Section>
  );
}
