import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CohortMemberEntity } from './cohort-member.entity';
import { CohortEntity } from './cohort.entity';
import { CohortResolver } from './cohort.resolver';
import { CohortService } from './cohort.service';
import { TeamEntity } from './team.entity';
import { CohortGate } from '../../common/auth/cohort-gate';
import { CohortAccessGate } from './cohort-access';
import { CohortSubjects } from '../../common/auth/cohort-subjects';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { createCohortLoaders } from './cohort.loader';

@Module({
  imports: [TypeOrmModule.forFeature([CohortEntity, CohortMemberEntity, TeamEntity]), AuditModule],
  providers: [CohortService, CohortResolver, { provide: CohortGate, useClass: CohortAccessGate }],
  exports: [CohortService, CohortGate],
})
export class CohortModule {
  constructor(loaders: LoaderRegistry, subjects: CohortSubjects) {
    loaders.register(createCohortLoaders);
    subjects.register('cohortMember', (actor, id) => actor.loaders.cohortOfCohortMember.load(id));
  }
}
