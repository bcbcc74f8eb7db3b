import { useApolloClient, useMutation } from '@apollo/client/react';
import { PROTOCOL_LIMITS, routes } from '@openhuddle/shared';
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import {
  CreateFeedbackProtocolDocument,
  FeedbackProtocolsDocument,
  UpdateFeedbackProtocolDocument,
} from '../../generated/graphql';
import { Alert, Button, ButtonLink, FormErrorSummary, TextField, TextArea } from '../../ui';
import {
  checkDraft,
  criterionField,
  draftFrom,
  emptyCriterion,
  emptyLevel,
  emptySection,
  levelField,
  moved,
  sectionField,
  serverFieldNames,
  toProtocolFields,
  type CriterionDraft,
  type LevelDraft,
  type Protocol,
  type ProtocolDraft,
  type SectionDraft,
} from './protocol-draft';

interface ProtocolFormProps {
  organizationId: string;
  /** The organisation's own protocol to edit; a new protocol when absent. */
  protocol?: Protocol;
  /** A protocol to start a new one from ("Duplicate"). */
  source?: Protocol | null;
}

/** Where the protocol list says what was saved. */
export interface ProtocolsPageState {
  saved?: { id: string; name: string; created: boolean };
}

/**
 * Creates or edits a feedback protocol: name, description, ordered sections and an optional rubric.
 * Rows move with ↑/↓ buttons (focus stays on the moved row's button, and the move is announced).
 * Once feedback follows the protocol, its existing sections and criteria cannot be removed and their
 * levels keep their number and order (answers and scores refer to them); rows added here stay free.
 */
