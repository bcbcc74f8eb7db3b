/** A template time in words: "day 0, 09:00" reads "Start day, 09:00"; later days count from it. */
export function templateTimeLabel(at: { day: number; time: string }): string {
  return at.day === 0 ? `start day, ${at.time}` : `day ${at.day}, ${at.time}`;
}

/** "YYYY-MM-DD" dates typed as a list (commas, spaces or new lines), sorted and without repeats. */
export function parseSkipDates(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))].sort();
}
