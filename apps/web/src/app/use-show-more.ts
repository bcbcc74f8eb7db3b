import { useEffect, useRef, useState } from 'react';

interface Page {
  nodes: ReadonlyArray<{ id: string }>;
  pageInfo: { endCursor?: string | null };
}

/**
 * "Show more" for a list nested in a cached object: `fetchPage(after)` asks for the page after the
 * last one shown (a field policy appends it in the cache), then keyboard focus moves to the first
 * new item (`anchorOf` names its element), so reading carries on where the list grew.
 */
export function useShowMore(
  page: Page,
  fetchPage: (after: string) => Promise<unknown>,
  anchorOf: (id: string) => string,
) {
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  // The index of the first new item, while its page is on its way.
  const focusAt = useRef<number | null>(null);
  const nodes = page.nodes;
  useEffect(() => {
    const target = focusAt.current === null ? undefined : nodes[focusAt.current];
    if (!target) return;
    focusAt.current = null;
    const element = document.getElementById(anchorOf(target.id));
    element?.focus({ preventScroll: true });
    element?.scrollIntoView?.({ block: 'start' });
  }, [nodes, anchorOf]);
  const showMore = async () => {
    const after = page.pageInfo.endCursor;
    if (!after) return;
    setLoading(true);
    setFailed(false);
    focusAt.current = nodes.length;
    try {
      await fetchPage(after);
    } catch {
      focusAt.current = null;
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };
  return { showMore, loading, failed };
}
