import { useApolloClient } from '@apollo/client/react';
import { useRef } from 'react';
import { BriefDocument } from '../../generated/graphql';
import { useCohortActivity, type CohortActivityEvent } from '../prompt/use-cohort-activity';

/** Whether a burst of cohort activity changes a brief built from these prompts. */
export function touchesBrief(events: CohortActivityEvent[], promptIds: readonly string[]): boolean {
  return events.some((e) => promptIds.includes(e.promptId));
}

/**
 * Keeps an open brief current: posts, revisions, feedback, comments, spotlights and "needs
 * discussion" flags on the huddle's prompts fetch it again (the server recomputes it for this
 * viewer, with the reveal rules applied). One fetch at a time; a burst during it fetches once more.
 */
export function useLiveBrief(huddleId: string, cohortId: string | undefined, promptIds: readonly string[]) {
  const client = useApolloClient();
  const state = useRef({ inFlight: false, again: false });
  const refetch = () => {
    const s = state.current;
    if (s.inFlight) {
      s.again = true;
      return;
    }
    s.inFlight = true;
    void client
      .query({ query: BriefDocument, variables: { huddleId }, fetchPolicy: 'network-only' })
      .catch(() => undefined) // The next event, the tab coming back or a reload catches up.
      .finally(() => {
        s.inFlight = false;
        if (s.again) {
          s.again = false;
          refetch();
        }
      });
  };
  useCohortActivity(
    cohortId,
    (events) => {
      if (touchesBrief(events, promptIds)) refetch();
    },
    refetch,
  );
}
