import { PROTOCOL_LIMITS } from '@openhuddle/shared';
import { Button, TextField } from '../../ui';
import type { FocusTarget } from './focus-target';
import { GroupError, groupProps } from './group-error';
import { criterionField, emptyLevel, levelField, type CriterionDraft, type LevelDraft } from './protocol-draft';

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
export function LevelsEditor({ criterion, index, fieldId, kept, error, onChange, onEdit }: LevelsEditorProps) {
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
                // Never empty: the button is disabled at the minimum number of levels.
                const neighbour = next[Math.min(j, next.length - 1)]!;
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
