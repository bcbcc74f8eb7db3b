import { useQuery } from '@apollo/client/react';
import { PromptReviewAssignmentsDocument, type PromptCohortQuery, type PromptQuery } from '../../generated/graphql';
import { Section } from '../../ui';
import { plural } from './prompt-words';

type Members = PromptCohortQuery['cohort']['members'];

/** For facilitators: who has posted, who has not, and how peer reviews are going. */
export function Participation({ prompt, members }: { prompt: PromptQuery['prompt']; members: Members }) {
  const { data } = useQuery(PromptReviewAssignmentsDocument, {
    variables: { id: prompt.id },
    fetchPolicy: 'cache-and-network',
  });
  const posters = new Set(
    prompt.contributions.filter((c) => c.status === 'PUBLISHED' && c.author).map((c) => c.author!.id),
  );
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
        </div>
      )}
    </Section>
  );
}
