import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortModule } from '../cohort/cohort.module';
import { RosterRepository } from './roster.repository';
import { RosterResolver } from './roster.resolver';
import { RosterService } from './roster.service';

/** Rosters: CSV import with a dry run, bulk invitations, adding a whole organisation to a cohort. */
@Module({
  imports: [AuditModule, CohortModule],
  providers: [RosterRepository, RosterService, RosterResolver],
})
export class RosterModule {}
