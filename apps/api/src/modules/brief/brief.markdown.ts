import { postedSentence } from '@openhuddle/shared';
import type { Brief } from './brief.types';

/** The brief as a Markdown document, built from the same viewer-specific Brief (so the same rules hold). */
export function briefToMarkdown(title: string, startsAt: Date, brief: Brief): string {
  const lines: string[] = [
    `# Brief: ${title}`,
    '',
    `Huddle on ${startsAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    '',
  ];
  lines.push(`Read by ${brief.readers.readCount} of ${brief.readers.memberCount}.`, '');
  if (brief.themes.length) {
    lines.push('## Themes', '');
    for (const t of brief.themes) lines.push(`- **${t.label}** (${t.contributionIds.length} contributions)`);
    lines.push('');
  }
  for (const p of brief.prompts) {
    const part = p.participation;
    lines.push(
      `## ${p.title}`,
      '',
      `${postedSentence(part.postedCount, part.memberCount, p.peerVisibility)} · ${part.feedbackGivenCount} gave feedback`,
      '',
    );
    if (part.namesVisible && part.notPosted.length)
      lines.push(`Not posted yet: ${part.notPosted.map((u) => u.displayName).join(', ')}`, '');
    for (const c of p.contributions) {
      const who = c.author ? c.author.displayName : 'Anonymous member';
      lines.push(`### ${c.kind.toLowerCase()} · ${who}${c.spotlighted ? ' · ★ spotlight' : ''}`, '', c.excerpt, '');
      if (c.reviewCount) lines.push(`_${c.reviewCount} review(s)_`);
      for (const r of c.rubricAverages) lines.push(`- ${r.label}: ${r.average}`);
      for (const f of c.helpfulFeedback)
        lines.push(
          `> Helpful — ${f.author.displayName}: ${f.answers.map((a) => `**${a.label}:** ${a.text}`).join(' ')}`,
        );
      lines.push('');
    }
    if (p.contributionCount > p.contributions.length)
      lines.push(`…and ${p.contributionCount - p.contributions.length} more.`, '');
  }
  if (brief.openQuestions.length) {
    lines.push('## Open questions', '');
    for (const q of brief.openQuestions) lines.push(`- ${q.text.replace(/\n+/g, ' ')}`);
    lines.push('');
  }
  if (brief.needsDiscussion.length) {
    lines.push('## Needs discussion', '');
    for (const c of brief.needsDiscussion)
      lines.push(`- (${c.needsDiscussionVotes} votes) ${c.excerpt.replace(/\n+/g, ' ')}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
