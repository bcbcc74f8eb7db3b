import { useApolloClient } from '@apollo/client/react';
import { useShowMore } from '../../app/use-show-more';
import { ContributionFeedbackDocument, type ContributionFieldsFragment } from '../../generated/graphql';
import { feedbackAnchor } from './feedback-item';

/** "Show more feedback" under a contribution; focus moves to the first new feedback. */
export function useShowMoreFeedback(contributionId: string, page: ContributionFieldsFragment['feedbackPage']) {
  const client = useApolloClient();
  return useShowMore(
    page,
    (after) =>
      client.query({
        query: ContributionFeedbackDocument,
        variables: { id: contributionId, after },
        fetchPolicy: 'network-only',
      }),
    feedbackAnchor,
  );
}
