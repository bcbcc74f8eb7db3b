import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import {
  PromptReviewAssignmentsDocument,
  ReassignReviewDocument,
  type PromptCohortQuery,
  type PromptQuery,
  type PromptReviewAssignmentsQuery,
} from '../../generated/graphql';
import { Button, Section, Select } from '../../ui';
import { plural } from '../../lib/plural';
import { NudgeButtons } from '../nudge/nudge-buttons';

type Members = PromptCohortQuery['cohort']['members'];

/** For facilitators: who has posted, who has not, and how peer reviews are going. */
export function Participation({ prompt, members }: { prompt: PromptQuery['prompt']; members: Members }) {
  const { data } = useQuery(PromptReviewAssignmentsDocument, {
    variables: { id: prompt.id },
    fetchPolicy: 'cache-and-network',
  });
  // From the server, not the page of contributions shown (the list is paged).
  const posters = new Set(prompt.postedMemberIds);
  const expected = members.filter((m) => m.role === 'MEMBER');
  const posted = expected.filter((m) => posters.has(m.user.id));
  const waiting = expected.filter((m) => !posters.has(m.user.id));
  const assignments = data?.prompt.reviewAssignments ?? [];
  const open = assignments.filter((a) => !a.completedAt);
  const openByReviewer = new Map<string, { name: string; count: number }>();
  for (const a of open) {
    const entry = openByReviewer.get(a.reviewer.id) ?? { name: a.reviewer.displayName, count: 0 };
    entry.count += 1;
    openByReviewer.set(a.reviewer.id, entry);
  }

  return (
    <Section title="Participation" description="Only facilitators see this.">
      <dl className="facts">
        <div>
          <dt>Posted</dt>
          <dd>
            {posted.length} of {plural(expected.length, 'member')}
          </dd>
        </div>
        {assignments.length > 0 && (
          <div>
            <dt>Reviews done</dt>
            <dd>
              {assignments.length - open.length} of {assignments.length}
            </dd>
          </div>
        )}
      </dl>
      {waiting.length > 0 && prompt.status !== 'DRAFT' && (
        <div className="participation-group">
          <h3 className="subheading">Not posted yet</h3>
          <p className="meta">{waiting.map((m) => m.user.displayName).join(', ')}</p>
        </div>
      )}
      {openByReviewer.size > 0 && (
        <div className="participation-group">
          <h3 className="subheading">Reviews still owed</h3>
          <ul className="plain-list">
            {[...openByReviewer.values()].map((r) => (
              <li key={r.name}>
                {r.name}: {r.count}
              </li>
            ))}
          </ul>
          <details className="reassign">
            <summary>Move a review to someone else</summary>
            <ul className="reassign-list">
              {open.map((a) => (
                <ReassignRow key={a.id} assignment={a} prompt={prompt} members={members} />
              ))}
            </ul>
          </details>
        </div>
      )}
      {prompt.status === 'OPEN' && <NudgeButtons promptId={prompt.id} />}
    </Section>
  );
}

type Assignment = PromptReviewAssignmentsQuery['prompt']['reviewAssignments'][number];

/** One open review: who owes it, on whose contribution, and a member to hand it to. */
function ReassignRow({
  assignment,
  prompt,
  members,
}: {
  assignment: Assignment;
  prompt: PromptQuery['prompt'];
  members: Members;
}) {
  const authorId = assignment.contributionAuthorId;
  const candidates = members.filter(
    (m) => m.role === 'MEMBER' && m.user.id !== assignment.reviewer.id && m.user.id !== authorId,
  );
  const [reviewerId, setReviewerId] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [done, setDone] = useState<string | null>(null);
  const [reassign, { loading }] = useMutation(ReassignReviewDocument, {
    refetchQueries: [{ query: PromptReviewAssignmentsDocument, variables: { id: prompt.id } }],
    awaitRefetchQueries: true,
  });
  const on = members.find((m) => m.user.id === authorId)?.user.displayName ?? 'an anonymous contribution';
  return (
    <li className="reassign-row">
      <p>
        <strong>{assignment.reviewer.displayName}</strong> reviews {on}
      </p>
      <form
        className="reassign-form"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setErrors(NO_ERRORS);
          setDone(null);
          try {
            await reassign({ variables: { input: { assignmentId: assignment.id, reviewerId } } });
            setDone(candidates.find((c) => c.user.id === reviewerId)?.user.displayName ?? null);
            setReviewerId('');
          } catch (error) {
            setErrors(toFormErrors(error, ['reviewerId']));
          }
        }}
      >
        <Select
          label={`New reviewer instead of ${assignment.reviewer.displayName}`}
          hideLabel
          name="reviewerId"
          value={reviewerId}
          error={errors.fields.reviewerId ?? errors.summary}
          options={[
            { value: '', label: 'Pick a member…' },
            ...candidates.map((c) => ({ value: c.user.id, label: c.user.displayName })),
          ]}
          onChange={(e) => setReviewerId(e.target.value)}
        />
        <Button type="submit" variant="secondary" size="sm" busy={loading} disabled={!reviewerId}>
          Move
        </Button>
      </form>
      {done && (
        <p className="meta" role="status">
          Moved to {done}.
        </p>
      )}
    </li>
  );
}