export function ProtocolForm({ organizationId, protocol, source }: ProtocolFormProps) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<ProtocolDraft>(() => draftFrom(protocol ?? source, protocol ? 'edit' : 'copy'));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [announcement, setAnnouncement] = useState('');
  const ids = useId();
  const focusNext = useRef<FocusTarget | null>(null);
  const listPath = routes.protocols(organizationId);
  const [create, { loading: creating }] = useMutation(CreateFeedbackProtocolDocument, {
    refetchQueries: [{ query: FeedbackProtocolsDocument, variables: { organizationId } }],
    awaitRefetchQueries: true,
  });
  const [update, { loading: updating }] = useMutation(UpdateFeedbackProtocolDocument);
  const client = useApolloClient();

  // What feedback already refers to, by key: rows that came from the protocol while it is in use.
  const kept = useMemo(
    () =>
      protocol?.inUse
        ? { sections: new Set(protocol.sections.map((s) => s.key)), rubric: new Set(protocol.rubric.map((c) => c.key)) }
        : null,
    [protocol],
  );
  const isKept = (row: { key: string | null }, keys: 'sections' | 'rubric') => !!row.key && !!kept?.[keys].has(row.key);

  // After adding, removing or moving a row, focus lands where the person expects it.
  useEffect(() => {
    const pending = focusNext.current;
    if (!pending) return;
    focusNext.current = null;
    const find = (t: FocusTarget) =>
      (t.id ? document.getElementById(t.id) : document.getElementsByName(t.name ?? '')[0]) as HTMLButtonElement | null;
    const target = find(pending);
    const usable = target && !target.disabled ? target : pending.fallback ? find(pending.fallback) : null;
    (usable ?? target)?.focus();
  });

  const fieldId = (name: string) => `${ids}-${name}`;
  const inUseNoteId = fieldId('in-use');
  const error = (name: string) => errors.fields[name];

  const setSections = (sections: SectionDraft[]) => setDraft((d) => ({ ...d, sections }));
  const setRubric = (rubric: CriterionDraft[]) => setDraft((d) => ({ ...d, rubric }));
  const patchSection = (uid: string, patch: Partial<SectionDraft>) =>
    setSections(draft.sections.map((s) => (s.uid === uid ? { ...s, ...patch } : s)));
  const patchCriterion = (uid: string, patch: Partial<CriterionDraft>) =>
    setRubric(draft.rubric.map((c) => (c.uid === uid ? { ...c, ...patch } : c)));

  const moveRow = <T extends { uid: string; label: string }>(
    rows: T[],
    set: (rows: T[]) => void,
    index: number,
    direction: -1 | 1,
    noun: string,
  ) => {
    const row = rows[index];
    set(moved(rows, index, direction));
    focusNext.current = {
      id: fieldId(`${row.uid}-${direction === -1 ? 'up' : 'down'}`),
      fallback: { id: fieldId(`${row.uid}-${direction === -1 ? 'down' : 'up'}`) },
    };
    setAnnouncement(`Moved ${rowName(row, index, noun)} to position ${index + direction + 1} of ${rows.length}.`);
  };

  const removeRow = <T extends { uid: string; label: string }>(
    rows: T[],
    set: (rows: T[]) => void,
    index: number,
    noun: string,
    addButton: string,
  ) => {
    const next = rows.filter((_, i) => i !== index);
    set(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusNext.current = { id: neighbour ? fieldId(`${neighbour.uid}-title`) : addButton };
    setAnnouncement(`Removed ${rowName(rows[index], index, noun)}.`);
  };

  const submit = async () => {
    const snapshot = draft;
    const problems = checkDraft(snapshot);
    if (Object.keys(problems).length) {
      setErrors({ fields: problems, summary: null, code: 'BAD_USER_INPUT' });
      return;
    }
    setErrors(NO_ERRORS);
    const fields = toProtocolFields(snapshot);
    try {
      let saved: { id: string; name: string } | undefined;
      if (protocol) {
        const { data } = await update({
          variables: { input: { organizationId, protocolId: protocol.id, ...fields } },
        });
        saved = data?.updateFeedbackProtocol;
      } else {
        const { data } = await create({ variables: { input: { organizationId, ...fields } } });
        saved = data?.createFeedbackProtocol;
      }
      if (!saved) return;
      const state: ProtocolsPageState = { saved: { id: saved.id, name: saved.name, created: !protocol } };
      void navigate(listPath, { state });
    } catch (e) {
      // The API names fields by position; show each message beside the row it was about.
      const names = serverFieldNames(snapshot);
      const mapped = toFormErrors(e, Object.keys(names));
      const placed: Record<string, string> = {};
      for (const [path, message] of Object.entries(mapped.fields)) placed[names[path]] ??= message;
      setErrors({ ...mapped, fields: placed });
      // Feedback arrived since the page loaded: refresh, so the rows it refers to lock as the server says.
      if (mapped.code === 'CONFLICT') void client.refetchQueries({ include: [FeedbackProtocolsDocument] });
    }
  };

  const addSectionId = fieldId('add-section');
  const addCriterionId = fieldId('add-criterion');

  return (
    <form
      className="form protocol-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {protocol && kept && (
        <div id={inUseNoteId}>
          <Alert tone="info" title="Feedback already follows this protocol">
            <p>
              Its answers and scores stay with these sections and criteria. You can rename and reword them, change what
              is required, reorder them and add new ones. Sections and criteria already here cannot be removed, and
              their levels cannot be added, removed or reordered.
            </p>
            <p className="alert-action">
              To change those, duplicate it and pick the copy for new prompts.{' '}
              <ButtonLink to={`${listPath}/new?from=${protocol.id}`} variant="secondary" size="sm">
                Duplicate {protocol.name}
              </ButtonLink>
            </p>
          </Alert>
        </div>
      )}
      <TextField
        label="Name"
        name="name"
        hint="For example “Notice & Wonder” or “Warm & Cool for lesson plans”."
        required
        maxLength={PROTOCOL_LIMITS.nameMax}
        autoComplete="off"
        value={draft.name}
        error={error('name')}
        onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
      />
      <TextArea
        label="Description (optional)"
        hint="When to use it. Facilitators see it when they pick a protocol for a prompt."
        rows={2}
        maxLength={PROTOCOL_LIMITS.descriptionMax}
        name="description"
        value={draft.description}
        error={error('description')}
        onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))}
      />

      <fieldset className="fieldset" {...groupProps(fieldId('sections-error'), error('sections'))}>
        <legend className="fieldset-legend">
          <h2 className="editor-group-title">Sections</h2>
        </legend>
        <p className="field-hint">
          Reviewers answer the sections in this order. Up to {PROTOCOL_LIMITS.sectionsMax} sections.
        </p>
        <GroupError id={fieldId('sections-error')} message={error('sections')} />
        <ol className="editor-list">
          {draft.sections.map((section, index) => (
            <EditorRow
              key={section.uid}
              titleId={fieldId(`${section.uid}-title`)}
              title={`Section ${index + 1}`}
              name={rowName(section, index, 'section')}
              index={index}
              count={draft.sections.length}
              upId={fieldId(`${section.uid}-up`)}
              downId={fieldId(`${section.uid}-down`)}
              canRemove={draft.sections.length > 1}
              kept={isKept(section, 'sections') ? inUseNoteId : undefined}
              onMove={(direction) => moveRow(draft.sections, setSections, index, direction, 'section')}
              onRemove={() => removeRow(draft.sections, setSections, index, 'section', addSectionId)}
            >
              <div className="field-row">
                <TextField
                  label="Label"
                  name={sectionField(section, 'label')}
                  placeholder="e.g. Glow"
                  required
                  maxLength={PROTOCOL_LIMITS.sectionLabelMax}
                  autoComplete="off"
                  value={section.label}
                  error={error(sectionField(section, 'label'))}
                  onChange={(e) => patchSection(section.uid, { label: e.target.value })}
                />
                <TextField
                  label="Guiding question (optional)"
                  name={sectionField(section, 'guidingQuestion')}
                  placeholder="e.g. What is working well here?"
                  maxLength={PROTOCOL_LIMITS.guidingQuestionMax}
                  autoComplete="off"
                  value={section.guidingQuestion}
                  error={error(sectionField(section, 'guidingQuestion'))}
                  onChange={(e) => patchSection(section.uid, { guidingQuestion: e.target.value })}
                />
              </div>
              <TextArea
                label="Sentence stems (optional)"
                hint={`One per line, up to ${PROTOCOL_LIMITS.sentenceStemsMax}. Reviewers click one to start their answer.`}
                rows={2}
                name={sectionField(section, 'stems')}
                placeholder="What stood out to me was…"
                value={section.stems}
                error={error(sectionField(section, 'stems'))}
                onChange={(e) => patchSection(section.uid, { stems: e.target.value })}
              />
              <label className="check check-inline">
                <input
                  type="checkbox"
                  checked={section.required}
                  onChange={(e) => patchSection(section.uid, { required: e.target.checked })}
                />
                <span>Required: feedback cannot be sent without it</span>
              </label>
            </EditorRow>
          ))}
        </ol>
        {draft.sections.length < PROTOCOL_LIMITS.sectionsMax ? (
          <div>
            <Button
              id={addSectionId}
              variant="secondary"
              size="sm"
              onClick={() => {
                const section = emptySection();
                setSections([...draft.sections, section]);
                focusNext.current = { name: sectionField(section, 'label') };
                setAnnouncement(`Added section ${draft.sections.length + 1}.`);
              }}
            >
              + Add section
            </Button>
          </div>
        ) : (
          <p className="meta" id={addSectionId} tabIndex={-1}>
            That is the most sections a protocol can have.
          </p>
        )}
      </fieldset>

      <fieldset className="fieldset" {...groupProps(fieldId('rubric-error'), error('rubric'))}>
        <legend className="fieldset-legend">
          <h2 className="editor-group-title">
            Rubric <span className="optional">(optional)</span>
          </h2>
        </legend>
        <p className="field-hint">
          Criteria reviewers can rate, each on levels from the first (lowest) to the last (highest).
        </p>
        <GroupError id={fieldId('rubric-error')} message={error('rubric')} />
        {draft.rubric.length > 0 && (
          <ol className="editor-list">
            {draft.rubric.map((criterion, index) => (
              <EditorRow
                key={criterion.uid}
                titleId={fieldId(`${criterion.uid}-title`)}
                title={`Criterion ${index + 1}`}
                name={rowName(criterion, index, 'criterion')}
                index={index}
                count={draft.rubric.length}
                upId={fieldId(`${criterion.uid}-up`)}
                downId={fieldId(`${criterion.uid}-down`)}
                canRemove
                kept={isKept(criterion, 'rubric') ? inUseNoteId : undefined}
                onMove={(direction) => moveRow(draft.rubric, setRubric, index, direction, 'criterion')}
                onRemove={() => removeRow(draft.rubric, setRubric, index, 'criterion', addCriterionId)}
              >
                <TextField
                  label="Criterion"
                  name={criterionField(criterion, 'label')}
                  placeholder="e.g. Clarity of the practice"
                  required
                  maxLength={PROTOCOL_LIMITS.criterionLabelMax}
                  autoComplete="off"
                  value={criterion.label}
                  error={error(criterionField(criterion, 'label'))}
                  onChange={(e) => patchCriterion(criterion.uid, { label: e.target.value })}
                />
                <LevelsEditor
                  criterion={criterion}
                  index={index}
                  fieldId={fieldId}
                  kept={isKept(criterion, 'rubric')}
                  error={error}
                  onChange={(levels, focus, message) => {
                    patchCriterion(criterion.uid, { levels });
                    focusNext.current = focus;
                    setAnnouncement(message);
                  }}
                  onEdit={(levels) => patchCriterion(criterion.uid, { levels })}
                />
              </EditorRow>
            ))}
          </ol>
        )}
        {draft.rubric.length < PROTOCOL_LIMITS.criteriaMax ? (
          <div>
            <Button
              id={addCriterionId}
              variant="secondary"
              size="sm"
              onClick={() => {
                const criterion = emptyCriterion();
                setRubric([...draft.rubric, criterion]);
                focusNext.current = { name: criterionField(criterion, 'label') };
                setAnnouncement(`Added criterion ${draft.rubric.length + 1} with ${criterion.levels.length} levels.`);
              }}
            >
              + Add criterion
            </Button>
          </div>
        ) : (
          <p className="meta" id={addCriterionId} tabIndex={-1}>
            That is the most criteria a rubric can have.
          </p>
        )}
      </fieldset>

      <FormErrorSummary errors={errors} />
      <div className="form-actions">
        <Button type="submit" busy={creating || updating}>
          {protocol ? 'Save changes' : 'Create protocol'}
        </Button>
        <ButtonLink to={listPath} variant="ghost">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}

