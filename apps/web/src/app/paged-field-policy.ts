import type { FieldPolicy, Reference } from '@apollo/client';

interface PagedField {
  __typename?: string;
  nodes: Reference[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number;
}

/**
 * A cursor-paged field nested in an object (a prompt's contributions, a contribution's feedback):
 * a page asked with `after` is appended to those shown; the first page again (a refetch after a
 * mutation) refreshes the top of the list and keeps the pages the reader had already opened, so
 * "Show more" is not undone by a reaction or a comment. A root field (a cohort's feed) names the
 * arguments that pick the list (`keyArgs`), so two lists never merge.
 */
export function pagedFieldPolicy(keyArgs: string[] | false = false): FieldPolicy<PagedField> {
  return {
    keyArgs,
    merge(existing, incoming, { args, readField }) {
      if (!existing) return incoming;
      const id = (n: Reference) => readField<string>('id', n);
      if (args?.after) {
        const known = new Set(existing.nodes.map(id));
        return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes.filter((n) => !known.has(id(n)))] };
      }
      if (existing.nodes.length <= incoming.nodes.length) return incoming;
      const fresh = new Set(incoming.nodes.map(id));
      return {
        ...incoming,
        nodes: [...incoming.nodes, ...existing.nodes.filter((n) => !fresh.has(id(n)))],
        pageInfo: existing.pageInfo,
      };
    },
  };
}
