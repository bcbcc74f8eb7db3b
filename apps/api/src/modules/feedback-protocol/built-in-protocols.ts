import type { ProtocolSection, RubricCriterion } from './feedback-protocol.entity';

export interface BuiltInProtocol {
  id: string;
  name: string;
  description: string;
  sections: ProtocolSection[];
  rubric: RubricCriterion[];
}

const section = (key: string, label: string, guidingQuestion: string, sentenceStems: string[], required = true) => ({
  key,
  label,
  guidingQuestion,
  sentenceStems,
  required,
});

/** Protocols every organization can use. Ids are fixed so templates and seeds can name them. */
export const BUILT_IN_PROTOCOLS: BuiltInProtocol[] = [
  {
    id: '00000000-0000-4000-a000-000000000001',
    name: 'Glow & Grow',
    description: 'Name what shines, then one thing to grow. Quick and kind; good for weekly cycles.',
    sections: [
      section('glow', 'Glow', 'What is working well here?', ['What stood out to me was…', 'I could see that…']),
      section('grow', 'Grow', 'What is one thing that could make it stronger?', [
        'Next time you might…',
        'Have you considered…',
      ]),
    ],
    rubric: [],
  },
  {
    id: '00000000-0000-4000-a000-000000000002',
    name: 'I Like / I Wonder / What If',
    description: 'Appreciate, question, and imagine. Opens possibilities without judging.',
    sections: [
      section('like', 'I like', 'What do you appreciate?', ['I like how…']),
      section('wonder', 'I wonder', 'What are you curious about?', ['I wonder whether…', 'I wonder why…']),
      section('whatIf', 'What if', 'What could be tried next?', ['What if you…'], false),
    ],
    rubric: [],
  },
  {
    id: '00000000-0000-4000-a000-000000000003',
    name: 'Warm & Cool (tuning protocol)',
    description: 'Warm feedback affirms; cool feedback raises questions and gaps, always about the work.',
    sections: [
      section('warm', 'Warm', 'What looks promising in the work?', ['A strength I notice is…']),
      section('cool', 'Cool', 'Where are the gaps or open questions?', [
        'I am not sure how…',
        'A question this raises is…',
      ]),
    ],
    rubric: [],
  },
  {
    id: '00000000-0000-4000-a000-000000000004',
    name: 'Praise – Question – Polish',
    description: 'One specific praise, one genuine question, one suggestion to polish.',
    sections: [
      section('praise', 'Praise', 'What is specifically strong?', ['I especially appreciated…']),
      section('question', 'Question', 'What would you like to understand better?', ['Could you say more about…']),
      section('polish', 'Polish', 'What one change would improve it?', ['To polish this, you could…']),
    ],
    rubric: [],
  },
  {
    id: '00000000-0000-4000-a000-000000000005',
    name: 'Evidence of impact (rubric)',
    description: 'A short rubric for solutions backed by evidence of student learning.',
    sections: [
      section('strength', 'Strength', 'What is the strongest part of this evidence?', ['The evidence shows…']),
      section('nextStep', 'Next step', 'What would make the evidence more convincing?', ['Adding … would show…']),
    ],
    rubric: [
      {
        key: 'clarity',
        label: 'Clarity of the practice',
        levels: [
          { value: 1, label: 'Emerging', descriptor: 'Hard to tell what was tried.' },
          { value: 2, label: 'Developing', descriptor: 'The practice is named but steps are vague.' },
          { value: 3, label: 'Proficient', descriptor: 'A colleague could try it from this description.' },
          { value: 4, label: 'Exemplary', descriptor: 'Clear steps, materials and pitfalls.' },
        ],
      },
      {
        key: 'evidence',
        label: 'Evidence of student learning',
        levels: [
          { value: 1, label: 'Emerging', descriptor: 'No evidence yet.' },
          { value: 2, label: 'Developing', descriptor: 'Anecdotal evidence.' },
          { value: 3, label: 'Proficient', descriptor: 'Student work or data for one group.' },
          { value: 4, label: 'Exemplary', descriptor: 'Before/after data across groups.' },
        ],
      },
    ],
  },
];

/** Used when a prompt names no protocol. */
export const DEFAULT_PROTOCOL_ID = BUILT_IN_PROTOCOLS[0]!.id;
