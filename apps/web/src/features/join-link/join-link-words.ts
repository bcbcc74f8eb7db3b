import type { JoinLinkStatus } from '../../generated/graphql';

export const JOIN_LINK_STATUS_LABELS: Record<JoinLinkStatus, string> = {
  ACTIVE: 'Active',
  EXPIRED: 'Expired',
  REVOKED: 'Turned off',
  USED_UP: 'Used up',
};

/** What the join page says when a link cannot be used. */
export const JOIN_LINK_REFUSALS: Record<Exclude<JoinLinkStatus, 'ACTIVE'>, string> = {
  EXPIRED: 'This join link has expired. Ask the cohort’s facilitator for a new one.',
  REVOKED: 'This join link was turned off. Ask the cohort’s facilitator for a new one.',
  USED_UP: 'This join link has been used by as many people as it allows. Ask the cohort’s facilitator for a new one.',
};
