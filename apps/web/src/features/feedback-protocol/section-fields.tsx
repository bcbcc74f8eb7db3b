import { PROTOCOL_LIMITS } from '@openhuddle/shared';
import { TextArea, TextField } from '../../ui';
import { sectionField, type SectionDraft } from './protocol-draft';

interface SectionFieldsProps {
  section: SectionDraft;
  error: (name: string) => string | undefined;
  onPatch: (patch: Partial<SectionDraft>) => void;
}

/** One section's label, guiding question, sentence stems and whether it is required. */
export function SectionFields({ section, error, onPatch }: SectionFieldsProps) {
  return (
    <>
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
          onChange={(e) => onPatch({ label: e.target.value })}
        />
        <TextField
          label="Guiding question (optional)"
          name={sectionField(section, 'guidingQuestion')}
          placeholder="e.g. What is working well here?"
          maxLength={PROTOCOL_LIMITS.guidingQuestionMax}
          autoComplete="off"
          value={section.guidingQuestion}
          error={error(sectionField(section, 'guidingQuestion'))}
          onChange={(e) => onPatch({ guidingQuestion: e.target.value })}
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
        onChange={(e) => onPatch({ stems: e.target.value })}
      />
      <label className="check check-inline">
        <input type="checkbox" checked={section.required} onChange={(e) => onPatch({ required: e.target.checked })} />
        <span>Required: feedback cannot be sent without it</span>
      </label>
    </>
  );
}
