import { gql, InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { pagedFieldPolicy } from './paged-field-policy';

const QUERY = gql`
  query ($after: String) {
    thing(id: "t") {
      id
      page(first: 2, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
        }
      }
    }
  }
`;
const result = (ids: string[], endCursor: string | null, hasNextPage = !!endCursor) => ({
  thing: {
    __typename: 'Thing',
    id: 't',
    page: {
      __typename: 'Page',
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
      nodes: ids.map((id) => ({ __typename: 'Node', id })),
    },
  },
});

describe('a paged field nested in an object', () => {
  const cache = () => new InMemoryCache({ typePolicies: { Thing: { fields: { page: pagedFieldPolicy() } } } });
  const ids = (c: InMemoryCache) =>
    c.readQuery<ReturnType<typeof result>>({ query: QUERY })!.thing.page.nodes.map((n) => n.id);

  it('appends the page asked with `after`, once', () => {
    const c = cache();
    c.writeQuery({ query: QUERY, data: result(['a', 'b'], 'b') });
    c.writeQuery({ query: QUERY, variables: { after: 'b' }, data: result(['b', 'c'], null) });
    expect(ids(c)).toEqual(['a', 'b', 'c']);
  });

  it('refreshes the top on a first-page refetch and keeps the pages already opened', () => {
    const c = cache();
    c.writeQuery({ query: QUERY, data: result(['a', 'b'], 'b') });
    c.writeQuery({ query: QUERY, variables: { after: 'b' }, data: result(['c', 'd'], 'd') });
    c.writeQuery({ query: QUERY, data: result(['n', 'a'], 'a') });
    expect(ids(c)).toEqual(['n', 'a', 'b', 'c', 'd']);
    expect(c.readQuery<ReturnType<typeof result>>({ query: QUERY })!.thing.page.pageInfo.endCursor).toBe('d');
  });
});
