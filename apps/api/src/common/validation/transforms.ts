import { Transform } from 'class-transformer';

/** Trims surrounding whitespace of string inputs before validation. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Emails compare case-insensitively: trim and lower-case them once, at the edge. */
export const NormalizeEmail = () =>
  Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));
