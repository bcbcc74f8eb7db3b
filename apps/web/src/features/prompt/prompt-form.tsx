import { useMutation, useQuery } from '@apollo/client/react';
import { LEARNING_LIMITS, routes } from '@openhuddle/shared';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useViewer } from '../../app/session';
import { useForm } from '../../app/use-form';
import {
  CohortDocument,
  CreatePromptDocument,
  FeedbackProtocolsDocument,
  PromptDocument,
  PublishPromptDocument,
  UpdatePromptDocument,
  type Anonymity,
  type ContributionKind,
  type PromptSettingsFragment,
  type RevealRule,
  type ReviewGrouping,
  type ReviewMode,
} from '../../generated/graphql';
import { Button, ButtonLink, FormErrorSummary, Select, TextField, TextArea } from '../../ui';
import { Markdown } from '../contribution/markdown';
import { canManageProtocols } from '../feedback-protocol/protocol-draft';
import {
  ALL_KINDS,
  ANONYMITY_LABELS,
  GROUPING_LABELS,
  KIND_LABELS,
  REVEAL_HINTS,
  REVEAL_LABELS,
  REVIEW_MODE_LABELS,
} from './prompt-words';
import { utcToZonedInput, zonedInputToUtc, zoneName } from '../../lib/time-zone';

/** The built-in Glow & Grow protocol (its id is fixed by the API's built-in protocols). */
const GLOW_AND_GROW_ID = '00000000-0000-4000-a000-000000000001';

interface PromptFormProps {
  organizationId: string;
  cohortId: string;
  /** The prompt to edit; a new draft when absent. */
  prompt?: PromptSettingsFragment;
}

function defaults(timeZone: string | undefined, prompt?: PromptSettingsFragment) {
  const toInput = (iso: string | null | undefined) => (iso ? utcToZonedInput(iso, timeZone) : '');
  if (prompt) {
    return {
      title: prompt.title,
      instructions: prompt.instructions,
      opensAt: toInput(prompt.opensAt),
      dueAt: toInput(prompt.dueAt),
      closesAt: toInput(prompt.closesAt),
      acceptedKinds: prompt.acceptedKinds.join(','),
      revealRule: prompt.revealRule as string,
      revealAt: toInput(prompt.revealAt),
      anonymity: prompt.anonymity as string,
      protocolId: prompt.protocolId ?? GLOW_AND_GROW_ID,
      reviewMode: prompt.reviewMode as string,
      reviewsPerContribution: String(prompt.reviewsPerContribution),
      reviewGrouping: prompt.reviewGrouping as string,
    };
  }
  // Opens now; due a week later at 17:00, both on the profile zone's clock.
  const now = new Date().toISOString();
  const inAWeek = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();
  return {
    title: '',
    instructions: '',
    opensAt: toInput(now),
    dueAt: `${toInput(inAWeek).slice(0, 10)}T17:00`,
    closesAt: '',
    acceptedKinds: 'IDEA',
    revealRule: 'OPEN',
    revealAt: '',
    anonymity: 'NONE',
    protocolId: GLOW_AND_GROW_ID,
    reviewMode: 'EVERYONE_SEES_ALL',
    reviewsPerContribution: '2',
    reviewGrouping: 'ANY',
  };
}

