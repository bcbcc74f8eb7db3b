import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortGate } from '../../common/auth/cohort-gate';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { CohortAccessGate } from './cohort-access';
import { AuditModule } from '../audit/audit.module';
import { CohortMemberEntity } from './cohort-member.entity';
import { CohortEntity } from './cohort.entity';
import { createCohortLoaders } from './cohort.loader';
import { CohortRepository } from './cohort.repository';
import { CohortResolver } from './cohort.resolver';
import { CohortService } from './cohort.service';
import { TeamEntity } from './team.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CohortEntity, CohortMemberEntity, TeamEntity]), AuditModule],
  providers: [CohortRepository, CohortService, CohortResolver, { provide: CohortGate, useClass: CohortAccessGate }],
  exports: [CohortService, CohortGate],
})
export class CohortModule {
  constructor(loaders: LoaderRegistry, subjects: CohortSubjects, cohorts: CohortRepository) {
    // The loaders read through the repository, not the DataSource the registry hands them.
    loaders.register((_dataSource, viewerUserId) => createCohortLoaders(cohorts, viewerUserId));
    subjects.register('cohortMember', (actor, id) => actor.loaders.cohortOfCohortMember.load(id));
  }
}
