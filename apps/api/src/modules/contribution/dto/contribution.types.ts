import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContributionKind, ContributionStatus, LEARNING_LIMITS, ReactionKind } from '@openhuddle/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';
import type { CohortAccess } from '../../cohort/cohort.policy';
import { UserProfile } from '../../user/dto/user.types';

registerEnumType(ContributionStatus, { name: 'ContributionStatus' });
registerEnumType(ReactionKind, {
  name: 'ReactionKind',
  description: 'HELPFUL, PLUS_ONE (+1) or WILL_TRY ("I’ll try this").',
});

@ObjectType({ description: 'How many reacted this way; who reacted is never shown.' })
export class ReactionCount {
  @Field(() => ReactionKind) kind: ReactionKind;
  @Field(() => Int) count: number;
  @Field() viewerReacted: boolean;
}

@InputType()
export class ReactInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown contribution.' })
  contributionId: string;

  @Field(() => ReactionKind)
  @IsEnum(ReactionKind, { message: 'Pick a reaction.' })
  kind: ReactionKind;

  @Field({ description: 'True to add the reaction, false to take it back.' })
  @IsBoolean()
  on: boolean;
}

@ObjectType()
export class ContributionLinkType {
  @Field() url: string;
  @Field() title: string;
}

@ObjectType({ description: 'What the viewer may do with a contribution (the API refuses the rest).' })
export class ContributionPermissions {
  @Field({ description: 'Revise it (its author, once published).' }) edit: boolean;
  @Field({ description: 'Delete it for everyone (its author, or whoever manages the cohort).' }) delete: boolean;
  @Field() spotlight: boolean;
  @Field() react: boolean;
  @Field({ description: 'Comment on it or on its feedback.' }) comment: boolean;
  @Field({ description: 'Report it to the facilitators (not one’s own).' }) report: boolean;
  @Field({ description: 'Hide it for everyone (facilitators).' }) hide: boolean;
  /** Carried for the feedback module's `giveFeedback` field; never exposed. */
  access: CohortAccess;
  subject: { authorId: string; status: ContributionStatus };
}

@ObjectType({ description: 'A contribution as this viewer may see it: anonymous ones carry no author for peers.' })
export class Contribution {
  @Field(() => ID) id: string;
  @Field(() => ID) promptId: string;
  @Field(() => ID) cohortId: string;
  @Field(() => ContributionKind) kind: ContributionKind;
  @Field({ description: 'Markdown as written; render it without raw HTML.' }) body: string;
  @Field(() => [ContributionLinkType]) links: ContributionLinkType[];
  @Field(() => ContributionStatus) status: ContributionStatus;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Int, { description: 'Send it back as expectedVersion when saving an edit.' }) version: number;
  @Field() updatedAt: Date;
  @Field(() => UserProfile, { nullable: true, description: 'Null when the prompt is anonymous to peers.' })
  author: UserProfile | null;
  @Field() isAnonymous: boolean;
  @Field({ description: 'Whether the viewer wrote it.' }) isMine: boolean;
  @Field() spotlighted: boolean;
  @Field(() => ContributionPermissions) viewerCan: ContributionPermissions;
  /** Carried for field resolvers; never exposed. */
  hideAuthor: boolean;
  authorId: string;
}

@ObjectType()
export class Attachment {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field({ description: 'Detected from the file content.' }) contentType: string;
  @Field(() => Int) size: number;
  @Field({ description: 'Download URL (same origin, needs the session).' }) url: string;
}

@ObjectType()
export class ContributionRevision {
  @Field(() => Int) version: number;
  @Field(() => ContributionKind) kind: ContributionKind;
  @Field() body: string;
  @Field(() => [ContributionLinkType]) links: ContributionLinkType[];
  @Field() createdAt: Date;
  @Field(() => UserProfile, { nullable: true, description: 'Null when the author is anonymous to the viewer.' })
  editedBy: UserProfile | null;
  @Field(() => ID, { nullable: true }) answersFeedbackId: string | null;
}

@InputType()
export class ContributionLinkInput {
  @Field()
  @Trim()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'Use a full http(s):// link.' })
  @MaxLength(2048)
  url: string;

  @Field({ defaultValue: '' })
  @Trim()
  @MaxLength(200)
  title: string;
}

@InputType()
export class ContributionFieldsInput {
  @Field(() => ContributionKind)
  @IsEnum(ContributionKind, { message: 'Pick a kind.' })
  kind: ContributionKind;

  @Field({ defaultValue: '' })
  @MaxLength(LEARNING_LIMITS.contributionBodyMax, {
    message: `At most ${LEARNING_LIMITS.contributionBodyMax} characters.`,
  })
  body: string;

  @Field(() => [ID], {
    nullable: true,
    description: 'Files uploaded through POST /api/attachments; replaces the current set.',
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'At most 20 files.' })
  @IsUUID('all', { each: true, message: 'Unknown file.' })
  attachmentIds?: string[];

  @Field(() => [ContributionLinkInput], { defaultValue: [] })
  @ArrayMaxSize(LEARNING_LIMITS.linksMax, { message: `At most ${LEARNING_LIMITS.linksMax} links.` })
  @ValidateNested({ each: true })
  @Type(() => ContributionLinkInput)
  links: ContributionLinkInput[];
}

@InputType({ description: 'Creates a draft (no contributionId) or saves an existing draft (autosave).' })
export class SaveDraftInput extends ContributionFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown prompt.' })
  promptId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown contribution.' })
  contributionId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number;
}

@InputType({ description: 'Edits a published contribution; the previous text is kept as a revision.' })
export class EditContributionInput extends ContributionFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown contribution.' })
  contributionId: string;

  @Field(() => Int, { description: 'The version the edit started from; a newer saved version gives CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ID, { nullable: true, description: 'The feedback this revision answers.' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown feedback.' })
  answersFeedbackId?: string;
}

@InputType()
export class SpotlightContributionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown contribution.' })
  contributionId: string;

  @Field()
  @IsBoolean()
  spotlight: boolean;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown contribution.' })
  contributionId: string;

  @Field(() => ID, { nullable: true, description: 'Comment on one feedback of the contribution.' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown feedback.' })
  feedbackId?: string;

  @Field(() => ID, { nullable: true, description: 'Reply to this comment.' })
  @IsOptional()
  @IsUUID('all', { message: 'Unknown comment.' })
  parentId?: string;

  @Field()
  @Trim()
  @Length(1, LEARNING_LIMITS.commentMax, { message: `Write 1 to ${LEARNING_LIMITS.commentMax} characters.` })
  body: string;

  @Field(() => [ID], { defaultValue: [], description: 'Cohort members mentioned with @.' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  mentionedUserIds: string[];
}

@ObjectType({ description: 'What the viewer may do with this comment (the API refuses the rest).' })
export class CommentPermissions {
  @Field({ description: 'Report it to the facilitators (not one’s own).' }) report: boolean;
  @Field({ description: 'Hide it for everyone (facilitators).' }) hide: boolean;
}

@ObjectType()
export class Comment {
  @Field(() => ID) id: string;
  @Field(() => ID) contributionId: string;
  @Field(() => ID, { nullable: true }) feedbackId: string | null;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field() body: string;
  @Field(() => UserProfile, { nullable: true, description: 'Null for the anonymous author of the contribution.' })
  author: UserProfile | null;
  @Field({ description: 'Written by the contribution’s author.' }) byContributionAuthor: boolean;
  @Field(() => [ID]) mentionedUserIds: string[];
  @Field() createdAt: Date;
  @Field(() => CommentPermissions) viewerCan: CommentPermissions;
}
