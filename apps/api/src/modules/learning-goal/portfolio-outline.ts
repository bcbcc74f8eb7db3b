import type { Portfolio } from './portfolio.service';

/** One block of the portfolio, the same for Markdown and PDF so the two say the same thing. */
export type PortfolioBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'meta'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string };

const STATUS: Record<string, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'With the coach',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved',
};
const day = (d: Date | string) => new Date(d).toISOString().slice(0, 10);

/** The portfolio as an ordered outline: goals, their check-ins and conversations, then contributions. */
export function portfolioOutline(p: Portfolio): PortfolioBlock[] {
  const blocks: PortfolioBlock[] = [
    { kind: 'title', text: `Portfolio of ${p.person}` },
    { kind: 'meta', text: `${p.organizationName} · exported ${day(p.generatedAt)}` },
    { kind: 'heading', level: 2, text: 'Learning goals' },
  ];
  if (!p.goals.length) blocks.push({ kind: 'paragraph', text: 'No learning goal yet.' });
  for (const { goal, checkIns, conversations, history } of p.goals) {
    blocks.push({ kind: 'heading', level: 3, text: goal.title });
    blocks.push({
      kind: 'meta',
      text: [
        STATUS[goal.status] ?? goal.status,
        goal.coach ? `coach: ${goal.coach.displayName}` : 'no coach yet',
        goal.alignedTo ? `aligned to “${goal.alignedTo.title}”` : null,
        `check-ins every ${goal.cadenceDays} days`,
      ]
        .filter(Boolean)
        .join(' · '),
    });
    if (goal.description) blocks.push({ kind: 'paragraph', text: goal.description });
    for (const c of checkIns) {
      const measure = c.measureName ? ` — ${c.measureName}: ${c.measureValue}` : '';
      blocks.push({ kind: 'item', text: `Check-in ${day(c.createdAt)}: ${c.reflection}${measure}` });
      for (const k of c.contributions)
        blocks.push({ kind: 'item', text: `  Evidence: ${k.promptTitle} — ${k.excerpt}` });
      if (c.url) blocks.push({ kind: 'item', text: `  Link: ${c.url}` });
      if (c.response) blocks.push({ kind: 'item', text: `  ${c.responderName ?? 'Coach'} responded: ${c.response}` });
    }
    for (const c of conversations) {
      const followUp = c.followUpDoneAt ? 'follow-up done' : `follow-up due ${day(c.followUpDueAt)}`;
      blocks.push({ kind: 'item', text: `Coaching conversation ${day(c.startsAt)} (${followUp})` });
      if (c.notes) blocks.push({ kind: 'item', text: `  Notes: ${c.notes}` });
      if (c.nextSteps) blocks.push({ kind: 'item', text: `  Next steps: ${c.nextSteps}` });
    }
    const feedback = history.filter((h) => h.body && h.actor?.id !== goal.member.id);
    for (const h of feedback) blocks.push({ kind: 'item', text: `${h.actor?.displayName ?? 'Coach'}: ${h.body}` });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Contributions' });
  if (!p.contributions.length) blocks.push({ kind: 'paragraph', text: 'No published contribution yet.' });
  for (const c of p.contributions) {
    blocks.push({ kind: 'heading', level: 3, text: `${c.promptTitle} (${c.cohortName})` });
    blocks.push({
      kind: 'meta',
      text: `${c.kind.toLowerCase()} · ${day(c.publishedAt)} · ${c.revisions} revision(s) · ${c.feedbackReceived} feedback received`,
    });
    blocks.push({ kind: 'paragraph', text: c.body });
    for (const name of c.attachments ?? []) blocks.push({ kind: 'item', text: `Attachment: ${name}` });
  }
  return blocks;
}

/** Markdown: a heading per goal and contribution; bodies are the author's Markdown already. */
export function portfolioMarkdown(p: Portfolio): string {
  return `${portfolioOutline(p)
    .map((b) => {
      switch (b.kind) {
        case 'title':
          return `# ${b.text}`;
        case 'heading':
          return `${'#'.repeat(b.level)} ${b.text}`;
        case 'meta':
          return `_${b.text}_`;
        case 'paragraph':
          return b.text;
        case 'item':
          return b.text.startsWith('  ') ? `  - ${b.text.trim()}` : `- ${b.text}`;
      }
    })
    .join('\n\n')}\n`;
}
