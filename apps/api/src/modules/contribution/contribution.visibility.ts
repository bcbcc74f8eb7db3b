import { Anonymity, CohortRole, ContributionStatus, RevealRule } from '@openhuddle/shared';
import { type CohortAccess, isFacilitator } from '../cohort/cohort.policy';

/**
 * The reveal rules of PRODUCT.md, in two forms that must agree (contribution.visibility.spec.ts
 * and the reveal-matrix integration test prove it):
 * - `canSeeContribution`: for one contribution already in memory (events, mappers);
 * - `VISIBLE_CONTRIBUTION_SQL`: the same rule as a WHERE clause for lists, counts and search.
 *
 * Drafts are their author's alone; deleted contributions are nobody's; facilitators see every
 * published contribution; peers follow the prompt's reveal rule. Observers never post, so under
 * POST_FIRST they read like members who have posted.
 */
export interface VisibilityFacts {
  authorId: string;
  status: ContributionStatus;
  deletedAt: Date | null;
  revealRule: RevealRule;
  revealAt: Date | null;
  /** Has the viewer published (and not deleted) a contribution to the same prompt? */
  viewerHasPublished: boolean;
}

export function canSeeContribution(access: CohortAccess | null, facts: VisibilityFacts, now = new Date()): boolean {
  if (!access || facts.deletedAt) return false;
  if (facts.authorId === access.userId) return true;
  if (facts.status !== ContributionStatus.PUBLISHED) return false;
  if (isFacilitator(access)) return true;
  if (!access.cohortRole) return false;
  switch (facts.revealRule) {
    case RevealRule.OPEN:
      return true;
    case RevealRule.POST_FIRST:
      return facts.viewerHasPublished || access.cohortRole === CohortRole.OBSERVER;
    case RevealRule.AT_TIME:
      return !!facts.revealAt && facts.revealAt <= now;
    case RevealRule.FACILITATORS_ONLY:
      return false;
  }
}

/** Peers never learn the author of an anonymous contribution; facilitators and the author do. */
export function hidesAuthor(access: CohortAccess, anonymity: Anonymity, authorId: string): boolean {
  return anonymity === Anonymity.TO_PEERS && authorId !== access.userId && !isFacilitator(access);
}

/**
 * WHERE clause over `c` (contribution) joined with `p` (its prompt), for the viewer `:viewerId`.
 * The organization admins' and cohort facilitators' view comes from the same tables the
 * cohort access loader reads.
 */
export const VISIBLE_CONTRIBUTION_SQL = `(
  c.deleted_at IS NULL AND (
    c.author_id = :viewerId
    OR (c.status = 'PUBLISHED' AND (
      EXISTS (SELECT 1 FROM membership vm
               WHERE vm.organization_id = c.organization_id AND vm.user_id = :viewerId AND vm.role IN ('OWNER', 'ADMIN'))
      OR EXISTS (SELECT 1 FROM cohort_member vcm
                  WHERE vcm.cohort_id = c.cohort_id AND vcm.user_id = :viewerId AND (
                    vcm.role = 'FACILITATOR'
                    OR p.reveal_rule = 'OPEN'
                    OR (p.reveal_rule = 'AT_TIME' AND p.reveal_at <= now())
                    OR (p.reveal_rule = 'POST_FIRST' AND (
                      vcm.role = 'OBSERVER'
                      OR EXISTS (SELECT 1 FROM contribution mine
                                  WHERE mine.prompt_id = c.prompt_id AND mine.author_id = :viewerId
                                    AND mine.status = 'PUBLISHED' AND mine.deleted_at IS NULL)))))))
  )
)`;

/**
 * Whether every member of the cohort may see a published contribution — including one who has
 * not posted and is not the author. What the whole cohort will see (agenda items suggested from
 * the brief, shown in live mode and posted in the minutes) is chosen from these only.
 */
export function visibleToEveryMember(revealRule: RevealRule, revealAt: Date | null, now = new Date()): boolean {
  return revealRule === RevealRule.OPEN || (revealRule === RevealRule.AT_TIME && !!revealAt && revealAt <= now);
}

/** The SQL twin of `visibleToEveryMember`, over `c` joined with its prompt `p` (published, not deleted). */
export const VISIBLE_TO_EVERY_MEMBER_SQL = `(
  c.status = 'PUBLISHED' AND c.deleted_at IS NULL
  AND (p.reveal_rule = 'OPEN' OR (p.reveal_rule = 'AT_TIME' AND p.reveal_at <= now()))
)`;
