import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { LearningGoalDocument, type LearningGoalDetailFieldsFragment } from '../../generated/graphql';

/**
 * A mutation that answers with the goal's page: the page's query is written from the result, so
 * the history, check-ins and conversations update without a refetch.
 */
export function useGoalMutation<TData extends Record<string, unknown>, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  organizationId: string,
  goalId: string,
) {
  return useMutation(document, {
    update(cache, { data }) {
      const detail = data && (Object.values(data)[0] as LearningGoalDetailFieldsFragment | undefined);
      if (!detail) return;
      cache.writeQuery({
        query: LearningGoalDocument,
        variables: { input: { organizationId, goalId } },
        data: { learningGoal: detail },
      });
    },
  });
}
