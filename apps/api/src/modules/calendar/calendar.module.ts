import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CohortModule } from '../cohort/cohort.module';
import { CalendarController } from './calendar.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

@Module({
  imports: [AuthModule, CohortModule],
  controllers: [CalendarController],
  providers: [CalendarRepository, CalendarService, CalendarResolver],
  // Huddle emails attach the same invitation the download and the feed serve.
  exports: [CalendarService],
})
export class CalendarModule {}
