import { useApolloClient, useMutation } from '@apollo/client/react';
import { PROTOCOL_LIMITS, routes } from '@openhuddle/shared';
import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import {
  CreateFeedbackProtocolDocument,
  FeedbackProtocolsDocument,
  UpdateFeedbackProtocolDocument,
} from '../../generated/graphql';
import { Button, ButtonLink, FormErrorSummary, TextField, TextArea } from '../../ui';
import { EditorRow, rowName } from './editor-row';
import { useFocusAfterRender } from './focus-target';
import { GroupError, groupProps } from './group-error';
import { InUseNotice } from './in-use-notice';
import { LevelsEditor } from './levels-editor';
import {
  checkDraft,
  criterionField,
  draftFrom,
  emptyCriterion,
  emptySection,
  moved,
  sectionField,
  serverFieldNames,
  toProtocolFields,
  type CriterionDraft,
  type Protocol,
  type ProtocolDraft,
  type SectionDraft,
} from './protocol-draft';
import { SectionFields } from './section-fields';

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
  const focusNextRef = useFocusAfterRender();
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
    if (!row) return;
    set(moved(rows, index, direction));
    focusNextRef.current = {
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
    const removed = rows[index];
    if (!removed) return;
    const next = rows.filter((_, i) => i !== index);
    set(next);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusNextRef.current = { id: neighbour ? fieldId(`${neighbour.uid}-title`) : addButton };
    setAnnouncement(`Removed ${rowName(removed, index, noun)}.`);
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
      for (const [path, message] of Object.entries(mapped.fields)) {
        const name = names[path];
        if (name) placed[name] ??= message;
      }
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
      {protocol && kept && <InUseNotice id={inUseNoteId} protocol={protocol} listPath={listPath} />}
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
              <SectionFields section={section} error={error} onPatch={(patch) => patchSection(section.uid, patch)} />
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
                focusNextRef.current = { name: sectionField(section, 'label') };
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
                    focusNextRef.current = focus;
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
                focusNextRef.current = { name: criterionField(criterion, 'label') };
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
