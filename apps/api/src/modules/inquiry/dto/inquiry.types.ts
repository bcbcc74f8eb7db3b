import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InquiryEvidenceKind, InquiryStage } from '@openhuddle/shared';
import { ProtocolSectionType } from '../../feedback-protocol/dto/feedback-protocol.types';
import { UserProfile } from '../../user/dto/user.types';

registerEnumType(InquiryStage, { name: 'InquiryStage', description: 'question → plan → act → evidence → reflect.' });
registerEnumType(InquiryEvidenceKind, { name: 'InquiryEvidenceKind' });

@ObjectType({ description: 'The day each stage starts (YYYY-MM-DD), and the showcase’s day.' })
export class InquiryStageDates {
  @Field(() => String, { nullable: true }) questionOn: string | null;
  @Field(() => String, { nullable: true }) planOn: string | null;
  @Field(() => String, { nullable: true }) actOn: string | null;
  @Field(() => String, { nullable: true }) evidenceOn: string | null;
  @Field(() => String, { nullable: true }) reflectOn: string | null;
  @Field(() => String, { nullable: true }) showcaseOn: string | null;
}

@ObjectType()
export class InquiryGoal {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType()
export class InquiryEvidenceContribution {
  @Field(() => ID) id: string;
  @Field(() => ID) promptId: string;
  @Field() promptTitle: string;
  @Field({ description: 'The contribution’s opening words (its author is not shown: anonymity stays intact).' })
  excerpt: string;
}

@ObjectType({ description: 'Evidence of student learning; contributions only where the viewer may see them.' })
export class InquiryEvidence {
  @Field(() => ID) id: string;
  @Field(() => InquiryEvidenceKind) kind: InquiryEvidenceKind;
  @Field(() => InquiryEvidenceContribution, { nullable: true }) contribution: InquiryEvidenceContribution | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field() note: string;
  @Field(() => UserProfile, { nullable: true }) author: UserProfile | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A prompt or a huddle that belongs to a stage of the cycle.' })
export class InquiryStageLink {
  @Field(() => ID) id: string;
  @Field(() => InquiryStage) stage: InquiryStage;
  @Field({ description: 'PROMPT or HUDDLE.' }) kind: 'PROMPT' | 'HUDDLE';
  @Field(() => ID, { description: 'The prompt’s or the huddle’s id.' }) subjectId: string;
  @Field() title: string;
}

@ObjectType()
export class ShowcaseCommentAnswer {
  @Field() sectionKey: string;
  @Field() label: string;
  @Field() text: string;
}

@ObjectType()
export class ShowcaseComment {
  @Field(() => ID) id: string;
  @Field(() => UserProfile, { nullable: true }) author: UserProfile | null;
  @Field(() => [ShowcaseCommentAnswer]) answers: ShowcaseCommentAnswer[];
  @Field() createdAt: Date;
}

@ObjectType()
export class ShowcaseCommentPage {
  @Field(() => [ShowcaseComment]) nodes: ShowcaseComment[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType({ description: 'The feedback protocol the showcase is commented on with.' })
export class ShowcaseProtocol {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [ProtocolSectionType]) sections: ProtocolSectionType[];
}

@ObjectType()
export class InquiryViewerCan {
  @Field({ description: 'Change the question, dates and stage; add evidence and links; write the showcase.' })
  work: boolean;
  @Field({ description: 'Showcase it now (at the reflect stage, with what was tried and learned).' }) showcase: boolean;
  @Field({ description: 'Comment on the showcase with its protocol.' }) comment: boolean;
}

@ObjectType({ description: 'A PLC’s inquiry cycle, as a row of a list (its cohort’s, or the showcase gallery).' })
export class InquiryCycleSummary {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => String, { nullable: true, description: 'The team that runs it; null for the whole cohort.' })
  teamName: string | null;
  @Field() question: string;
  @Field(() => InquiryGoal, { nullable: true }) goal: InquiryGoal | null;
  @Field(() => InquiryStage) stage: InquiryStage;
  @Field(() => InquiryStageDates) dates: InquiryStageDates;
  @Field(() => Date, { nullable: true }) showcasedAt: Date | null;
  @Field(() => Int, { description: 'Evidence the viewer may see.' }) evidenceCount: number;
  @Field(() => Int) commentCount: number;
}

@ObjectType()
export class ShowcasePage {
  @Field(() => [InquiryCycleSummary]) nodes: InquiryCycleSummary[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType({ description: 'A cycle with its evidence, its stages’ prompts and huddles, and its showcase.' })
export class InquiryCycle extends InquiryCycleSummary {
  @Field() tried: string;
  @Field() learned: string;
  @Field(() => [InquiryEvidence], { description: 'Newest first; what the viewer may see.' })
  evidence: InquiryEvidence[];
  @Field(() => [InquiryStageLink], { description: 'Empty for a viewer outside the cohort.' })
  stageLinks: InquiryStageLink[];
  @Field(() => ShowcaseProtocol) protocol: ShowcaseProtocol;
  @Field(() => ShowcaseCommentPage) comments: ShowcaseCommentPage;
  @Field(() => InquiryViewerCan) viewerCan: InquiryViewerCan;
}
