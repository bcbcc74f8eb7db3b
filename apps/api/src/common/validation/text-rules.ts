/**
 * What any text a person sends must look like, checked once at the GraphQL boundary
 * (common/graphql/input-scalars.ts) and by the display-name validator.
 */

/** C0 controls except \t \n \r, DEL, C1 controls. PostgreSQL refuses NUL in text outright. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Bidi embeddings/overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they can reorder a name on screen. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * Characters that show nothing besides whitespace: soft hyphen, combining grapheme joiner, Arabic
 * letter mark, Hangul fillers, Khmer/Mongolian invisibles, zero-width and directional marks,
 * word joiner and invisible operators, BOM. (A Set, not a regex class: some are combining marks.)
 */
const INVISIBLE = new Set(
  [0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0]
    .concat(range(0x200b, 0x200f), range(0x2060, 0x2064), range(0x206a, 0x206f))
    .map((code) => String.fromCodePoint(code)),
);

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const CONTROL_CHARACTER_MESSAGE = 'Remove control characters (only line breaks and tabs are allowed).';
export const ID_MESSAGE = 'Must be an id (a UUID).';

export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}

export function hasBidiControl(value: string): boolean {
  return BIDI_CONTROL.test(value);
}

/** True for text that would render as nothing (empty, spaces, zero-width characters only). */
export function isInvisible(value: string): boolean {
  return [...value].every((char) => INVISIBLE.has(char) || /\s/.test(char));
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** One canonical form, so "é" typed as one code point or as e + ◌́ is the same text (and the same email). */
export function toNfc(value: string): string {
  return value.normalize('NFC');
}
