import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CohortJoinLinkRepository } from './cohort-join-link.repository';
import { CohortJoinLinkResolver } from './cohort-join-link.resolver';
import { CohortJoinLinkService } from './cohort-join-link.service';

/** Cohort join links: a shareable address with an expiry and a use cap, revocable. */
@Module({
  imports: [AuditModule],
  providers: [CohortJoinLinkRepository, CohortJoinLinkService, CohortJoinLinkResolver],
})
export class CohortJoinLinkModule {}
