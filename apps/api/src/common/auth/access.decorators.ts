import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { AppError } from '../errors/app-error';
import type { RequestContext } from './request-context';

export const PUBLIC_KEY = 'openhuddle:public';
export const ORG_SCOPE_KEY = 'openhuddle:org-scope';

export interface OrgScope {
  /** Path of the organization id in the operation's arguments, e.g. "input.organizationId". */
  argPath: string;
  minRole: OrgRole;
}

/** The operation needs no session (sign up, sign in, invitation preview). Everything else does. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/**
 * The operation acts inside one organization, named by an argument. AccessGuard loads the
 * viewer's membership (NOT_FOUND when there is none, so other tenants' ids reveal nothing)
 * and checks the minimum role (FORBIDDEN).
 */
export const OrgScoped = (minRole: OrgRole = OrgRole.MEMBER, argPath = 'organizationId') =>
  SetMetadata(ORG_SCOPE_KEY, { argPath, minRole } satisfies OrgScope);

export function requestContextOf(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/** The signed-in user (AccessGuard has already refused anonymous callers). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const viewer = requestContextOf(context).viewer;
  if (!viewer) throw AppError.unauthenticated();
  return viewer;
});

/** The viewer's membership in the organization of an @OrgScoped operation. */
export const CurrentMembership = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const membership = requestContextOf(context).membership;
  if (!membership) throw new Error('CurrentMembership used on an operation without @OrgScoped');
  return membership;
});
