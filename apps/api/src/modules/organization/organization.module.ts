import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { MeOrganizationsResolver, OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { createOrganizationLoaders } from './organization.loader';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity, InvitationEntity]), AuditModule],
  providers: [OrganizationService, OrganizationResolver, MeOrganizationsResolver],
  exports: [OrganizationService],
})
export class OrganizationModule {
  constructor(loaders: LoaderRegistry) {
    loaders.register(createOrganizationLoaders);
  }
}
