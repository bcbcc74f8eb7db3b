import { Module } from '@nestjs/common';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { AuditModule } from '../audit/audit.module';
import { createGuestLoaders } from './guest.loader';
import { GuestRepository } from './guest.repository';
import { ContributionGuestResolver, GuestResolver, MeGuestCohortsResolver } from './guest.resolver';
import { GuestService } from './guest.service';

/** Guests across organizations: invitations into one cohort, the host's list, the switcher's entries. */
@Module({
  imports: [AuditModule],
  providers: [GuestRepository, GuestService, GuestResolver, MeGuestCohortsResolver, ContributionGuestResolver],
  exports: [GuestService],
})
export class GuestModule {
  constructor(loaders: LoaderRegistry, guests: GuestRepository) {
    loaders.register(() => createGuestLoaders(guests));
  }
}
