import { describe, expect, it } from 'vitest';
import {
  checkDraft,
  draftFrom,
  emptyCriterion,
  emptySection,
  keyFromLabel,
  moved,
  sectionField,
  serverFieldNames,
  toProtocolFields,
  type Protocol,
  type SectionDraft,
} from './protocol-draft';

const glowGrow: Protocol = {
  __typename: 'FeedbackProtocol',
  id: 'p1',
  name: 'Glow & Grow',
  description: 'Name what shines, then one thing to grow.',
  builtIn: true,
  usedByPromptCount: 0,
  inUse: false,
  sections: [
    {
      __typename: 'ProtocolSectionType',
      key: 'glow',
      label: 'Glow',
      guidingQuestion: 'What is working well here?',
      sentenceStems: ['What stood out to me was…', 'I could see that…'],
      required: true,
    },
    {
      __typename: 'ProtocolSectionType',
      key: 'grow',
      label: 'Grow',
      guidingQuestion: '',
      sentenceStems: [],
      required: false,
    },
  ],
  rubric: [
    {
      __typename: 'RubricCriterionType',
      key: 'clarity',
      label: 'Clarity',
      levels: [
        { __typename: 'RubricLevelType', value: 2, label: 'Clear', descriptor: 'A colleague could try it.' },
        { __typename: 'RubricLevelType', value: 1, label: 'Vague', descriptor: '' },
      ],
    },
  ],
};

describe('keyFromLabel', () => {
  it('makes keys the API accepts, unique among the taken ones', () => {
    const none = new Set<string>();
    expect(keyFromLabel('I wonder', none, 'section')).toBe('iWonder');
    expect(keyFromLabel('What if?', none, 'section')).toBe('whatIf');
    expect(keyFromLabel('Élan & idées', none, 'section')).toBe('elanIdees');
    expect(keyFromLabel('2 stars', none, 'section')).toBe('section2Stars');
    expect(keyFromLabel('', none, 'criterion')).toBe('criterion');
    expect(keyFromLabel('Glow', new Set(['glow', 'glow2']), 'section')).toBe('glow3');
    const long = keyFromLabel('a'.repeat(80), none, 'section');
    expect(long).toMatch(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/);
  });
});

describe('toProtocolFields', () => {
  it('keeps the keys of existing rows, makes keys for new ones, splits stems and numbers levels in order', () => {
    const draft = draftFrom(glowGrow, 'copy');
    expect(draft.name).toBe('Glow & Grow (copy)');
    const added = { ...emptySection(), label: '  Glow  ', stems: 'One\n\n  Two  \n' };
    const fields = toProtocolFields({ ...draft, sections: [added, ...draft.sections] });
    expect(fields.sections.map((s) => s.key)).toEqual(['glow2', 'glow', 'grow']);
    expect(fields.sections[0]).toEqual({
      key: 'glow2',
      label: 'Glow',
      guidingQuestion: '',
      sentenceStems: ['One', 'Two'],
      required: true,
    });
    expect(fields.sections[1]!.sentenceStems).toEqual(['What stood out to me was…', 'I could see that…']);
    // Levels arrive lowest first and are numbered from 1 in the form's order.
    expect(fields.rubric).toEqual([
      {
        key: 'clarity',
        label: 'Clarity',
        levels: [
          { value: 1, label: 'Vague', descriptor: '' },
          { value: 2, label: 'Clear', descriptor: 'A colleague could try it.' },
        ],
      },
    ]);
  });
});

describe('serverFieldNames', () => {
  it('names the API’s positional paths by the rows they were about', () => {
    const draft = draftFrom(glowGrow);
    const names = serverFieldNames(draft);
    const [glow, grow] = draft.sections as [SectionDraft, SectionDraft];
    expect(names['sections.1.label']).toBe(sectionField(grow, 'label'));
    expect(names['sections.0.key']).toBe(sectionField(glow, 'label'));
    expect(names['sections.0.sentenceStems']).toBe(sectionField(glow, 'stems'));
    expect(names['rubric.0.levels.1.label']).toBe(`levels.${draft.rubric[0]!.levels[1]!.uid}.label`);
    expect(names.name).toBe('name');
  });
});

describe('checkDraft', () => {
  it('flags what is obviously missing', () => {
    const criterion = emptyCriterion();
    criterion.levels = [criterion.levels[0]!];
    const section = { ...emptySection(), stems: Array.from({ length: 11 }, (_, i) => `Stem ${i}`).join('\n') };
    const errors = checkDraft({ name: ' ', description: '', sections: [section], rubric: [criterion] });
    expect(errors).toEqual({
      name: 'Name the protocol.',
      [`sections.${section.uid}.label`]: 'Give the section a label.',
      [`sections.${section.uid}.stems`]: 'Use at most 10 sentence stems.',
      [`rubric.${criterion.uid}.label`]: 'Name the criterion.',
      [`rubric.${criterion.uid}.levels`]: 'Give at least 2 levels.',
    });
    expect(checkDraft(draftFrom(glowGrow))).toEqual({});
  });
});

describe('moved', () => {
  it('swaps with the neighbour, and stays put at the ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
