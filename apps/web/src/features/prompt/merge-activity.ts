import type { ApolloCache } from '@apollo/client';
import { PromptDocument } from '../../generated/graphql';
import type { CohortActivityEvent } from './use-cohort-activity';

/**
 * Puts a burst of cohort activity on one prompt into the cache. Events carry the whole
 * contribution as this viewer may see it, so edits, feedback and comments are already merged by
 * Apollo's normalisation; a newly published contribution is appended to the prompt's list (the
 * server lists by spotlight, then publishing time, so a new one goes last). Returns false when the
 * order may have changed (a spotlight) or the prompt is not cached: then the caller fetches again.
 */
export function mergeActivity(cache: ApolloCache, promptId: string, events: CohortActivityEvent[]): boolean {
  if (events.some((e) => e.kind === 'SPOTLIGHTED')) return false;
  const current = cache.readQuery({ query: PromptDocument, variables: { id: promptId } });
  if (!current) return false;
  const known = new Set(current.prompt.contributions.map((c) => c.id));
  const added = events
    .filter((e) => e.kind === 'CONTRIBUTION_PUBLISHED' && !known.has(e.contribution.id))
    .map((e) => e.contribution)
    .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i);
  if (added.length) {
    cache.writeQuery({
      query: PromptDocument,
      variables: { id: promptId },
      data: {
        prompt: {
          ...current.prompt,
          contributionCount: current.prompt.contributionCount + added.length,
          contributions: [...current.prompt.contributions, ...added],
        },
      },
    });
  }
  return true;
}
