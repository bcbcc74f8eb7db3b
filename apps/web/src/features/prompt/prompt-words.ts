import type {
  Anonymity,
  CohortRole,
  ContributionKind,
  PromptStatus,
  RevealRule,
  ReviewGrouping,
  ReviewMode,
} from '../../generated/graphql';
import type { BadgeTone } from '../../ui';
import { formatDateTime } from '../../lib/format-date';

export const KIND_LABELS: Record<ContributionKind, string> = {
  IDEA: 'Idea',
  EVIDENCE: 'Evidence',
  SOLUTION: 'Solution',
  QUESTION: 'Question',
  REFLECTION: 'Reflection',
  UPDATE: 'Update',
};

export const ALL_KINDS: ContributionKind[] = ['IDEA', 'EVIDENCE', 'SOLUTION', 'QUESTION', 'REFLECTION', 'UPDATE'];

export const STATUS_LABELS: Record<PromptStatus, string> = {
  DRAFT: 'Draft',
  SCHEDULED: 'Upcoming',
  OPEN: 'Open',
  CLOSED: 'Closed',
};

export const STATUS_TONES: Record<PromptStatus, BadgeTone> = {
  DRAFT: 'warning',
  SCHEDULED: 'info',
  OPEN: 'success',
  CLOSED: 'neutral',
};

export const COHORT_ROLE_LABELS: Record<CohortRole, string> = {
  FACILITATOR: 'Facilitator',
  MEMBER: 'Member',
  OBSERVER: 'Observer',
};

export const COHORT_ROLE_TONES: Record<CohortRole, BadgeTone> = {
  FACILITATOR: 'success',
  MEMBER: 'neutral',
  OBSERVER: 'info',
};

export const COHORT_ROLE_DESCRIPTIONS: Record<CohortRole, string> = {
  FACILITATOR: 'Publishes prompts, sees every contribution and runs huddles.',
  MEMBER: 'Answers prompts and gives feedback.',
  OBSERVER: 'Reads along without posting.',
};

export const REVEAL_LABELS: Record<RevealRule, string> = {
  OPEN: 'Right away',
  POST_FIRST: 'After posting their own',
  AT_TIME: 'All at once, at a set time',
  FACILITATORS_ONLY: 'Never (facilitators only)',
};

/** What each reveal rule means, for the facilitator choosing it. */
export const REVEAL_HINTS: Record<RevealRule, string> = {
  OPEN: 'Members see each contribution as soon as it is posted. Facilitators always see everything.',
  POST_FIRST: 'Members see peers’ contributions once they have published their own: everyone thinks first.',
  AT_TIME: 'Contributions stay hidden until the time you pick, then everyone sees them together.',
  FACILITATORS_ONLY: 'Members see only their own contributions. Facilitators see everything.',
};

export const ANONYMITY_LABELS: Record<Anonymity, string> = {
  NONE: 'Names shown',
  TO_PEERS: 'Anonymous to peers (facilitators still see names)',
};

export const REVIEW_MODE_LABELS: Record<ReviewMode, string> = {
  NONE: 'No peer review',
  EVERYONE_SEES_ALL: 'Anyone may give feedback on any contribution',
  ASSIGNED: 'Assigned reviewers',
};

export const GROUPING_LABELS: Record<ReviewGrouping, string> = {
  ANY: 'Anyone in the cohort',
  WITHIN_TEAM: 'Within the same team',
  ACROSS_TEAMS: 'Across teams',
};

/** The reveal rule in plain words, for the person reading the prompt. */
export function revealExplanation(rule: RevealRule, revealAt: string | null, timeZone?: string): string {
  switch (rule) {
    case 'OPEN':
      return 'Everyone in the cohort sees contributions as soon as they are posted.';
    case 'POST_FIRST':
      return 'You see how peers answered once you have posted your own. Facilitators see everything.';
    case 'AT_TIME':
      return revealAt
        ? `Contributions stay hidden until ${formatDateTime(revealAt, timeZone)}, then everyone sees them together.`
        : 'Contributions stay hidden until the facilitator reveals them.';
    case 'FACILITATORS_ONLY':
      return 'Only you and the facilitators see what you post.';
  }
}

export function anonymityExplanation(anonymity: Anonymity): string {
  return anonymity === 'TO_PEERS'
    ? 'Contributions are anonymous: peers see “Anonymous member”; facilitators see who wrote what.'
    : 'Your name is shown with what you post.';
}
