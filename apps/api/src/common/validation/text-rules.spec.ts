import { hasBidiControl, hasControlCharacter, isInvisible, isUuid } from './text-rules';

describe('text rules', () => {
  it('finds control characters but allows tab, line feed and carriage return', () => {
    for (const bad of ['a\u0000b', '\u0007', 'x\u001B[31m', '\u007F', '\u0085', '\u009F']) {
      expect(hasControlCharacter(bad)).toBe(true);
    }
    expect(hasControlCharacter('line\n\tnext\r\n — café 日本 🙂')).toBe(false);
  });

  it('finds bidi embeddings, overrides and isolates', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(hasBidiControl(`Ana${String.fromCodePoint(code)}`)).toBe(true);
    }
    expect(hasBidiControl('نور الهدى')).toBe(false);
  });

  it('calls a name invisible when nothing in it shows', () => {
    for (const name of ['', '   ', '\u200B', '\u200C\u200D', '\u2060\uFEFF\u00A0', '\u3164', '\t\n']) {
      expect(isInvisible(name)).toBe(true);
    }
    for (const name of ['A', ' \u200Bb', 'é', '\u0301', '🙂']) expect(isInvisible(name)).toBe(false);
  });

  it('accepts UUIDs only', () => {
    expect(isUuid('6F1C2B9E-1d4a-4c3e-9b7a-2f5e8d9c0a1b')).toBe(true);
    for (const bad of [
      '0',
      '',
      'x'.repeat(36),
      '6f1c2b9e1d4a4c3e9b7a2f5e8d9c0a1b',
      '6f1c2b9e-1d4a-4c3e-9b7a-2f5e8d9c0a1b ',
    ]) {
      expect(isUuid(bad)).toBe(false);
    }
  });
});
