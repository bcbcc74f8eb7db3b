import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { DeletedAccountContent } from '../data-policy.entity';

registerEnumType(DeletedAccountContent, {
  name: 'DeletedAccountContent',
  description: 'What happens to a person’s published work when they delete their account.',
});

@ObjectType({ description: 'How long the organisation keeps data; null keeps it. A daily job applies it.' })
export class RetentionPolicy {
  @Field(() => Int, { nullable: true, description: 'Drafts untouched this many days are deleted.' })
  draftDays: number | null;
  @Field(() => Int, { nullable: true, description: 'Audit events older than this many months are purged.' })
  auditMonths: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Days after someone leaves before their notifications, settings and drafts here are deleted.',
  })
  formerMemberDays: number | null;
}

@ObjectType({ description: 'An organisation’s rules for its people’s data (admins).' })
export class OrganizationDataPolicy {
  @Field(() => ID) organizationId: string;
  @Field(() => DeletedAccountContent) deletedAccountContent: DeletedAccountContent;
  @Field(() => RetentionPolicy) retention: RetentionPolicy;
}

@InputType()
export class UpdateDataPolicyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => DeletedAccountContent)
  @IsEnum(DeletedAccountContent, { message: 'Pick what happens to a deleted account’s work.' })
  deletedAccountContent: DeletedAccountContent;
}

export const RETENTION_LIMITS = { draftDays: 3650, auditMonths: 120, formerMemberDays: 3650 } as const;

@InputType({ description: 'Sets how long the organisation keeps data; null (or leaving a field out) keeps it.' })
export class UpdateRetentionPolicyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Give a whole number of days.' })
  @Min(1, { message: 'Keep drafts at least 1 day, or leave it empty to keep them.' })
  @Max(RETENTION_LIMITS.draftDays, { message: `At most ${RETENTION_LIMITS.draftDays} days.` })
  draftDays?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Give a whole number of months.' })
  @Min(1, { message: 'Keep the audit log at least 1 month, or leave it empty to keep it.' })
  @Max(RETENTION_LIMITS.auditMonths, { message: `At most ${RETENTION_LIMITS.auditMonths} months.` })
  auditMonths?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Give a whole number of days.' })
  @Min(1, { message: 'Give at least 1 day, or leave it empty to keep their data.' })
  @Max(RETENTION_LIMITS.formerMemberDays, { message: `At most ${RETENTION_LIMITS.formerMemberDays} days.` })
  formerMemberDays?: number | null;
}
