import { BUILT_IN_PROTOCOLS } from '../feedback-protocol/built-in-protocols';
import { feedbackFieldErrors } from './feedback.rules';

const glowGrow = BUILT_IN_PROTOCOLS[0];
const rubricProtocol = BUILT_IN_PROTOCOLS[4];

describe('feedback against its protocol', () => {
  it('accepts every required section answered', () => {
    expect(
      feedbackFieldErrors(
        glowGrow,
        [
          { sectionKey: 'glow', text: 'Clear' },
          { sectionKey: 'grow', text: 'Add data' },
        ],
        [],
      ),
    ).toEqual({});
  });

  it('names each missing required section and unknown section', () => {
    expect(
      feedbackFieldErrors(
        glowGrow,
        [
          { sectionKey: 'glow', text: 'ok' },
          { sectionKey: 'grow', text: '   ' },
          { sectionKey: 'rant', text: 'x' },
        ],
        [],
      ),
    ).toEqual({
      'answers.grow': 'Grow is required.',
      'answers.rant': 'This protocol has no such section.',
    });
  });

  it('checks rubric levels exist', () => {
    const answers = [
      { sectionKey: 'strength', text: 'a' },
      { sectionKey: 'nextStep', text: 'b' },
    ];
    expect(feedbackFieldErrors(rubricProtocol, answers, [{ criterionKey: 'clarity', level: 3 }])).toEqual({});
    expect(
      feedbackFieldErrors(rubricProtocol, answers, [
        { criterionKey: 'clarity', level: 9 },
        { criterionKey: 'vibes', level: 1 },
      ]),
    ).toEqual({
      'rubric.clarity': 'Pick one of the levels.',
      'rubric.vibes': 'This protocol has no such criterion.',
    });
  });
});
