import { useMutation } from '@apollo/client/react';
import { LEARNING_LIMITS } from '@openhuddle/shared';
import { useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { useViewer } from '../../app/session';
import { AddCommentDocument, PromptDocument, type ContributionFieldsFragment } from '../../generated/graphql';
import { Avatar, Badge, Button, FormErrorSummary, Select, TextArea } from '../../ui';
import { Markdown } from './markdown';
import { mentionedIds, useMentionable, type Mentionable } from './mentions';
import { formatDateTime } from '../../lib/format-date';
import { ReportButton } from '../moderation/report-dialog';

type Comment = ContributionFieldsFragment['comments'][number];

interface CommentThreadProps {
  contribution: ContributionFieldsFragment;
  /** Comments on one feedback; null for the contribution's own discussion. */
  feedbackId: string | null;
  canComment: boolean;
  /** Accessible name of the thread, e.g. "Discussion of Luis's contribution". */
  label: string;
}

/** A discussion: comments in order, replies under the comment they answer, and a box to add one. */
export function CommentThread({ contribution, feedbackId, canComment, label }: CommentThreadProps) {
  const { viewer } = useViewer();
  const comments = contribution.comments.filter((c) => (c.feedbackId ?? null) === feedbackId);
  const topLevel = comments.filter((c) => !c.parentId || !comments.some((p) => p.id === c.parentId));
  const [replyTo, setReplyTo] = useState<Comment | null>(null);
  const [open, setOpen] = useState(false);

  if (!comments.length && !canComment) return null;
  return (
    <div className="thread" role="group" aria-label={label}>
      {comments.length > 0 && (
        <ul className="comment-list">
          {topLevel.map((comment) => (
            <li key={comment.id}>
              <CommentView
                comment={comment}
                timeZone={viewer?.timeZone}
                onReply={
                  canComment
                    ? () => {
                        setReplyTo(comment);
                        setOpen(true);
                      }
                    : undefined
                }
              />
              {comments.some((r) => r.parentId === comment.id) && (
                <ul className="comment-list comment-replies">
                  {comments
                    .filter((r) => r.parentId === comment.id)
                    .map((reply) => (
                      <li key={reply.id}>
                        <CommentView comment={reply} timeZone={viewer?.timeZone} />
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      {canComment &&
        (open ? (
          <CommentForm
            contribution={contribution}
            feedbackId={feedbackId}
            replyTo={replyTo}
            onDone={() => {
              setOpen(false);
              setReplyTo(null);
            }}
          />
        ) : (
          <div>
            <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
              {feedbackId ? 'Reply to this feedback' : comments.length ? 'Add a comment' : 'Start a discussion'}
            </Button>
          </div>
        ))}
    </div>
  );
}

function CommentView({ comment, timeZone, onReply }: { comment: Comment; timeZone?: string; onReply?: () => void }) {
  const name = comment.author?.displayName ?? 'Anonymous member';
  return (
    <article className="comment">
      <header className="comment-head">
        <Avatar name={name} url={comment.author?.avatarUrl} size="sm" />
        <span className="comment-author">{name}</span>
        {comment.byContributionAuthor && <Badge tone="accent">Author</Badge>}
        <time className="meta" dateTime={comment.createdAt}>
          {formatDateTime(comment.createdAt, timeZone)}
        </time>
      </header>
      <Markdown className="comment-body" headingLevel={5}>
        {comment.body}
      </Markdown>
      {onReply && (
        <Button variant="ghost" size="sm" onClick={onReply} aria-label={`Reply to ${name}`}>
          Reply
        </Button>
      )}
      {comment.viewerCan.report && <ReportButton subjectType="COMMENT" subjectId={comment.id} authorName={name} />}
    </article>
  );
}

function CommentForm({
  contribution,
  feedbackId,
  replyTo,
  onDone,
}: {
  contribution: ContributionFieldsFragment;
  feedbackId: string | null;
  replyTo: Comment | null;
  onDone: () => void;
}) {
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const { viewer } = useViewer();
  const people = useMentionable().filter((p) => p.id !== viewer?.id);
  const [picked, setPicked] = useState<Mentionable[]>([]);
  const [mention, setMention] = useState('');
  const [add, { loading }] = useMutation(AddCommentDocument, {
    refetchQueries: [{ query: PromptDocument, variables: { id: contribution.promptId } }],
    awaitRefetchQueries: true,
  });
  const replyName = replyTo ? (replyTo.author?.displayName ?? 'Anonymous member') : null;
  return (
    <form
      className="form comment-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setErrors(NO_ERRORS);
        try {
          await add({
            variables: {
              input: {
                contributionId: contribution.id,
                feedbackId: feedbackId ?? undefined,
                parentId: replyTo?.id,
                body: body.trim(),
                mentionedUserIds: mentionedIds(body, picked),
              },
            },
          });
          setBody('');
          setPicked([]);
          onDone();
        } catch (error) {
          setErrors(toFormErrors(error, ['body', 'mentionedUserIds']));
        }
      }}
    >
      <TextArea
        label={replyName ? `Reply to ${replyName}` : feedbackId ? 'Reply to this feedback' : 'Comment'}
        rows={3}
        autoFocus
        maxLength={LEARNING_LIMITS.commentMax}
        name="body"
        value={body}
        error={errors.fields.body}
        onChange={(e) => setBody(e.target.value)}
      />
      {people.length > 0 && (
        <div className="mention-row">
          <Select
            className="mention-select"
            label="Mention someone (optional)"
            hint="Adds @Name to your comment."
            name="mention"
            value={mention}
            error={errors.fields.mentionedUserIds}
            options={[
              { value: '', label: 'Pick a person…' },
              ...people.map((p) => ({ value: p.id, label: p.displayName })),
            ]}
            onChange={(e) => setMention(e.target.value)}
          />
          <Button
            variant="secondary"
            size="sm"
            disabled={!mention}
            onClick={() => {
              const person = people.find((p) => p.id === mention);
              if (!person) return;
              setPicked((list) => [...list, person]);
              setBody((b) => `${b}${b && !/\s$/.test(b) ? ' ' : ''}@${person.displayName} `);
              setMention('');
            }}
          >
            Mention
          </Button>
        </div>
      )}
      <FormErrorSummary errors={errors} />
      <div className="form-actions">
        <Button type="submit" size="sm" busy={loading} disabled={!body.trim()}>
          Post
        </Button>
        <Button variant="ghost" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
