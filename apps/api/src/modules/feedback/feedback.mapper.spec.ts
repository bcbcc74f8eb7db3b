import { answersInOrder } from './feedback.mapper';

describe('answersInOrder', () => {
  const sections = [
    { key: 'glow', label: 'Glow' },
    { key: 'grow', label: 'Grow' },
  ];

  it('follows the protocol’s order and labels, and skips empty answers', () => {
    expect(answersInOrder({ grow: 'Share it', glow: 'Clear', extra_blank: '' }, sections)).toEqual([
      { sectionKey: 'glow', label: 'Glow', text: 'Clear' },
      { sectionKey: 'grow', label: 'Grow', text: 'Share it' },
    ]);
  });

  it('never hides an answer to a section the protocol no longer has', () => {
    expect(answersInOrder({ glow: 'Clear', 'i-wonder': 'How long did it take?' }, sections)).toEqual([
      { sectionKey: 'glow', label: 'Glow', text: 'Clear' },
      { sectionKey: 'i-wonder', label: 'I wonder', text: 'How long did it take?' },
    ]);
    expect(answersInOrder(null, sections)).toEqual([]);
  });
});
