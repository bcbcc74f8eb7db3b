import { Module } from '@nestjs/common';
import { DashboardRepository } from './dashboard.repository';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';

/** The facilitator's dashboard across cohorts and organizations (issue 11). */
@Module({
  providers: [DashboardRepository, DashboardService, DashboardResolver],
})
export class DashboardModule {}
