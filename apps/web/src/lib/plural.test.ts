import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('counts in the singular for one, the plural otherwise', () => {
    expect(plural(1, 'comment')).toBe('1 comment');
    expect(plural(0, 'comment')).toBe('0 comments');
    expect(plural(3, 'reply', 'replies')).toBe('3 replies');
  });
});
