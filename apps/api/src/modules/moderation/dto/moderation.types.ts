import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  HIDE_REASON_MAX,
  MuteDuration,
  REPORT_NOTE_MAX,
  ReportReason,
  ReportStatus,
  ReportSubjectType,
} from '@openhuddle/shared';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

registerEnumType(ReportSubjectType, { name: 'ReportSubjectType' });
registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(MuteDuration, { name: 'MuteDuration' });

@InputType()
export class ContentRefInput {
  @Field(() => ReportSubjectType)
  @IsEnum(ReportSubjectType)
  subjectType: ReportSubjectType;

  @Field(() => ID, { description: 'The contribution, feedback or comment.' })
  @IsUUID('all', { message: 'Unknown content.' })
  subjectId: string;
}

@InputType()
export class ReportContentInput extends ContentRefInput {
  @Field(() => ReportReason)
  @IsEnum(ReportReason, { message: 'Pick a reason from the list.' })
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(REPORT_NOTE_MAX, { message: `Keep the note under ${REPORT_NOTE_MAX} characters.` })
  note?: string | null;
}

@InputType()
export class HideContentInput extends ContentRefInput {
  @Field({ description: 'Shown to the author.' })
  @IsString()
  @MaxLength(HIDE_REASON_MAX, { message: `Keep the reason under ${HIDE_REASON_MAX} characters.` })
  reason: string;
}

@InputType()
export class MuteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Pick a member of this cohort.' })
  userId: string;

  @Field(() => MuteDuration)
  @IsEnum(MuteDuration, { message: 'Pick a day, a week or until lifted.' })
  duration: MuteDuration;
}

@InputType()
export class UnmuteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Pick a member of this cohort.' })
  userId: string;
}

@ObjectType({ description: 'A member’s report; the reporter is shown to facilitators only.' })
export class Report {
  @Field(() => ID) id: string;
  @Field(() => ReportReason) reason: ReportReason;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => String, { nullable: true, description: 'Null unless the viewer facilitates the cohort.' })
  reporterName: string | null;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'A contribution, a feedback or a comment as moderation shows it.' })
export class ModeratedContent {
  @Field(() => ReportSubjectType) subjectType: ReportSubjectType;
  @Field(() => ID) subjectId: string;
  @Field(() => ID) contributionId: string;
  @Field(() => ID) promptId: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'Null when anonymous to the viewer.' })
  authorName: string | null;
  @Field(() => Date, { nullable: true }) hiddenAt: Date | null;
  @Field(() => String, { nullable: true }) hiddenReason: string | null;
  @Field({ description: 'What the page shows in its place, e.g. "Hidden by a facilitator: <reason>".' })
  tombstone: string;
  @Field({ description: 'Restore it (facilitators, on hidden content).' }) canRestore: boolean;
}

@ObjectType({ description: 'Open reports on one piece of content.' })
export class ReportedContent {
  @Field(() => ModeratedContent) content: ModeratedContent;
  @Field(() => [Report]) reports: Report[];
}

@ObjectType()
export class CohortMute {
  @Field(() => ID) cohortId: string;
  @Field(() => ID) userId: string;
  @Field(() => Date, { nullable: true, description: 'Null: until a facilitator lifts it.' }) until: Date | null;
}

@ObjectType()
export class ReportReceipt {
  @Field(() => ID) id: string;
  @Field(() => ReportStatus) status: ReportStatus;
}

@ObjectType()
export class ModerationCounts {
  @Field(() => Int) openReports: number;
}
