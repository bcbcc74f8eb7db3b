import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { type OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import type { Request } from 'express';
import { AppError, ErrorCode } from '../errors/app-error';
import { LoaderRegistry } from '../graphql/loader-registry';
import { accessHolderOf, STANCE_KEY, type Stance } from './access.decorators';
import type { Actor } from './actor';
import { CohortGate } from './cohort-gate';
import { CohortSubjects } from './cohort-subjects';
import type { ActorMembership, RequestContext } from './request-context';
import { ViewerSource } from './viewer-source';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

/** Loaders of the organization module the guard reads memberships through. */
interface MembershipLoaders {
  viewerMembership: { load(organizationId: string): Promise<ActorMembership | null> };
}

/**
 * The one place where authentication and tenancy are decided, for GraphQL operations
 * (queries, mutations, subscriptions at subscribe time) and REST routes alike: each entry point
 * declares its stance (access.decorators.ts) and an entry point without one is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerSource,
    private readonly loaderRegistry: LoaderRegistry,
    private readonly gate: CohortGate,
    private readonly subjects: CohortSubjects,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const type = context.getType<string>();
    let args: Record<string, unknown>;
    if (type === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      // Field resolvers run under their parent's decision; only root operations are guarded.
      const parentType = gql.getInfo()?.parentType?.name;
      if (parentType && !ROOT_TYPES.includes(parentType)) return true;
      args = gql.getArgs();
    } else if (type === 'http') {
      const req = context.switchToHttp().getRequest<Request>();
      args = { ...(req.params as Record<string, unknown>), ...(req.query as Record<string, unknown>) };
      await this.actorForHttp(context, req);
    } else {
      return true;
    }

    const targets = [context.getHandler(), context.getClass()];
    const stance = this.reflector.getAllAndOverride<Stance | undefined>(STANCE_KEY, targets);
    if (!stance) throw AppError.forbidden('This operation declares no access stance.');
    if (stance.kind === 'public') return true;

    const holder = accessHolderOf(context);
    const actor = holder.actor;
    if (!actor) throw AppError.unauthenticated();
    if (stance.kind === 'org')
      holder.membership = await this.requireMembership(actor, readPath(args, stance.argPath), stance.minRole);
    if (stance.kind === 'cohort') await this.requireCohort(actor, stance, readPath(args, stance.argPath));
    return true;
  }

  private async actorForHttp(context: ExecutionContext, req: Request): Promise<void> {
    const holder = accessHolderOf(context) as Partial<RequestContext>;
    if (holder.viewer !== undefined) return;
    const viewer = await this.viewers.viewerFromCookieHeader(req.headers.cookie);
    holder.viewer = viewer;
    holder.actor = viewer
      ? { user: viewer.user, sessionId: viewer.sessionId, loaders: this.loaderRegistry.create(viewer.user.id) }
      : null;
  }

  private async requireMembership(actor: Actor, organizationId: unknown, minRole: OrgRole) {
    if (typeof organizationId !== 'string' || !UUID.test(organizationId)) throw AppError.notFound('Organization');
    const membership = await (actor.loaders as unknown as MembershipLoaders).viewerMembership.load(organizationId);
    if (!membership) throw AppError.notFound('Organization');
    if (!orgRoleAtLeast(membership.role, minRole)) {
      throw AppError.forbidden(`This needs the ${minRole} role or higher in this organization.`);
    }
    return membership;
  }

  private async requireCohort(actor: Actor, stance: Stance & { kind: 'cohort' }, id: unknown): Promise<void> {
    const name = subjectName(stance.subject);
    if (typeof id !== 'string' || !UUID.test(id)) throw AppError.notFound(name);
    const cohortId = await this.subjects.cohortOf(actor, stance.subject, id);
    if (!cohortId) throw AppError.notFound(name);
    try {
      await this.gate.require(actor, cohortId, stance.need);
    } catch (error) {
      // "Not yours" reads like "not found", in the subject's own words; anything else stays itself.
      if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) throw AppError.notFound(name);
      throw error;
    }
  }
}

/** 'agendaItem' → 'Agenda item' (the NOT_FOUND message names what was asked for). */
function subjectName(subject: string): string {
  const words = subject.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function readPath(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], args);
}
