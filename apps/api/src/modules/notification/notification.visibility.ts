import { VISIBLE_CONTRIBUTION_SQL } from '../contribution/contribution.visibility';

/** The contribution visibility rule (reveal rules, drafts, deletion, membership) for the notification's reader. */
const CONTRIBUTION_VISIBLE_TO_READER = VISIBLE_CONTRIBUTION_SQL.replaceAll(':viewerId', 'n.user_id');

/**
 * WHERE clause over `n` (notification): whether its reader may still see what it is about. Read at
 * every list, count and real-time delivery, so a notification disappears when its subject does —
 * deleted, not (or no longer) visible under the reveal rule, its reader removed from the
 * organization or the cohort (PRODUCT.md rules 1–5). Contributions, and the comments and feedback
 * on them, go through the contribution module's own predicate, so its rules (and additions to
 * them) hold here unchanged.
 */
export const VISIBLE_NOTIFICATION_SQL = `(
  EXISTS (SELECT 1 FROM membership nm WHERE nm.organization_id = n.organization_id AND nm.user_id = n.user_id)
  AND (n.cohort_id IS NULL OR EXISTS (
    SELECT 1 FROM membership nm
      LEFT JOIN cohort_member ncm ON ncm.cohort_id = n.cohort_id AND ncm.user_id = nm.user_id
     WHERE nm.organization_id = n.organization_id AND nm.user_id = n.user_id
       AND (ncm.role IS NOT NULL OR nm.role IN ('OWNER', 'ADMIN'))))
  AND CASE n.subject_type
    WHEN 'CONTRIBUTION' THEN EXISTS (
      SELECT 1 FROM contribution c JOIN prompt p ON p.id = c.prompt_id
       WHERE c.id = n.subject_id AND ${CONTRIBUTION_VISIBLE_TO_READER})
    WHEN 'COMMENT' THEN EXISTS (
      SELECT 1 FROM comment ncmt JOIN contribution c ON c.id = ncmt.contribution_id JOIN prompt p ON p.id = c.prompt_id
       WHERE ncmt.id = n.subject_id AND ncmt.deleted_at IS NULL AND ncmt.hidden_at IS NULL AND ${CONTRIBUTION_VISIBLE_TO_READER})
    WHEN 'FEEDBACK' THEN EXISTS (
      SELECT 1 FROM feedback nf JOIN contribution c ON c.id = nf.contribution_id JOIN prompt p ON p.id = c.prompt_id
       WHERE nf.id = n.subject_id AND nf.hidden_at IS NULL AND ${CONTRIBUTION_VISIBLE_TO_READER})
    WHEN 'PROMPT' THEN EXISTS (SELECT 1 FROM prompt np WHERE np.id = n.subject_id AND np.published_at IS NOT NULL)
    WHEN 'HUDDLE' THEN EXISTS (SELECT 1 FROM huddle nh WHERE nh.id = n.subject_id)
    WHEN 'PULSE_ROUND' THEN EXISTS (SELECT 1 FROM pulse_round npr WHERE npr.id = n.subject_id)
    WHEN 'ACTION_ITEM' THEN EXISTS (SELECT 1 FROM action_item na WHERE na.id = n.subject_id)
    WHEN 'LEARNING_GOAL' THEN EXISTS (SELECT 1 FROM learning_goal nlg
      WHERE nlg.id = n.subject_id AND (nlg.member_id = n.user_id OR nlg.coach_id = n.user_id))
    ELSE TRUE
  END
)`;
