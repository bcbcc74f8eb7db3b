import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { ActorMembership } from '../../common/auth/request-context';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { AccountRepository } from './account.repository';
import { RetentionRepository } from './retention.repository';
import { OrganizationDataPolicy, UpdateDataPolicyInput, UpdateRetentionPolicyInput } from './dto/data-policy.types';

@Resolver()
export class DataPolicyResolver {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly audit: AuditService,
    private readonly retention: RetentionRepository,
  ) {}

  private async policyOf(organizationId: string): Promise<OrganizationDataPolicy> {
    return {
      organizationId,
      deletedAccountContent: await this.accounts.deletedAccountContentOf(organizationId),
      retention: await this.retention.settingsOf(organizationId),
    };
  }

  @OrgScoped(OrgRole.ADMIN, 'organizationId')
  @Query(() => OrganizationDataPolicy)
  async organizationDataPolicy(
    @Args('organizationId', { type: () => ID }) organizationId: string,
  ): Promise<OrganizationDataPolicy> {
    return this.policyOf(organizationId);
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
    return this.policyOf(input.organizationId);
  }

  @OrgScoped(OrgRole.ADMIN, 'input.organizationId')
  @Mutation(() => OrganizationDataPolicy, {
    description: 'Sets how long drafts, the audit log and former members’ personal data are kept (admins).',
  })
  async updateRetentionPolicy(
    @Args('input') input: UpdateRetentionPolicyInput,
    @CurrentMembership() membership: ActorMembership,
  ): Promise<OrganizationDataPolicy> {
    const settings = {
      draftDays: input.draftDays ?? null,
      auditMonths: input.auditMonths ?? null,
      formerMemberDays: input.formerMemberDays ?? null,
    };
    await this.accounts.transaction(async (em) => {
      await this.retention.setSettings(input.organizationId, settings, em);
      await this.audit.record(
        AuditAction.ORGANIZATION_UPDATED,
        membership,
        {
          type: AuditSubjectType.ORGANIZATION,
          id: input.organizationId,
          details: {
            draftRetentionDays: settings.draftDays,
            auditRetentionMonths: settings.auditMonths,
            formerMemberRetentionDays: settings.formerMemberDays,
          },
        },
        em,
      );
    });
    return this.policyOf(input.organizationId);
  }
}
