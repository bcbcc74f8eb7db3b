import { Module } from '@nestjs/common';
import { FeedbackProtocolModule } from '../feedback-protocol/feedback-protocol.module';
import { InquiryAccess } from './inquiry-access';
import { InquiryReadService } from './inquiry-read.service';
import { InquiryRepository } from './inquiry.repository';
import { InquiryResolver } from './inquiry.resolver';
import { InquiryService } from './inquiry.service';

/** PLC inquiry cycles: a question within the plan's goals, its stages, evidence and showcase. */
@Module({
  imports: [FeedbackProtocolModule],
  providers: [InquiryRepository, InquiryAccess, InquiryService, InquiryReadService, InquiryResolver],
})
export class InquiryModule {}
