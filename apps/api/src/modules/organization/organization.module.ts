import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { AuditModule } from '../audit/audit.module';
import { InvitationEntity } from './invitation.entity';
import { MemberDeactivationEntity } from './member-deactivation.entity';
import { MemberDeactivationResolver } from './member-deactivation.resolver';
import { MemberDeactivationService } from './member-deactivation.service';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { createOrganizationLoaders } from './organization.loader';
import { OrganizationRepository } from './organization.repository';
import { MeOrganizationsResolver, OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity, InvitationEntity, MemberDeactivationEntity]),
    AuditModule,
  ],
  providers: [
    OrganizationRepository,
    OrganizationService,
    OrganizationResolver,
    MeOrganizationsResolver,
    MemberDeactivationService,
    MemberDeactivationResolver,
  ],
  exports: [OrganizationService],
})
export class OrganizationModule {
  constructor(loaders: LoaderRegistry, organizations: OrganizationRepository) {
    // The loaders read through the repository, not the DataSource the registry hands them.
    loaders.register((_dataSource, viewerUserId) => createOrganizationLoaders(organizations, viewerUserId));
  }
}
