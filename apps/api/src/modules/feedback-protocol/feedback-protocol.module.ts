import { Module } from '@nestjs/common';
import { LoaderRegistry } from '../../common/graphql/loader-registry';
import { createFeedbackProtocolLoaders } from './feedback-protocol.loader';
import { FeedbackProtocolRepository } from './feedback-protocol.repository';
import { FeedbackProtocolResolver, FeedbackProtocolUsageResolver } from './feedback-protocol.resolver';
import { FeedbackProtocolService } from './feedback-protocol.service';

/** Feedback protocols: built-ins and each organization's own. Imports no other learning module. */
@Module({
  providers: [
    FeedbackProtocolRepository,
    FeedbackProtocolService,
    FeedbackProtocolResolver,
    FeedbackProtocolUsageResolver,
  ],
  exports: [FeedbackProtocolRepository, FeedbackProtocolService],
})
export class FeedbackProtocolModule {
  constructor(loaders: LoaderRegistry) {
    loaders.register(createFeedbackProtocolLoaders);
  }
}
