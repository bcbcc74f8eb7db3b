/**
 * Whether the viewer can read peers' contributions to a prompt now, and if not, why: the API
 * computes it from the reveal rule (PRODUCT.md rule 2), and every page words it through
 * `postedSentence`, so a count says the same thing on the brief, its Markdown and the prompt page.
 */
export enum PeerVisibility {
  VISIBLE = 'VISIBLE',
  AFTER_VIEWER_POSTS = 'AFTER_VIEWER_POSTS',
  AT_REVEAL_TIME = 'AT_REVEAL_TIME',
  FACILITATORS_ONLY = 'FACILITATORS_ONLY',
}

const people = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 of 9 posted", or, when the viewer cannot read them yet, what they can do about it. */
export function postedSentence(postedCount: number, memberCount: number, visibility: PeerVisibility): string {
  switch (visibility) {
    case PeerVisibility.VISIBLE:
      return `${postedCount} of ${memberCount} posted`;
    case PeerVisibility.AFTER_VIEWER_POSTS:
      return postedCount === 0
        ? 'No peer has posted yet; post yours to see theirs when they do'
        : `${people(postedCount, 'peer has', 'peers have')} posted; post yours to see ${postedCount === 1 ? 'it' : 'them'}`;
    case PeerVisibility.AT_REVEAL_TIME:
      return `${people(postedCount, 'member has', 'members have')} posted; everyone's posts are revealed together`;
    case PeerVisibility.FACILITATORS_ONLY:
      return `${people(postedCount, 'member has', 'members have')} posted; only facilitators read their posts`;
  }
}
