import type { InquiryCycle } from './dto/inquiry.types';

const STAGE_WORDS = { QUESTION: 'Question', PLAN: 'Plan', ACT: 'Act', EVIDENCE: 'Evidence', REFLECT: 'Reflect' };

/** Markdown text is the PLC's own: keep it from turning into headings or links it did not write. */
const line = (text: string) => text.replace(/\r?\n+/g, ' ').trim();

/**
 * The showcase as Markdown, from what the viewer was shown (its evidence already filtered by the
 * reveal rules, so the export never tells more than the page).
 */
export function showcaseMarkdown(cycle: InquiryCycle): string {
  const who = cycle.teamName ? `${cycle.teamName} (${cycle.cohortName})` : cycle.cohortName;
  const out = [`# ${line(cycle.question)}`, '', `- PLC: ${who}`];
  if (cycle.goal) out.push(`- Goal: ${line(cycle.goal.title)}`);
  if (cycle.showcasedAt) out.push(`- Showcased: ${cycle.showcasedAt.toISOString().slice(0, 10)}`);
  else out.push(`- Stage: ${STAGE_WORDS[cycle.stage]}`);
  out.push('', '## What we tried', '', cycle.tried.trim() || '—', '');
  out.push('## Evidence of student learning', '');
  if (!cycle.evidence.length) out.push('—');
  for (const e of cycle.evidence) {
    const parts = [
      e.contribution ? `From “${line(e.contribution.promptTitle)}”: ${line(e.contribution.excerpt)}` : null,
      e.url ? `<${e.url}>` : null,
      e.note ? line(e.note) : null,
    ].filter(Boolean);
    out.push(`- ${parts.join(' — ')}`);
  }
  out.push('', '## What we learned', '', cycle.learned.trim() || '—', '');
  if (cycle.comments.nodes.length) {
    out.push(`## Comments (${cycle.protocol.name})`, '');
    for (const c of cycle.comments.nodes) {
      out.push(`### ${c.author?.displayName ?? 'A former member'}, ${c.createdAt.toISOString().slice(0, 10)}`, '');
      for (const a of c.answers) out.push(`- **${a.label}:** ${line(a.text)}`);
      out.push('');
    }
  }
  return out.join('\n').trimEnd() + '\n';
}
