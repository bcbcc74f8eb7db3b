import { Module } from '@nestjs/common';
import { PlanProgressService } from './plan-progress.service';
import { PlanReadService } from './plan-read.service';
import { PlanViewers } from './plan-viewer';
import { PlanRepository } from './plan.repository';
import { PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';

/** The organisation's strategic plan: goals → strategies → action steps, evidence, feedback, history. */
@Module({
  providers: [PlanRepository, PlanViewers, PlanService, PlanProgressService, PlanReadService, PlanResolver],
  exports: [PlanReadService],
})
export class PlanModule {}
