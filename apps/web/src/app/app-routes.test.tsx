import { ROUTE_PATTERNS, routes } from '@openhuddle/shared';
import { createRoutesFromChildren, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AppRoutes } from './app-routes';

/** Every page the router can show, as the full path a link must build (index routes take their parent's). */
function mountedPaths(objects: RouteObject[], parent = ''): string[] {
  return objects.flatMap((route) => {
    const path = route.path === undefined ? parent : route.path;
    const own = route.index ? [parent] : route.element && route.path !== undefined && !route.children ? [path] : [];
    return [...own, ...mountedPaths(route.children ?? [], path)];
  });
}

describe('the route table', () => {
  const table = createRoutesFromChildren(AppRoutes().props.children);
  const paths = mountedPaths(table).filter((p) => p !== '*');

  it('mounts exactly the shared route patterns, once each', () => {
    expect([...paths].sort()).toEqual(Object.values(ROUTE_PATTERNS).sort());
  });

  it('builds links that fill each pattern in order, encoded', () => {
    expect(routes.cohort('o1', 'c 1')).toBe('/o/o1/cohorts/c%201');
    expect(routes.contribution('o1', 'p1', 'x1')).toBe('/o/o1/prompts/p1#contribution-x1');
    expect(routes.signIn('/o/o1')).toBe('/sign-in?next=%2Fo%2Fo1');
    expect(routes.signIn()).toBe('/sign-in');
    expect(routes.newProtocol('o1', 'p1')).toBe('/o/o1/protocols/new?from=p1');
  });
});
