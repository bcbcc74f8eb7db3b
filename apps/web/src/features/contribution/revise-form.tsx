import { useApolloClient, useMutation } from '@apollo/client/react';
import { LEARNING_LIMITS } from '@openhuddle/shared';
import { useState } from 'react';
import { NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import {
  EditContributionDocument,
  PromptDocument,
  type ContributionFieldsFragment,
  type ContributionKind,
} from '../../generated/graphql';
import { Alert, Button, FormErrorSummary, Select, TextArea } from '../../ui';
import { KIND_LABELS } from '../prompt/prompt-words';
import { contributionErrors } from './contribution-errors';
import type { Attachment } from './attachments';
import { AttachmentsEditor } from './attachments-editor';
import { cleanLinks, linkFieldErrors, LinksEditor, type LinkDraft } from './links-editor';
import { Markdown } from './markdown';

interface ReviseFormProps {
  contribution: ContributionFieldsFragment;
  acceptedKinds: ContributionKind[];
  /** Cancel (and, without onSaved, after saving). */
  onDone: () => void;
  onSaved?: () => void;
  /** Where files upload; without it the form leaves the attachments as they are. */
  organizationId?: string;
}

/**
 * Revises a published contribution; the earlier text stays as a revision. The edit is based on the
 * version it started from: if someone saved a newer one meanwhile, the server answers CONFLICT and
 * the person keeps their text, sees the newer version, and decides.
 */
export function ReviseForm({ contribution, acceptedKinds, onDone, onSaved, organizationId }: ReviseFormProps) {
  const [baseVersion, setBaseVersion] = useState(contribution.version);
  const [kind, setKind] = useState<ContributionKind>(contribution.kind);
  const [body, setBody] = useState(contribution.body);
  const [links, setLinks] = useState<LinkDraft[]>(contribution.links.map((l) => ({ url: l.url, title: l.title })));
  const [attachments, setAttachments] = useState<Attachment[]>(contribution.attachments);
  // Sent only once changed: editContribution replaces the set when attachmentIds is given.
  const [attachmentsTouched, setAttachmentsTouched] = useState(false);
  const [answers, setAnswers] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [conflict, setConflict] = useState(false);
  const client = useApolloClient();
  const [edit, { loading }] = useMutation(EditContributionDocument, {
    refetchQueries: [{ query: PromptDocument, variables: { id: contribution.promptId } }],
    awaitRefetchQueries: true,
  });
  const kinds = acceptedKinds.includes(contribution.kind) ? acceptedKinds : [contribution.kind, ...acceptedKinds];
  // After a conflict the cache holds the newer version (the prompt was refetched).
  const newer = conflict && contribution.version !== baseVersion ? contribution : null;

  return (
    <form
      className="form revise-form"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        setErrors(NO_ERRORS);
        try {
          await edit({
            variables: {
              input: {
                contributionId: contribution.id,
                expectedVersion: baseVersion,
                kind,
                body,
                links: cleanLinks(links),
                ...(attachmentsTouched ? { attachmentIds: attachments.map((a) => a.id) } : {}),
                answersFeedbackId: answers || undefined,
              },
            },
          });
          (onSaved ?? onDone)();
        } catch (error) {
          const mapped = contributionErrors(error, ['answersFeedbackId', 'attachmentIds']);
          setErrors(mapped);
          if (mapped.code === 'CONFLICT') {
            setConflict(true);
            // Load the newer version into the cache, so it shows below; the textarea keeps this person's text.
            await client
              .query({ query: PromptDocument, variables: { id: contribution.promptId }, fetchPolicy: 'network-only' })
              .catch(() => undefined);
          }
        }
      }}
    >
      <h4 className="feedback-form-title">Revise your contribution</h4>
      <p className="meta">Everyone sees the new version; the earlier one stays in its history.</p>
      {kinds.length > 1 && (
        <Select
          label="Kind"
          name="kind"
          value={kind}
          error={errors.fields.kind}
          options={kinds.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          onChange={(e) => setKind(e.target.value as ContributionKind)}
        />
      )}
      <TextArea
        label="Contribution"
        hint="Markdown works."
        autoFocus
        rows={8}
        maxLength={LEARNING_LIMITS.contributionBodyMax}
        name="body"
        value={body}
        error={errors.fields.body}
        onChange={(e) => setBody(e.target.value)}
      />
      <LinksEditor
        idPrefix={`revise-${contribution.id}`}
        links={links}
        onChange={setLinks}
        errors={linkFieldErrors(errors.fields, links)}
      />
      {organizationId && (
        <AttachmentsEditor
          organizationId={organizationId}
          attachments={attachments}
          error={errors.fields.attachmentIds}
          onChange={(next) => {
            setAttachments(next);
            setAttachmentsTouched(true);
          }}
        />
      )}
      {contribution.feedbackPage.nodes.length > 0 && (
        <Select
          label="This revision answers feedback from (optional)"
          hint="Lets the person who gave it see what changed because of it."
          name="answersFeedbackId"
          value={answers}
          error={errors.fields.answersFeedbackId}
          options={[
            { value: '', label: 'No particular feedback' },
            ...contribution.feedbackPage.nodes.map((f) => ({ value: f.id, label: f.author.displayName })),
          ]}
          onChange={(e) => setAnswers(e.target.value)}
        />
      )}
      <FormErrorSummary errors={errors} />
      {newer && (
        <Alert tone="warning" title={`The newest saved version (version ${newer.version})`}>
          <Markdown className="conflict-preview">{newer.body || '_(empty)_'}</Markdown>
          <p>
            Your text above is untouched. Merge what you need from this version, then save yours as the newest version.
          </p>
          <div>
            <Button
              variant="secondary"
              size="sm"
              onClick={() => {
                setBaseVersion(newer.version);
                setConflict(false);
                setErrors(NO_ERRORS);
              }}
            >
              I have merged: base my edit on version {newer.version}
            </Button>
          </div>
        </Alert>
      )}
      <div className="form-actions">
        <Button type="submit" busy={loading} disabled={conflict && Boolean(newer)}>
          Save revision
        </Button>
        <Button variant="ghost" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
