import { Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { ActorMembership } from '../../common/auth/request-context';
import { OrganizationExportService } from './organization-export.service';

@ObjectType({ description: 'A cohort whose facilitator one must be before exporting the organisation.' })
export class OrganizationExportBlocker {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@Resolver()
export class OrganizationExportResolver {
  constructor(private readonly exports: OrganizationExportService) {}

  @OrgScoped(OrgRole.ADMIN, 'organizationId')
  @Query(() => [OrganizationExportBlocker], {
    description:
      'Cohorts with anonymous contributions the viewer does not facilitate: the export names every author, so it waits until the viewer facilitates them (admins).',
  })
  organizationExportBlockers(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<OrganizationExportBlocker[]> {
    return this.exports.blockers(organizationId, membership);
  }
}
