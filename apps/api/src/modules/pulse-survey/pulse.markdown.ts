import type { BriefPulse } from './dto/pulse-survey.types';

/** The brief export's pulse section: the same thresholded aggregate as the brief (below 5, only the count). */
export function pulseToMarkdown(pulse: BriefPulse | null): string {
  if (!pulse) return '';
  const r = pulse.latest;
  const lines = [`## Latest pulse: ${pulse.title} (round ${r.number})`, ''];
  if (!r.shown) {
    lines.push(`Results appear when ${r.minRespondents} people have answered (${r.respondentCount} so far).`, '');
    return lines.join('\n');
  }
  lines.push(`${r.respondentCount} people answered.`, '');
  for (const q of r.questions)
    lines.push(`- ${q.text} — mean ${q.mean.toFixed(1)} / 5 (${q.distribution.join(' · ')})`);
  if (r.comments.length) lines.push('', '### Comments (no names)', '', ...r.comments.map((c) => `- ${c}`));
  lines.push('');
  return lines.join('\n');
}