/** Where focus goes after the next render: an element id, or a field's name. */
interface FocusTarget {
  id?: string;
  name?: string;
  fallback?: FocusTarget;
}

/**
 * A group with a message of its own (“Add at least one section.”) is described by it, marked invalid,
 * and focusable, so the form's error summary moves focus to it like to any invalid field.
 */
function groupProps(errorId: string, message: string | undefined) {
  return message ? { 'aria-describedby': errorId, 'aria-invalid': true, tabIndex: -1 } : {};
}

/** “Glow” when the row has a label, “section 2” until it does. */
function rowName(row: { label: string }, index: number, noun: string): string {
  const label = row.label.trim();
  return label ? `“${label}”` : `${noun} ${index + 1}`;
}

/** A message about a whole group (its fieldset is marked invalid and takes focus; see `groupProps`). */
function GroupError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

interface EditorRowProps {
  titleId: string;
  title: string;
  /** How buttons name the row: “Glow”, or “section 2” while it has no label. */
  name: string;
  index: number;
  count: number;
  upId: string;
  downId: string;
  canRemove: boolean;
  /** Feedback refers to this row: Remove is disabled and described by this element (the explanation). */
  kept?: string;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
  children: ReactNode;
}

/** One section or criterion: a titled group with move and remove buttons. */
function EditorRow({
  titleId,
  title,
  name,
  index,
  count,
  upId,
  downId,
  canRemove,
  kept,
  onMove,
  onRemove,
  children,
}: EditorRowProps) {
  return (
    <li className="editor-item">
      <div role="group" aria-labelledby={titleId} className="editor-item-body">
        <div className="editor-item-header">
          <h3 id={titleId} className="editor-item-title" tabIndex={-1}>
            {title}
          </h3>
          <div className="editor-item-controls">
            <Button
              id={upId}
              variant="ghost"
              size="sm"
              disabled={index === 0}
              aria-label={`Move ${name} up`}
              onClick={() => onMove(-1)}
            >
              ↑
            </Button>
            <Button
              id={downId}
              variant="ghost"
              size="sm"
              disabled={index === count - 1}
              aria-label={`Move ${name} down`}
              onClick={() => onMove(1)}
            >
              ↓
            </Button>
            {canRemove && (
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Remove ${name}`}
                disabled={!!kept}
                aria-describedby={kept}
                onClick={onRemove}
              >
                Remove
              </Button>
            )}
          </div>
        </div>
        {children}
      </div>
    </li>
  );
}

interface LevelsEditorProps {
  criterion: CriterionDraft;
  index: number;
  fieldId: (name: string) => string;
  /** Feedback scores this criterion on these levels: names and descriptors change, their number and order do not. */
  kept: boolean;
  error: (name: string) => string | undefined;
  /** Levels added or removed: where focus goes next and what to announce. */
  onChange: (levels: LevelDraft[], focus: FocusTarget, message: string) => void;
  onEdit: (levels: LevelDraft[]) => void;
}

/** A criterion's levels, lowest first: numbered rows of name and descriptor. */
function LevelsEditor({ criterion, index, fieldId, kept, error, onChange, onEdit }: LevelsEditorProps) {
  const { levels } = criterion;
  const of = criterion.label.trim() ? `“${criterion.label.trim()}”` : `criterion ${index + 1}`;
  const groupError = error(criterionField(criterion, 'levels'));
  const errorId = fieldId(`${criterion.uid}-levels-error`);
  const addId = fieldId(`${criterion.uid}-add-level`);
  const keptId = fieldId(`${criterion.uid}-levels-kept`);
  const edit = (uid: string, patch: Partial<LevelDraft>) =>
    onEdit(levels.map((l) => (l.uid === uid ? { ...l, ...patch } : l)));
  return (
    <fieldset className="fieldset levels-editor" {...groupProps(errorId, groupError)}>
      <legend className="field-label">Levels of {of}</legend>
      <GroupError id={errorId} message={groupError} />
      {kept && (
        <p id={keptId} className="field-hint">
          Feedback already scores on these levels: rename or describe them; their number and order stay.
        </p>
      )}
      <div className="levels-head" aria-hidden="true">
        <span />
        <span>Level</span>
        <span>What it looks like (optional)</span>
        <span />
      </div>
      <ol className="levels-list">
        {levels.map((level, j) => (
          <li key={level.uid} className="levels-row">
            <span className="levels-number" aria-hidden="true">
              {j + 1}
            </span>
            <TextField
              label={`Level ${j + 1} name`}
              hideLabel
              name={levelField(level, 'label')}
              placeholder="e.g. Proficient"
              required
              maxLength={PROTOCOL_LIMITS.levelLabelMax}
              autoComplete="off"
              value={level.label}
              error={error(levelField(level, 'label'))}
              onChange={(e) => edit(level.uid, { label: e.target.value })}
            />
            <TextField
              label={`Level ${j + 1} descriptor`}
              hideLabel
              name={levelField(level, 'descriptor')}
              placeholder="What the work shows at this level"
              maxLength={PROTOCOL_LIMITS.descriptorMax}
              autoComplete="off"
              value={level.descriptor}
              error={error(levelField(level, 'descriptor'))}
              onChange={(e) => edit(level.uid, { descriptor: e.target.value })}
            />
            <Button
              variant="ghost"
              size="sm"
              disabled={kept || levels.length <= PROTOCOL_LIMITS.levelsMin}
              aria-label={`Remove level ${j + 1} of ${of}`}
              aria-describedby={kept ? keptId : undefined}
              onClick={() => {
                const next = levels.filter((l) => l.uid !== level.uid);
                const neighbour = next[Math.min(j, next.length - 1)];
                onChange(next, { name: levelField(neighbour, 'label') }, `Removed level ${j + 1} of ${of}.`);
              }}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      {levels.length < PROTOCOL_LIMITS.levelsMax && (
        <div>
          <Button
            id={addId}
            variant="ghost"
            size="sm"
            disabled={kept}
            aria-describedby={kept ? keptId : undefined}
            onClick={() => {
              const level = emptyLevel();
              onChange(
                [...levels, level],
                { name: levelField(level, 'label') },
                `Added level ${levels.length + 1} of ${of}.`,
              );
            }}
          >
            + Add level<span className="visually-hidden"> to {of}</span>
          </Button>
        </div>
      )}
    </fieldset>
  );
}
