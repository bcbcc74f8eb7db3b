import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { AppError } from '../errors/app-error';
import type { Actor } from './actor';
import type { CohortNeed } from './cohort-gate';
import type { RequestContext } from './request-context';

export const STANCE_KEY = 'openhuddle:stance';

/**
 * The access stance every root operation and REST route declares at its entry point; one
 * guard (AccessGuard) reads it for GraphQL, HTTP and WebSocket subscriptions alike. An entry
 * point without a stance is refused (and fails the stance-coverage test).
 */
export type Stance =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'org'; minRole: OrgRole; argPath: string }
  | { kind: 'cohort'; need: CohortNeed; subject: string; argPath: string };

/** The operation needs no session (sign up, sign in, invitation preview, health). */
export const Public = () => SetMetadata(STANCE_KEY, { kind: 'public' } satisfies Stance);

/** Any signed-in person, about themselves (profile, their own settings, sign out). */
export const SignedIn = () => SetMetadata(STANCE_KEY, { kind: 'signed-in' } satisfies Stance);

/**
 * The operation acts inside one organization, named by an argument. The guard loads the
 * viewer's membership (NOT_FOUND when there is none, so other tenants' ids reveal nothing)
 * and checks the minimum role (FORBIDDEN).
 */
export const OrgScoped = (minRole: OrgRole = OrgRole.MEMBER, argPath = 'organizationId') =>
  SetMetadata(STANCE_KEY, { kind: 'org', minRole, argPath } satisfies Stance);

/**
 * The operation acts inside one cohort, reached through a subject named by an argument:
 * `@CohortScoped('post', { prompt: 'input.promptId' })`. The guard finds the subject's cohort
 * and applies the cohort gate (NOT_FOUND for outsiders, FORBIDDEN without the role); the
 * service still decides about the subject itself (a draft is its author's only).
 */
export const CohortScoped = (need: CohortNeed, via: Record<string, string> = { cohort: 'cohortId' }) => {
  const [subject, argPath] = Object.entries(via)[0]!;
  return SetMetadata(STANCE_KEY, { kind: 'cohort', need, subject, argPath } satisfies Stance);
};

export function requestContextOf(context: ExecutionContext): RequestContext {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
}

/** Where the guard leaves what it learned: the GraphQL context, or the HTTP request. */
export function accessHolderOf(context: ExecutionContext): Pick<RequestContext, 'actor' | 'membership' | 'viewer'> {
  return context.getType<string>() === 'graphql'
    ? requestContextOf(context)
    : (context.switchToHttp().getRequest<{ access?: RequestContext }>().access ??= {} as RequestContext);
}

/** The acting person (the guard has already refused anonymous callers). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = accessHolderOf(context).actor;
  if (!actor) throw AppError.unauthenticated();
  return actor;
});

/** The signed-in user (the guard has already refused anonymous callers). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const viewer = accessHolderOf(context).viewer;
  if (!viewer) throw AppError.unauthenticated();
  return viewer;
});

/** The viewer's membership in the organization of an @OrgScoped operation. */
export const CurrentMembership = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const membership = accessHolderOf(context).membership;
  if (!membership) throw new Error('CurrentMembership used on an operation without @OrgScoped');
  return membership;
});
