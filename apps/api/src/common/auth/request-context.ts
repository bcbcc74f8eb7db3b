import type { Request, Response } from 'express';
import type { OrgRole } from '@openhuddle/shared';
import type { Loaders } from '../graphql/loader-registry';
import type { Actor } from './actor';
import type { Viewer } from './viewer-source';

export type { Viewer } from './viewer-source';

/** A membership as the guard hands it to an @OrgScoped operation (a MembershipEntity satisfies it). */
export interface ActorMembership {
  id: string;
  organizationId: string;
  userId: string;
  role: OrgRole;
}

/**
 * What the GraphQL layer knows about a request. Resolvers hand services the `actor`, never this
 * context; `loaders` is the actor's (or, for anonymous requests, a viewer-less set).
 */
export interface RequestContext {
  req: Request;
  res?: Response;
  requestId: string;
  ip: string;
  userAgent: string | null;
  viewer: Viewer | null;
  actor: Actor | null;
  /** Set by AccessGuard for operations marked @OrgScoped: the viewer's membership in that organization. */
  membership?: ActorMembership;
  loaders: Loaders;
}
