import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { ActorMembership } from '../../common/auth/request-context';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { AccountRepository } from './account.repository';
import { OrganizationDataPolicy, UpdateDataPolicyInput } from './dto/data-policy.types';

@Resolver()
export class DataPolicyResolver {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly audit: AuditService,
  ) {}

  @OrgScoped(OrgRole.ADMIN, 'organizationId')
  @Query(() => OrganizationDataPolicy)
  async organizationDataPolicy(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<OrganizationDataPolicy> {
    return { organizationId, deletedAccountContent: await this.accounts.deletedAccountContentOf(organizationId) };
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => OrganizationDataPolicy, {
    description: 'Sets what happens to a person’s published work here when they delete their account (admins).',
  })
  async updateDataPolicy(
    @Args('input') input: UpdateDataPolicyInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<OrganizationDataPolicy> {
    await this.accounts.transaction(async (em) => {
      await this.accounts.setDeletedAccountContent(input.organizationId, input.deletedAccountContent, em);
      await this.audit.record(
        AuditAction.ORGANIZATION_UPDATED,
        membership,
        {
          type: AuditSubjectType.ORGANIZATION,
          id: input.organizationId,
          details: { deletedAccountContent: input.deletedAccountContent },
        },
        em,
      );
    });
    return { organizationId: input.organizationId, deletedAccountContent: input.deletedAccountContent };
  }
}
