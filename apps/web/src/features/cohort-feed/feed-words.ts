import type { CohortFeedItemFieldsFragment } from '../../generated/graphql';

/** What a feed item says happened, in PRODUCT.md's words; an anonymous author stays unnamed. */
export function feedHeadline(item: CohortFeedItemFieldsFragment): string {
  const prompt = item.promptTitle ?? 'a prompt';
  switch (item.kind) {
    case 'CONTRIBUTION': {
      const who = item.contribution?.isAnonymous
        ? 'An anonymous member'
        : (item.contribution?.author?.displayName ?? 'A member');
      return `${who} posted a contribution to “${prompt}”`;
    }
    case 'FEEDBACK_ON_MINE':
      return `New feedback on your contribution to “${prompt}”`;
    case 'REPLY':
      return `A new comment in a discussion you are part of, on “${prompt}”`;
    case 'HUDDLE_OUTCOME':
      return `The huddle “${item.huddleTitle ?? ''}” ended: its minutes, decisions and action items`;
  }
}

/** The start of a contribution's Markdown as plain text, for a one-line excerpt. */
export function excerpt(markdown: string, max = 140): string {
  const plain = markdown
    .replace(/[#>*_`~[\]()!-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}
