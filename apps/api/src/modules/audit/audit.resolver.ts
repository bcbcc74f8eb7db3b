import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { ActorMembership } from '../../common/auth/request-context';
import { AuditAction } from './audit-action';
import { toAuditEvent } from './audit.mapper';
import { AuditService } from './audit.service';
import { AuditEventConnection } from './dto/audit.types';

@Resolver(() => AuditEventConnection)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @OrgScoped(OrgRole.ADMIN, 'organizationId')
  @Query(() => AuditEventConnection, { description: "The organization's administrative actions, newest first." })
  async auditEvents(
    @Args('organizationId', { type: () => ID }) _organizationId: string,
    @CurrentMembership() membership: ActorMembership,
    @Args('action', { type: () => AuditAction, nullable: true }) action: AuditAction | null,
    @Args('actorId', { type: () => ID, nullable: true }) actorId: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditEventConnection> {
    const page = await this.audit.list(membership, { action, actorId, first, after });
    return {
      nodes: page.rows.map(toAuditEvent),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }
}
