import { useState } from 'react';

interface Paged<N> {
  nodes: N[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * "Load more" for a cursor-paged list: fetches the page after `connection` and appends it below
 * the ones shown. `fetchMore` is Apollo's, for a query whose result holds the list under `field`.
 */
export function useLoadMore<F extends string, N, C extends Paged<N>>(
  field: F,
  connection: C | undefined,
  fetchMore: (options: {
    variables: { after: string };
    updateQuery: (previous: Record<F, C>, options: { fetchMoreResult: Record<F, C> }) => Record<F, C>;
  }) => Promise<unknown>,
): { loadMore: () => Promise<void>; loadingMore: boolean } {
  const [loadingMore, setLoadingMore] = useState(false);
  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after },
        updateQuery: (previous, { fetchMoreResult }) =>
          ({
            [field]: { ...fetchMoreResult[field], nodes: [...previous[field].nodes, ...fetchMoreResult[field].nodes] },
          }) as Record<F, C>,
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return { loadMore, loadingMore };
}