/** Creates or edits a prompt. New prompts are drafts until published; publishing opens them at their opening time. */
export function PromptForm({ organizationId, cohortId, prompt }: PromptFormProps) {
  const navigate = useNavigate();
  const { viewer } = useViewer();
  // Dates are entered in the profile's zone, not the browser's (they differ for travellers).
  const timeZone = viewer?.timeZone;
  const fromInput = (value: string) => zonedInputToUtc(value, timeZone);
  const form = useForm(defaults(timeZone, prompt));
  const { values, setValues } = form;
  const [preview, setPreview] = useState(false);
  const { data: protocolData, refetch: refetchProtocols } = useQuery(FeedbackProtocolsDocument, {
    variables: { organizationId },
  });
  const protocols = useMemo(() => protocolData?.feedbackProtocols ?? [], [protocolData]);
  // "Manage protocols" opens in another tab: a protocol made there is on the list when the person comes back.
  useEffect(() => {
    const onFocus = () => void refetchProtocols().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetchProtocols]);
  const refetchQueries = [{ query: CohortDocument, variables: { id: cohortId } }];
  const [create, { loading: creating }] = useMutation(CreatePromptDocument, { refetchQueries });
  const [update, { loading: updating }] = useMutation(UpdatePromptDocument, { refetchQueries });
  const [publish, { loading: publishing }] = useMutation(PublishPromptDocument, { refetchQueries });
  const [intent, setIntent] = useState<'save' | 'publish'>('save');
  const orgRole = viewer?.organizations.find((o) => o.id === organizationId)?.viewerRole;
  // A cohort's facilitator may be a plain member of the organisation: they can read protocols, not make them.
  const manageProtocols = orgRole ? canManageProtocols(orgRole) : false;

  // Glow & Grow unless the organisation lacks it (it is what the API uses when none is picked).
  useEffect(() => {
    if (protocols.length && !protocols.some((p) => p.id === values.protocolId)) {
      setValues((v) => ({
        ...v,
        protocolId: protocols.find((p) => p.id === GLOW_AND_GROW_ID)?.id ?? protocols[0]!.id,
      }));
    }
  }, [protocols, values.protocolId, setValues]);

  const kinds = values.acceptedKinds ? (values.acceptedKinds.split(',') as ContributionKind[]) : [];
  const toggleKind = (kind: ContributionKind, on: boolean) => {
    const next = ALL_KINDS.filter((k) => (k === kind ? on : kinds.includes(k)));
    setValues((v) => ({ ...v, acceptedKinds: next.join(',') }));
  };
  const text = (name: 'instructions') => ({
    name,
    value: values[name],
    error: form.errors.fields[name],
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });
  const isDraft = !prompt || prompt.status === 'DRAFT';

  const submit = async (andPublish: boolean) => {
    setIntent(andPublish ? 'publish' : 'save');
    const fields = {
      title: values.title.trim(),
      instructions: values.instructions,
      opensAt: fromInput(values.opensAt) ?? '',
      dueAt: fromInput(values.dueAt),
      closesAt: fromInput(values.closesAt),
      acceptedKinds: kinds,
      revealRule: values.revealRule as RevealRule,
      revealAt: values.revealRule === 'AT_TIME' ? fromInput(values.revealAt) : null,
      anonymity: values.anonymity as Anonymity,
      protocolId: values.protocolId || null,
      reviewMode: values.reviewMode as ReviewMode,
      reviewsPerContribution: values.reviewMode === 'ASSIGNED' ? Number(values.reviewsPerContribution) || 0 : 0,
      reviewGrouping: values.reviewGrouping as ReviewGrouping,
    };
    if (!fields.opensAt) {
      form.setErrors({ fields: { opensAt: 'Pick when the prompt opens.' }, summary: null, code: 'BAD_USER_INPUT' });
      return;
    }
    await form.submit(async () => {
      let id = prompt?.id;
      if (prompt) {
        await update({ variables: { input: { promptId: prompt.id, ...fields } } });
      } else {
        const { data } = await create({ variables: { input: { cohortId, ...fields } } });
        id = data?.createPrompt.id;
      }
      if (!id) return;
      if (andPublish)
        await publish({
          variables: { id },
          refetchQueries: [...refetchQueries, { query: PromptDocument, variables: { id } }],
        });
      void navigate(routes.prompt(organizationId, id));
    });
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit(isDraft && (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'publish');
      }}
    >
      <TextField
        label="Title"
        hint="A question or task, e.g. “Share one routine that gets students talking”."
        required
        maxLength={LEARNING_LIMITS.promptTitleMax}
        autoComplete="off"
        {...form.bind('title')}
      />
      <div className="field-with-toggle">
        <TextArea
          label="Instructions"
          hint="Markdown works: headings, lists, **bold**, links."
          rows={8}
          maxLength={LEARNING_LIMITS.instructionsMax}
          {...text('instructions')}
        />
        <Button variant="ghost" size="sm" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
          {preview ? 'Hide preview' : 'Preview'}
        </Button>
        {preview && (
          <div className="preview" aria-label="Preview of the instructions" role="region">
            {values.instructions.trim() ? (
              <Markdown>{values.instructions}</Markdown>
            ) : (
              <p className="meta">Nothing to preview.</p>
            )}
          </div>
        )}
      </div>

      <fieldset className="fieldset">
        <legend className="fieldset-legend">Dates</legend>
        <p className="field-hint">Times in {zoneName(timeZone)}.</p>
        <div className="field-row field-row-3">
          <TextField label="Opens" type="datetime-local" required {...form.bind('opensAt')} />
          <TextField
            label="Due (optional)"
            type="datetime-local"
            min={values.opensAt || undefined}
            {...form.bind('dueAt')}
          />
          <TextField
            label="Closes (optional)"
            type="datetime-local"
            min={values.dueAt || values.opensAt || undefined}
            hint="After this, no new posts."
            {...form.bind('closesAt')}
          />
        </div>
      </fieldset>

      <fieldset className="fieldset" aria-describedby={form.errors.fields.acceptedKinds ? 'kinds-error' : undefined}>
        <legend className="fieldset-legend">What members can post</legend>
        <div className="check-grid">
          {ALL_KINDS.map((k) => (
            <label key={k} className="check">
              <input type="checkbox" checked={kinds.includes(k)} onChange={(e) => toggleKind(k, e.target.checked)} />
              <span>{KIND_LABELS[k]}</span>
            </label>
          ))}
        </div>
        {form.errors.fields.acceptedKinds && (
          <p id="kinds-error" className="field-error">
            <span aria-hidden="true">⚠ </span>
            {form.errors.fields.acceptedKinds}
          </p>
        )}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset-legend">Who sees what</legend>
        <Select
          label="When members see each other’s contributions"
          options={Object.entries(REVEAL_LABELS).map(([value, label]) => ({ value, label }))}
          hint={REVEAL_HINTS[values.revealRule as RevealRule]}
          {...form.bind('revealRule')}
        />
        {values.revealRule === 'AT_TIME' && (
          <TextField label="Reveal at" type="datetime-local" required {...form.bind('revealAt')} />
        )}
        <Select
          label="Names"
          options={Object.entries(ANONYMITY_LABELS).map(([value, label]) => ({ value, label }))}
          {...form.bind('anonymity')}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset-legend">Feedback</legend>
        <Select
          label="Feedback protocol"
          options={[
            ...(protocols.length ? [] : [{ value: values.protocolId, label: 'Loading protocols…' }]),
            ...protocols.map((p) => ({ value: p.id, label: p.name })),
          ]}
          hint={protocols.find((p) => p.id === values.protocolId)?.description}
          {...form.bind('protocolId')}
        />
        <p className="field-hint">
          {/* A new tab, so nothing typed in this form is lost. */}
          <Link to={routes.protocols(organizationId)} target="_blank" rel="noopener">
            {manageProtocols ? 'Manage protocols' : 'See what each protocol asks'}
            <span className="visually-hidden"> (opens in a new tab)</span>
            <span aria-hidden="true"> ↗</span>
          </Link>
        </p>
        <Select
          label="Peer review"
          options={Object.entries(REVIEW_MODE_LABELS).map(([value, label]) => ({ value, label }))}
          {...form.bind('reviewMode')}
        />
        {values.reviewMode === 'ASSIGNED' && (
          <TextField
            label="Reviews per contribution"
            type="number"
            min={1}
            max={LEARNING_LIMITS.reviewsPerContributionMax}
            inputMode="numeric"
            {...form.bind('reviewsPerContribution')}
          />
        )}
        {values.reviewMode !== 'NONE' && (
          <Select
            label="Reviewers come from"
            options={Object.entries(GROUPING_LABELS).map(([value, label]) => ({ value, label }))}
            hint="Teams are set on the cohort page."
            {...form.bind('reviewGrouping')}
          />
        )}
      </fieldset>

      <FormErrorSummary errors={form.errors} />
      <div className="form-actions">
        {isDraft ? (
          <>
            <Button
              type="submit"
              name="intent"
              value="publish"
              busy={(creating || updating || publishing) && intent === 'publish'}
            >
              Publish prompt
            </Button>
            <Button
              type="submit"
              name="intent"
              value="save"
              variant="secondary"
              busy={(creating || updating) && intent === 'save'}
            >
              Save as draft
            </Button>
          </>
        ) : (
          <Button type="submit" busy={updating}>
            Save changes
          </Button>
        )}
        <ButtonLink
          to={prompt ? routes.prompt(organizationId, prompt.id) : routes.cohort(organizationId, cohortId)}
          variant="ghost"
        >
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
