import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InvitationEntity } from './invitation.entity';
import { MembershipEntity } from './membership.entity';
import { OrganizationEntity } from './organization.entity';
import { MeOrganizationsResolver, OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity, InvitationEntity])],
  providers: [OrganizationService, OrganizationResolver, MeOrganizationsResolver],
  exports: [OrganizationService],
})
export class OrganizationModule {}
