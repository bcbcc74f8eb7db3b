import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { toFormErrors } from '../../app/graphql-errors';
import {
  BriefDocument,
  FlagForDiscussionDocument,
  type BriefContributionFieldsFragment,
} from '../../generated/graphql';
import { Badge, Button } from '../../ui';
import { Markdown } from '../contribution/markdown';
import { KIND_LABELS } from '../prompt/prompt-words';
import { plural } from '../../lib/plural';

/** One contribution as the brief shows it: an excerpt, its helpful feedback and rubric averages. */
export function BriefContributionCard({
  contribution: c,
  huddleId,
  href,
  headingLevel = 4,
}: {
  contribution: BriefContributionFieldsFragment;
  huddleId: string;
  /** Where the whole contribution is, when the brief knows its prompt. */
  href?: string;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const author = c.author?.displayName ?? 'Anonymous member';
  return (
    <article className="brief-contribution" aria-label={`${KIND_LABELS[c.kind]} by ${author}`}>
      <header className="brief-contribution-head">
        <Heading className="brief-contribution-author">{author}</Heading>
        <div className="brief-contribution-badges">
          <Badge>{KIND_LABELS[c.kind]}</Badge>
          {c.spotlighted && <Badge tone="success">Spotlight</Badge>}
        </div>
      </header>
      <Markdown className="brief-excerpt">{c.excerpt}</Markdown>
      {c.helpfulFeedback.length > 0 && (
        <div className="brief-helpful">
          {c.helpfulFeedback.map((f) => (
            <blockquote key={f.id} className="brief-helpful-item">
              <p className="brief-helpful-from">Helpful feedback from {f.author.displayName}</p>
              {f.answers
                .filter((a) => a.text.trim())
                .map((a) => (
                  <p key={a.sectionKey}>
                    <strong>{a.label}:</strong> {a.text}
                  </p>
                ))}
            </blockquote>
          ))}
        </div>
      )}
      {c.rubricAverages.length > 0 && (
        <dl className="brief-rubric" aria-label="Rubric averages">
          {c.rubricAverages.map((r) => (
            <div key={r.criterionKey}>
              <dt>{r.label}</dt>
              <dd>{r.average.toFixed(1)}</dd>
            </div>
          ))}
        </dl>
      )}
      <footer className="brief-contribution-foot">
        <span className="meta">
          {plural(c.reviewCount, 'feedback', 'feedback')}
          {c.needsDiscussionVotes > 0 && ` · ${plural(c.needsDiscussionVotes, 'flag')} to discuss`}
        </span>
        <span className="brief-contribution-actions">
          <FlagToggle contributionId={c.id} flagged={c.viewerFlagged} huddleId={huddleId} author={author} />
          {href && (
            <Link to={href} className="subtle-link no-print">
              Open<span className="visually-hidden"> the contribution by {author}</span>
            </Link>
          )}
        </span>
      </footer>
    </article>
  );
}

function FlagToggle({
  contributionId,
  flagged,
  huddleId,
  author,
}: {
  contributionId: string;
  flagged: boolean;
  huddleId: string;
  author: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [flag, { loading }] = useMutation(FlagForDiscussionDocument, {
    refetchQueries: [{ query: BriefDocument, variables: { huddleId } }],
    awaitRefetchQueries: true,
  });
  return (
    <>
      <Button
        size="sm"
        variant={flagged ? 'primary' : 'secondary'}
        aria-pressed={flagged}
        busy={loading}
        className="no-print"
        onClick={async () => {
          setError(null);
          try {
            await flag({ variables: { contributionId, on: !flagged } });
          } catch (e) {
            setError(toFormErrors(e).summary);
          }
        }}
      >
        {flagged ? '⚑ Flagged to discuss' : '⚐ Needs discussion'}
        <span className="visually-hidden"> (contribution by {author})</span>
      </Button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
