import type { Request, Response } from 'express';
import type { MembershipEntity } from '../../modules/organization/membership.entity';
import type { UserEntity } from '../../modules/user/user.entity';
import type { Loaders } from '../graphql/loaders';

export interface Viewer {
  user: UserEntity;
  sessionId: string;
}

/** What every resolver knows about the request: who asks, and (for tenant operations) as which member. */
export interface RequestContext {
  req: Request;
  res?: Response;
  requestId: string;
  ip: string;
  userAgent: string | null;
  viewer: Viewer | null;
  /** Set by AccessGuard for operations marked @OrgScoped: the viewer's membership in that organization. */
  membership?: MembershipEntity;
  loaders: Loaders;
}
