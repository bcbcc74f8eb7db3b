import { Anonymity, CohortRole, ContributionStatus, RevealRule } from '@openhuddle/shared';
import { type CohortAccess, readingRole, seesAsFacilitator } from '../cohort/cohort.policy';

/**
 * The reveal rules of PRODUCT.md, in two forms that must agree (contribution.visibility.spec.ts
 * and the reveal-matrix integration test prove it):
 * - `canSeeContribution`: for one contribution already in memory (events, mappers);
 * - `VISIBLE_CONTRIBUTION_SQL`: the same rule as a WHERE clause for lists, counts and search.
 *
 * Drafts are their author's alone; deleted contributions are nobody's; the cohort's facilitators
 * see every published contribution; peers follow the prompt's reveal rule. Observers never post,
 * so under POST_FIRST they read like members who have posted; organization admins outside the
 * cohort read as observers (never FACILITATORS_ONLY). Nobody without a membership of the
 * cohort's organization sees anything (a removed member loses access at once).
 */
export interface VisibilityFacts {
  authorId: string;
  status: ContributionStatus;
  deletedAt: Date | null;
  /** Hidden by a facilitator (moderation): nobody's, like a deleted one. */
  hiddenAt?: Date | null;
  revealRule: RevealRule;
  revealAt: Date | null;
  /** Has the viewer published (and not deleted) a contribution to the same prompt? */
  viewerHasPublished: boolean;
}

export function canSeeContribution(access: CohortAccess | null, facts: VisibilityFacts, now = new Date()): boolean {
  if (!access || facts.deletedAt || facts.hiddenAt || !readingRole(access)) return false;
  if (facts.authorId === access.userId) return true;
  if (facts.status !== ContributionStatus.PUBLISHED) return false;
  if (seesAsFacilitator(access)) return true;
  const role = readingRole(access);
  if (!role) return false;
  switch (facts.revealRule) {
    case RevealRule.OPEN:
      return true;
    case RevealRule.POST_FIRST:
      return facts.viewerHasPublished || role === CohortRole.OBSERVER;
    case RevealRule.AT_TIME:
      return !!facts.revealAt && facts.revealAt <= now;
    case RevealRule.FACILITATORS_ONLY:
      return false;
  }
}

/**
 * Peers never learn the author of an anonymous contribution; the cohort's facilitators and the
 * author do (organization admins outside the cohort do not: rule 3).
 */
export function hidesAuthor(access: CohortAccess, anonymity: Anonymity, authorId: string): boolean {
  return anonymity === Anonymity.TO_PEERS && authorId !== access.userId && !seesAsFacilitator(access);
}

/**
 * WHERE clause over `c` (contribution) joined with `p` (its prompt), for the viewer `:viewerId`.
 * The viewer's reading role comes from the same tables the cohort access loader reads: their
 * cohort role, or OBSERVER for an organization admin outside the cohort; no membership of the
 * organization (or Guest place in the cohort), no access (not even to one's own contributions once removed).
 */
const readableUnderRule = (extraGrant: string) => `(
         c.author_id = :viewerId
         OR (c.status = 'PUBLISHED' AND (
           vcm.role = 'FACILITATOR'
           OR p.reveal_rule = 'OPEN'
           OR (p.reveal_rule = 'AT_TIME' AND p.reveal_at <= now())
           OR (p.reveal_rule = 'POST_FIRST' AND (
             COALESCE(vcm.role, 'OBSERVER') = 'OBSERVER'
             OR EXISTS (SELECT 1 FROM contribution mine
                         WHERE mine.prompt_id = c.prompt_id AND mine.author_id = :viewerId
                           AND mine.status = 'PUBLISHED' AND mine.deleted_at IS NULL AND mine.hidden_at IS NULL)))${extraGrant})))`;

// A Guest (a place in the cohort without a membership of its organization) reads that cohort by
// its cohort role: the second EXISTS. Nothing else of the organization opens to them.
const visibleContributionSql = (extraGrant: string) => `(
  c.deleted_at IS NULL AND c.hidden_at IS NULL AND (EXISTS (
    SELECT 1 FROM membership vm
      LEFT JOIN cohort_member vcm ON vcm.cohort_id = c.cohort_id AND vcm.user_id = vm.user_id
     WHERE vm.organization_id = c.organization_id AND vm.user_id = :viewerId
       AND (vcm.role IS NOT NULL OR vm.role IN ('OWNER', 'ADMIN'))
       AND ${readableUnderRule(extraGrant)}
  ) OR EXISTS (
    SELECT 1 FROM cohort_member vcm
     WHERE vcm.cohort_id = c.cohort_id AND vcm.user_id = :viewerId AND vcm.guest
       AND ${readableUnderRule(extraGrant)}
  ))
)`;

export const VISIBLE_CONTRIBUTION_SQL = visibleContributionSql('');

/**
 * VISIBLE_CONTRIBUTION_SQL plus what a review assignment opens (rule 4): under FACILITATORS_ONLY the
 * reviewer assigned to this one contribution may open it — by id (its page, its feedback form, its
 * attachments, its events), never in the prompt's lists or counts, which keep VISIBLE_CONTRIBUTION_SQL.
 */
export const VISIBLE_CONTRIBUTION_BY_ID_SQL = visibleContributionSql(`
           OR (p.reveal_rule = 'FACILITATORS_ONLY' AND EXISTS (
             SELECT 1 FROM review_assignment ra WHERE ra.contribution_id = c.id AND ra.reviewer_id = :viewerId))`);

/** Feedback (`f`) that is not hidden by a facilitator; its contribution's rule applies on top. */
export const VISIBLE_FEEDBACK_SQL = `(f.hidden_at IS NULL)`;

/** Comments (`cm`) neither deleted nor hidden; their contribution's rule applies on top. */
export const VISIBLE_COMMENT_SQL = `(cm.deleted_at IS NULL AND cm.hidden_at IS NULL)`;

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
  c.status = 'PUBLISHED' AND c.deleted_at IS NULL AND c.hidden_at IS NULL
  AND (p.reveal_rule = 'OPEN' OR (p.reveal_rule = 'AT_TIME' AND p.reveal_at <= now()))
)`;
