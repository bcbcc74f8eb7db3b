import { Module } from '@nestjs/common';
import { CohortFeedRepository } from './cohort-feed.repository';
import { CohortFeedResolver } from './cohort-feed.resolver';
import { CohortFeedService } from './cohort-feed.service';

@Module({ providers: [CohortFeedRepository, CohortFeedService, CohortFeedResolver] })
export class CohortFeedModule {}
