import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { LEARNING_LIMITS } from '@openhuddle/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { Trim } from '../../../common/validation/transforms';
import { UserProfile } from '../../user/dto/user.types';
import { PageInfo } from '../../../common/pagination/page-info';

@ObjectType()
export class FeedbackAnswer {
  @Field() sectionKey: string;
  @Field() label: string;
  @Field() text: string;
}

@ObjectType()
export class RubricScore {
  @Field() criterionKey: string;
  @Field() label: string;
  @Field(() => Int) level: number;
  @Field() levelLabel: string;
}

@ObjectType()
export class Feedback {
  @Field(() => ID) id: string;
  @Field(() => ID) contributionId: string;
  @Field(() => ID) promptId: string;
  @Field(() => UserProfile) author: UserProfile;
  @Field(() => [FeedbackAnswer]) answers: FeedbackAnswer[];
  @Field(() => [RubricScore]) rubric: RubricScore[];
  @Field({ description: 'Marked helpful by the contribution’s author.' }) helpful: boolean;
  @Field() isMine: boolean;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType({ description: 'What the viewer may do with this feedback (the API refuses the rest).' })
export class FeedbackPermissions {
  @Field({ description: 'The contribution’s author marks feedback helpful.' }) markHelpful: boolean;
  @Field({ description: 'Reply in its thread (members and facilitators; not observers).' }) reply: boolean;
  @Field({ description: 'Report it to the facilitators (not one’s own).' }) report: boolean;
  @Field({ description: 'Hide it for everyone (facilitators).' }) hide: boolean;
}

@ObjectType()
export class RubricAverage {
  @Field() criterionKey: string;
  @Field() label: string;
  @Field(() => Float) average: number;
}

@ObjectType({ description: 'Reviews the viewer owes.' })
export class ReviewAssignment {
  @Field(() => ID) id: string;
  @Field(() => ID) contributionId: string;
  @Field(() => ID) promptId: string;
  @Field() promptTitle: string;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field({ description: 'The prompt’s reveal rule keeps the contribution closed to the reviewer for now.' })
  locked: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'What opens a locked assignment, in a sentence; null when open.',
  })
  unlocksWhen: string | null;
  @Field(() => Date, { nullable: true, description: 'When a locked assignment opens by itself (AT_TIME), if known.' })
  unlocksAt: Date | null;
  @Field({
    description: 'Locked until the viewer posts their own contribution to the prompt (POST_FIRST): post there first.',
  })
  unlocksByPosting: boolean;
  @Field(() => UserProfile, {
    nullable: true,
    description:
      'Who wrote the contribution to review; null when the prompt is anonymous to peers, or while the review is ' +
      'locked (nobody learns who posted before the prompt lets them see it).',
  })
  contributionAuthor: UserProfile | null;
  @Field({ description: 'The prompt is anonymous to peers: the queue says “an anonymous member’s”.' })
  contributionIsAnonymous: boolean;
}

@ObjectType({ description: 'The viewer’s own review assignment on a contribution.' })
export class ViewerReviewAssignment {
  @Field(() => ID) id: string;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Set once the viewer has given feedback on it.' })
  completedAt: Date | null;
}

@ObjectType({ description: 'A review assignment as its facilitator sees it.' })
export class PromptReviewAssignment {
  @Field(() => ID) id: string;
  @Field(() => ID) contributionId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Who wrote the contribution: for the cohort’s facilitators; null for an admin outside the cohort.',
  })
  contributionAuthorId: string | null;
  @Field(() => UserProfile) reviewer: UserProfile;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}

@ObjectType({ description: 'What the viewer owes in a cohort.' })
export class CohortOwed {
  @Field(() => [ID], { description: 'Open prompts the viewer has not posted to yet.' }) promptIds: string[];
  @Field(() => Int, { description: 'Reviews still to give.' }) reviews: number;
}

@ObjectType()
export class MyQueue {
  @Field(() => [ReviewAssignment]) reviewsOwed: ReviewAssignment[];
  @Field(() => [Feedback], { description: 'Feedback on my contributions I have not read yet.' })
  unreadFeedback: Feedback[];
}

@InputType()
export class FeedbackAnswerInput {
  @Field()
  @Length(1, 40)
  sectionKey: string;

  @Field()
  @Trim()
  @MaxLength(LEARNING_LIMITS.feedbackAnswerMax, { message: `At most ${LEARNING_LIMITS.feedbackAnswerMax} characters.` })
  text: string;
}

@InputType()
export class RubricScoreInput {
  @Field()
  @Length(1, 40)
  criterionKey: string;

  @Field(() => Int)
  @IsInt()
  level: number;
}

@InputType()
export class GiveFeedbackInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown contribution.' })
  contributionId: string;

  @Field(() => [FeedbackAnswerInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FeedbackAnswerInput)
  answers: FeedbackAnswerInput[];

  @Field(() => [RubricScoreInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricScoreInput)
  rubric: RubricScoreInput[];
}

@InputType()
export class MarkFeedbackHelpfulInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown feedback.' })
  feedbackId: string;

  @Field()
  @IsBoolean()
  helpful: boolean;
}

@InputType()
export class ReassignReviewInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown review.' })
  assignmentId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Pick a member.' })
  reviewerId: string;

  @Field({ nullable: true })
  @IsOptional()
  note?: string;
}

@ObjectType({ description: 'A page of a contribution’s feedback, oldest first.' })
export class FeedbackConnection {
  @Field(() => [Feedback]) nodes: Feedback[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'Feedback the viewer may read on this contribution (hidden ones leave it).' })
  totalCount: number;
}
