import { describe, expect, it } from 'vitest';
import { utcToZonedInput, validZone, zonedInputToUtc, zoneName } from './time-zone';

describe('huddle times in the viewer’s zone', () => {
  it('converts a wall-clock time in the viewer’s zone to UTC, whatever the browser’s zone', () => {
    expect(zonedInputToUtc('2026-11-26T15:30', 'Europe/Berlin')).toBe('2026-11-26T14:30:00.000Z');
    expect(zonedInputToUtc('2026-07-02T15:30', 'Europe/Berlin')).toBe('2026-07-02T13:30:00.000Z');
    expect(zonedInputToUtc('2026-11-26T09:00', 'America/Los_Angeles')).toBe('2026-11-26T17:00:00.000Z');
    expect(zonedInputToUtc('2026-11-26T09:00', 'Asia/Kolkata')).toBe('2026-11-26T03:30:00.000Z');
  });

  it('round-trips UTC back to the wall-clock time', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'UTC']) {
      const utc = zonedInputToUtc('2026-03-29T10:15', zone)!;
      expect(utcToZonedInput(utc, zone)).toBe('2026-03-29T10:15');
    }
  });

  it('moves a time skipped by DST forward, and refuses what is not a time', () => {
    expect(zonedInputToUtc('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInputToUtc('', 'Europe/Berlin')).toBeNull();
    expect(zonedInputToUtc('tomorrow', 'Europe/Berlin')).toBeNull();
  });
});

describe('naming the zone next to date inputs', () => {
  it('says which zone times are in, and ignores a zone the browser does not know', () => {
    expect(zoneName('Europe/Paris')).toMatch(/^Europe\/Paris/);
    expect(zoneName('America/New_York')).toMatch(/^America\/New York/);
    expect(validZone('Not/AZone')).toBeUndefined();
  });
});
