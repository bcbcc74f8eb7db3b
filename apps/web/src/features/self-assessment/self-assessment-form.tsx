import { useMutation } from '@apollo/client/react';
import { SELF_ASSESSMENT_LIMITS } from '@openhuddle/shared';
import { useState } from 'react';
import { NO_ERRORS, toFormErrors, type FormErrors } from '../../app/graphql-errors';
import { SubmitSelfAssessmentDocument, type SelfAssessmentRoundFieldsFragment } from '../../generated/graphql';
import { Button, FormErrorSummary, TextArea } from '../../ui';

const MAX_PICKS = SELF_ASSESSMENT_LIMITS.growthPicksMax;

/**
 * The member's self-assessment: one radio group per practice whose labels are the level
 * descriptors (Tab moves between practices, the arrow keys choose), an optional note as
 * evidence, and up to three practices to grow. Keyboard alone from start to finish.
 */
export function SelfAssessmentForm({
  organizationId,
  round,
}: {
  organizationId: string;
  round: SelfAssessmentRoundFieldsFragment;
}) {
  const practices = round.framework.domains.flatMap((d) => d.practices);
  const own = round.viewerAssessment;
  const [levels, setLevels] = useState<Record<string, number>>(() =>
    Object.fromEntries((own?.ratings ?? []).map((r) => [r.practiceKey, r.level])),
  );
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries((own?.ratings ?? []).map((r) => [r.practiceKey, r.note])),
  );
  const [picks, setPicks] = useState<string[]>(own?.growthPracticeKeys ?? []);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submit, { loading }] = useMutation(SubmitSelfAssessmentDocument);

  const send = async () => {
    const missing = practices.find((p) => !levels[p.key]);
    if (missing) {
      setErrors({ summary: `Choose a level for “${missing.title}”.`, fields: {}, code: null });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      await submit({
        variables: {
          input: {
            organizationId,
            roundId: round.id,
            growthPracticeKeys: picks,
            ratings: practices.map((p) => ({ practiceKey: p.key, level: levels[p.key]!, note: notes[p.key] ?? '' })),
          },
        },
      });
    } catch (e) {
      setErrors(toFormErrors(e, ['growthPracticeKeys']));
    }
  };

  return (
    <form
      className="form self-assessment-form"
      noValidate
      aria-label={`Self-assessment: ${round.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <FormErrorSummary errors={errors} />
      {round.framework.domains.map((domain) => (
        <section key={domain.title} aria-label={domain.title} className="self-assessment-domain">
          <h3>{domain.title}</h3>
          {domain.practices.map((practice) => (
            <div key={practice.key} className="self-assessment-practice">
              <fieldset className="fieldset">
                <legend className="fieldset-legend">{practice.title}</legend>
                {practice.levels.map((level) => (
                  <label key={level.level} className="self-assessment-level">
                    <input
                      type="radio"
                      name={`practice-${practice.key}`}
                      value={level.level}
                      checked={levels[practice.key] === level.level}
                      onChange={() => setLevels((l) => ({ ...l, [practice.key]: level.level }))}
                    />
                    <span>
                      <strong>
                        {level.level}. {level.name}
                      </strong>{' '}
                      {level.descriptor}
                    </span>
                  </label>
                ))}
              </fieldset>
              <TextArea
                label={`Evidence for “${practice.title}”`}
                hint="Optional: what you did, or what shows it."
                rows={2}
                maxLength={SELF_ASSESSMENT_LIMITS.noteMax}
                value={notes[practice.key] ?? ''}
                onChange={(e) => setNotes((n) => ({ ...n, [practice.key]: e.target.value }))}
              />
            </div>
          ))}
        </section>
      ))}
      <fieldset className="fieldset">
        <legend className="fieldset-legend">Practices you most want to grow (up to {MAX_PICKS})</legend>
        {errors.fields.growthPracticeKeys && <p className="field-error">{errors.fields.growthPracticeKeys}</p>}
        {practices.map((p) => {
          const checked = picks.includes(p.key);
          return (
            <label key={p.key} className="self-assessment-pick">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && picks.length >= MAX_PICKS}
                onChange={() => setPicks((all) => (checked ? all.filter((k) => k !== p.key) : [...all, p.key]))}
              />
              <span>{p.title}</span>
            </label>
          );
        })}
      </fieldset>
      <div className="form-actions">
        <Button type="submit" busy={loading}>
          {own ? 'Save my changes' : 'Send my self-assessment'}
        </Button>
      </div>
    </form>
  );
}
