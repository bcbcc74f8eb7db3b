import type { ApolloCache } from '@apollo/client';
import { PromptDocument } from '../../generated/graphql';
import type { CohortActivityEvent } from './use-cohort-activity';

/**
 * Puts a burst of cohort activity on one prompt into the cache. Events carry the whole
 * contribution as this viewer may see it, so edits, feedback and comments are already merged by
 * Apollo's normalisation; a newly published contribution goes where the server would list it: after
 * the spotlights and the viewer's reviews, first of the rest (the newest), and the total grows; the
 * viewer's own draft leaves their drafts as it is published. Returns false when the order may have
 * changed (a spotlight) or the prompt is not cached: then the caller fetches again.
 */
export function mergeActivity(cache: ApolloCache, promptId: string, events: CohortActivityEvent[]): boolean {
  if (events.some((e) => e.kind === 'SPOTLIGHTED')) return false;
  const current = cache.readQuery({ query: PromptDocument, variables: { id: promptId } });
  if (!current) return false;
  const page = current.prompt.contributionPage;
  const known = new Set(page.nodes.map((c) => c.id));
  const added = events
    .filter((e) => e.kind === 'CONTRIBUTION_PUBLISHED' && !known.has(e.contribution.id))
    .map((e) => e.contribution)
    .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i)
    .reverse();
  if (added.length) {
    const pinned = page.nodes.findIndex((c) => !c.spotlighted && !c.viewerReviewAssignment);
    const at = pinned === -1 ? page.nodes.length : pinned;
    const publishedIds = new Set(added.map((c) => c.id));
    cache.writeQuery({
      query: PromptDocument,
      variables: { id: promptId },
      data: {
        prompt: {
          ...current.prompt,
          contributionCount: current.prompt.contributionCount + added.length,
          viewerDrafts: current.prompt.viewerDrafts.filter((d) => !publishedIds.has(d.id)),
          contributionPage: {
            ...page,
            totalCount: page.totalCount + added.length,
            nodes: [...page.nodes.slice(0, at), ...added, ...page.nodes.slice(at)],
          },
        },
      },
    });
  }
  return true;
}
