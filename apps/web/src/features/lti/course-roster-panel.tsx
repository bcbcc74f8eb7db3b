import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { toFormErrors, type FormErrors, NO_ERRORS } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import {
  CohortDocument,
  CohortLtiCourseDocument,
  SyncLtiRosterDocument,
  type SyncLtiRosterMutation,
} from '../../generated/graphql';
import { formatDateTime } from '../../lib/format-date';
import { plural } from '../../lib/plural';
import { Alert, Button, FormErrorSummary, Section } from '../../ui';

/**
 * On a cohort's people, for its facilitators, when a course of the LMS places the cohort (LTI):
 * which course, when its roster last synced, and "Sync roster" to bring it up to date now.
 */
export function CourseRosterPanel({ cohortId }: { cohortId: string }) {
  const { viewer } = useViewer();
  const { data } = useQuery(CohortLtiCourseDocument, { variables: { cohortId } });
  const [sync, { loading }] = useMutation(SyncLtiRosterDocument, {
    refetchQueries: [CohortLtiCourseDocument, CohortDocument],
  });
  const [result, setResult] = useState<SyncLtiRosterMutation['syncLtiRoster'] | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const course = data?.cohortLtiCourse;
  if (!course) return null;
  const synced = course.rosterSyncedAt
    ? `Last synced ${formatDateTime(course.rosterSyncedAt, viewer?.timeZone)}.`
    : 'Not synced yet.';
  return (
    <Section
      title="Course roster"
      description={`Placed in ${course.contextId ? `course ${course.contextId}` : 'a course'} on ${course.platformName}.`}
    >
      {course.rosterAvailable ? (
        <>
          <p className="muted">
            {synced} Syncing adds the people the course lists (teachers facilitate, students are members) and takes out
            those it no longer lists; their work stays.
          </p>
          <FormErrorSummary errors={errors} />
          {result && (
            <Alert tone="success">
              Synced: {plural(result.listed, 'person', 'people')} in the course, {result.added} added, {result.removed}{' '}
              taken out
              {result.skipped > 0 && `, ${result.skipped} not brought in (no email shared, or not in the organisation)`}
              .
            </Alert>
          )}
          <Button
            variant="secondary"
            busy={loading}
            onClick={async () => {
              setErrors(NO_ERRORS);
              setResult(null);
              try {
                const { data: done } = await sync({ variables: { input: { cohortId } } });
                if (done) setResult(done.syncLtiRoster);
              } catch (error) {
                setErrors(toFormErrors(error, []));
              }
            }}
          >
            Sync roster
          </Button>
        </>
      ) : (
        <p className="muted">
          The course does not share its roster: turn on Names and Role Provisioning for the tool in the LMS, then launch
          from the course once.
        </p>
      )}
      {course.gradebook && (
        <p className="muted" data-testid="lti-gradebook">
          Completion scores go to the course gradebook when someone publishes to a placed prompt (only that they
          completed it, never what they wrote): {plural(course.scoresSent, 'score')} sent
          {course.scoresPending > 0 && `, ${course.scoresPending} waiting for the LMS to accept them`}.
        </p>
      )}
    </Section>
  );
}
