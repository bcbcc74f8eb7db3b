import { useMutation } from '@apollo/client/react';
import { LEARNING_LIMITS } from '@openhuddle/shared';
import { useMemo, useRef, useState } from 'react';
import { NO_ERRORS, type FormErrors } from '../../app/graphql-errors';
import {
  PromptDocument,
  PublishContributionDocument,
  SaveDraftDocument,
  type DraftFieldsFragment,
  type ContributionKind,
} from '../../generated/graphql';
import { Alert, Button, FormErrorSummary, Select, TextArea } from '../../ui';
import { KIND_LABELS } from '../prompt/prompt-words';
import { contributionErrors } from './contribution-errors';
import type { Attachment } from './attachments';
import { AttachmentsEditor } from './attachments-editor';
import { cleanLinks, linkFieldErrors, LinksEditor, type LinkDraft } from './links-editor';
import { Markdown } from './markdown';
import { useAutosave, type AutosaveStatus } from './use-autosave';

interface ComposerProps {
  promptId: string;
  /** Files upload to the organisation, then attach to the draft. */
  organizationId: string;
  acceptedKinds: ContributionKind[];
  /** The viewer's saved draft for this prompt, if any: the composer picks up where they left off. */
  draft: DraftFieldsFragment | null;
  /** Told the published contribution's id, so the page can move focus to it. */
  onPublished: (contributionId: string) => void;
  onCancel?: () => void;
}

/** Writes a contribution: the draft saves itself as you type (private until published). */
export function Composer({ promptId, organizationId, acceptedKinds, draft, onPublished, onCancel }: ComposerProps) {
  const [kind, setKind] = useState<ContributionKind>(
    draft && acceptedKinds.includes(draft.kind) ? draft.kind : (acceptedKinds[0] ?? 'IDEA'),
  );
  const [body, setBody] = useState(draft?.body ?? '');
  const [links, setLinks] = useState<LinkDraft[]>(draft?.links.map((l) => ({ url: l.url, title: l.title })) ?? []);
  const [attachments, setAttachments] = useState<Attachment[]>(draft?.attachments ?? []);
  // Sent only once changed: saveDraft replaces the set when attachmentIds is given.
  const [attachmentsTouched, setAttachmentsTouched] = useState(false);
  // Autosave problems show beside the fields without moving focus; publish problems get the summary.
  const [preview, setPreview] = useState(false);
  const [saveErrors, setSaveErrors] = useState<FormErrors>(NO_ERRORS);
  const [publishErrors, setPublishErrors] = useState<FormErrors>(NO_ERRORS);
  const fields = { ...saveErrors.fields, ...publishErrors.fields };
  const contributionId = useRef<string | null>(draft?.id ?? null);
  const version = useRef<number | null>(draft?.version ?? null);
  const [saveDraft] = useMutation(SaveDraftDocument);
  const [publish, { loading: publishing }] = useMutation(PublishContributionDocument, {
    refetchQueries: [{ query: PromptDocument, variables: { id: promptId } }],
    awaitRefetchQueries: true,
  });

  const value = useMemo(
    () => ({ kind, body, links, attachmentIds: attachmentsTouched ? attachments.map((a) => a.id) : undefined }),
    [kind, body, links, attachments, attachmentsTouched],
  );
  const autosave = useAutosave(value, async (v) => {
    try {
      const { data } = await saveDraft({
        variables: {
          input: {
            promptId,
            contributionId: contributionId.current ?? undefined,
            expectedVersion: version.current ?? undefined,
            kind: v.kind,
            body: v.body,
            links: cleanLinks(v.links),
            ...(v.attachmentIds ? { attachmentIds: v.attachmentIds } : {}),
          },
        },
      });
      if (data) {
        contributionId.current = data.saveDraft.id;
        version.current = data.saveDraft.version;
      }
      setSaveErrors(NO_ERRORS);
    } catch (error) {
      setSaveErrors(contributionErrors(error, ['attachmentIds']));
      throw error;
    }
  });

  const submit = async () => {
    setPublishErrors(NO_ERRORS);
    const saved = await autosave.flush();
    if (!saved) return;
    if (!contributionId.current) {
      setPublishErrors({
        fields: { body: 'Write something (or add a link) before publishing.' },
        summary: null,
        code: 'BAD_USER_INPUT',
      });
      return;
    }
    try {
      const publishedId = contributionId.current;
      await publish({ variables: { id: publishedId } });
      autosave.reset();
      contributionId.current = null;
      version.current = null;
      setBody('');
      setLinks([]);
      setAttachments([]);
      setAttachmentsTouched(false);
      onPublished(publishedId);
    } catch (error) {
      setPublishErrors(contributionErrors(error));
    }
  };

  return (
    <form
      className="form composer"
      noValidate
      aria-labelledby="composer-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="composer-head">
        <h2 id="composer-title" className="card-title">
          Your contribution
        </h2>
        <SaveIndicator status={autosave.status} />
      </div>
      {acceptedKinds.length > 1 ? (
        <Select
          label="Kind"
          name="kind"
          value={kind}
          error={fields.kind}
          options={acceptedKinds.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
          onChange={(e) => setKind(e.target.value as ContributionKind)}
        />
      ) : (
        <p className="meta">
          This prompt asks for: <strong>{KIND_LABELS[kind]}</strong>
        </p>
      )}
      <TextArea
        label="What you want to share"
        hint="Markdown works: **bold**, _italic_, lists with -, links. Only you see it until you publish."
        rows={8}
        maxLength={LEARNING_LIMITS.contributionBodyMax}
        name="body"
        value={body}
        error={fields.body}
        onChange={(e) => setBody(e.target.value)}
      />
      <div>
        <Button variant="ghost" size="sm" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
          {preview ? 'Hide preview' : 'Preview'}
        </Button>
      </div>
      {preview && (
        <div className="preview" role="region" aria-label="Preview of your contribution">
          {body.trim() ? <Markdown>{body}</Markdown> : <p className="meta">Nothing to preview yet.</p>}
        </div>
      )}
      <LinksEditor idPrefix="composer" links={links} onChange={setLinks} errors={linkFieldErrors(fields, links)} />
      <AttachmentsEditor
        organizationId={organizationId}
        attachments={attachments}
        error={fields.attachmentIds ?? fields.file}
        onChange={(next) => {
          setAttachments(next);
          setAttachmentsTouched(true);
        }}
      />
      <FormErrorSummary errors={publishErrors} />
      {autosave.status === 'error' && (
        <Alert tone="warning" title="Your draft is not saved yet">
          {saveErrors.summary ?? 'Fix the marked fields.'} Your text stays here; we try again when you type or publish.
        </Alert>
      )}
      <div className="form-actions">
        <Button type="submit" busy={publishing}>
          Publish
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Close
          </Button>
        )}
      </div>
    </form>
  );
}

const SAVE_LABELS: Record<AutosaveStatus, string> = {
  idle: '',
  pending: 'Unsaved changes',
  saving: 'Saving…',
  saved: 'Draft saved',
  error: 'Not saved',
};

function SaveIndicator({ status }: { status: AutosaveStatus }) {
  return (
    <>
      <p className={`save-indicator save-${status}`} aria-hidden="true">
        {status === 'saved' && '✓ '}
        {SAVE_LABELS[status]}
      </p>
      {/* Announce only the outcome, not every keystroke's "unsaved / saving". */}
      <p className="visually-hidden" role="status">
        {status === 'saved' || status === 'error' ? SAVE_LABELS[status] : ''}
      </p>
    </>
  );
}
