import { inUseProtocolChangeErrors } from './feedback-protocol.rules';

describe('changes to a protocol feedback already follows', () => {
  const levels = (n: number) => Array.from({ length: n }, (_, i) => ({ value: i + 1, label: `L${i + 1}` }));
  const current = {
    sections: [
      { key: 'a', label: 'Alpha' },
      { key: 'b', label: 'Beta' },
      { key: 'c', label: 'Gamma' },
    ],
    rubric: [
      { key: 'x', label: 'Ex', levels: levels(3) },
      { key: 'y', label: 'Why', levels: levels(2) },
    ],
  };

  it('accepts renaming, reordering and additions', () => {
    expect(
      inUseProtocolChangeErrors(current, {
        sections: [{ key: 'c', label: 'G' }, { key: 'new', label: 'New' }, ...current.sections.slice(0, 2)],
        rubric: [
          { key: 'z', label: 'Zed', levels: levels(5) },
          { key: 'y', label: 'Y?', levels: levels(2).map((l) => ({ ...l, label: 'renamed' })) },
          current.rubric[0],
        ],
      }),
    ).toEqual({});
  });

  it('names every removed section and criterion, and each criterion whose levels changed (by its position)', () => {
    const errors = inUseProtocolChangeErrors(current, {
      sections: [{ key: 'b', label: 'Beta' }],
      rubric: [
        { key: 'new', label: 'New', levels: levels(2) },
        { key: 'x', label: 'Ex', levels: [...levels(3)].reverse() },
      ],
    });
    expect(errors).toEqual({
      sections:
        'Feedback already uses the sections “Alpha” and “Gamma”, so they stay (you can rename them). Duplicate the protocol to change them.',
      rubric:
        'Feedback already uses the criterion “Why”, so it stays (you can rename it). Duplicate the protocol to change it.',
      'rubric.1.levels':
        'Feedback already scores “Ex” on these 3 levels: rename or describe them, but keep their number and order. Duplicate the protocol to change them.',
    });
    expect(
      Object.keys(
        inUseProtocolChangeErrors(current, {
          ...current,
          rubric: [{ ...current.rubric[0], levels: levels(4) }, current.rubric[1]],
        }),
      ),
    ).toEqual(['rubric.0.levels']);
  });
});
