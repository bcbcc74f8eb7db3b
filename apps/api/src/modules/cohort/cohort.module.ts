import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortMemberEntity } from './cohort-member.entity';
import { CohortEntity } from './cohort.entity';
import { CohortResolver } from './cohort.resolver';
import { CohortService } from './cohort.service';
import { TeamEntity } from './team.entity';

@Module({
  imports: [TypeOrmModule.forFeature([CohortEntity, CohortMemberEntity, TeamEntity])],
  providers: [CohortService, CohortResolver],
  exports: [CohortService],
})
export class CohortModule {}
