import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module';
import { ObservationRepository } from './observation.repository';
import { ObservationResolver } from './observation.resolver';
import { ObservationService } from './observation.service';

/** Observations of practice against a framework, shared with the person observed, and their trends. */
@Module({
  imports: [FrameworkModule],
  providers: [ObservationRepository, ObservationService, ObservationResolver],
})
export class ObservationModule {}
