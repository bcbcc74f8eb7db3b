import { Transform } from 'class-transformer';

/** Trims surrounding whitespace of string inputs before validation. */
export const Trim = () => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Emails compare exactly once normalised here, the one place every email input passes. */
export const NormalizeEmail = () =>
  Transform(({ value }) => (typeof value === 'string' ? normalizeEmail(value) : value));

/**
 * Trimmed, lower-cased and in NFC, so "José" typed with a composed é or with e + ◌́ is one
 * account (lower-casing first, then NFC, as lower-casing may decompose).
 */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase().normalize('NFC');
}
