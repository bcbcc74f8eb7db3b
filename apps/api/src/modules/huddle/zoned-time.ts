/** Offset of `timeZone` from UTC at instant `utcMs`, in ms (e.g. Chicago in winter: -6 h). */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(utcMs))
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The instants of a series that keeps the same local wall time in `timeZone` every `stepDays`
 * days — so a weekly 4 pm meeting stays at 4 pm across a daylight-saving change.
 */
export function repeatAtLocalTime(first: Date, timeZone: string, stepDays: number, count: number): Date[] {
  const offset = zoneOffsetMs(first.getTime(), timeZone);
  const localWall = first.getTime() + offset; // the wall clock reading, as if it were UTC
  const result: Date[] = [];
  for (let i = 0; i < count; i++) {
    const wall = localWall + i * stepDays * 86_400_000;
    // Convert wall time back to UTC with the offset in force at that moment (checked twice for DST edges).
    let utc = wall - zoneOffsetMs(wall, timeZone);
    utc = wall - zoneOffsetMs(utc, timeZone);
    result.push(new Date(utc));
  }
  return result;
}
