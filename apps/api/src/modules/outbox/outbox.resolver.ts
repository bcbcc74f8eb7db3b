import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { ActorMembership } from '../../common/auth/request-context';
import { OutboxConnection } from './dto/outbox.types';
import { OutboxService } from './outbox.service';

@Resolver(() => OutboxConnection)
export class OutboxResolver {
  constructor(private readonly outbox: OutboxService) {}

  @OrgScoped(OrgRole.ADMIN, 'organizationId')
  @Query(() => OutboxConnection, { description: 'Email sent in the organisation’s name, newest first (admins).' })
  mailOutbox(
    @Args('organizationId', { type: () => ID }) _organizationId: string,
    @CurrentMembership() membership: ActorMembership,
    @Args('first', { type: () => Int, defaultValue: 30 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<OutboxConnection> {
    return this.outbox.list(membership, first, after);
  }
}
