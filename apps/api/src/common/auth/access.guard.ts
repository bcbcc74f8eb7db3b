import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { orgRoleAtLeast } from '@openhuddle/shared';
import { AppError } from '../errors/app-error';
import { ORG_SCOPE_KEY, type OrgScope, PUBLIC_KEY } from './access.decorators';
import type { RequestContext } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one place where authentication and tenancy are decided for GraphQL operations:
 * every operation is either @Public, or needs a session; @OrgScoped ones also need a
 * membership with at least the given role in the organization they name.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<RequestContext>();
    // Field resolvers run under their parent's decision; only root operations are guarded.
    const parentType = gql.getInfo()?.parentType?.name;
    if (parentType && !['Query', 'Mutation', 'Subscription'].includes(parentType)) return true;
    if (!ctx.viewer) throw AppError.unauthenticated();

    const scope = this.reflector.getAllAndOverride<OrgScope | undefined>(ORG_SCOPE_KEY, targets);
    if (!scope) return true;
    const organizationId = readPath(gql.getArgs(), scope.argPath);
    if (typeof organizationId !== 'string' || !UUID.test(organizationId)) throw AppError.notFound('Organization');
    const membership = await ctx.loaders.viewerMembership.load(organizationId);
    if (!membership) throw AppError.notFound('Organization');
    if (!orgRoleAtLeast(membership.role, scope.minRole)) {
      throw AppError.forbidden(`This needs the ${scope.minRole} role or higher in this organization.`);
    }
    ctx.membership = membership;
    return true;
  }
}

function readPath(args: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], args);
}
