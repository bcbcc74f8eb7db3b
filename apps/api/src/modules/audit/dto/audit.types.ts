import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { UserProfile } from '../../user/dto/user.types';
import { AuditAction, AuditSubjectType } from '../audit-action';

registerEnumType(AuditAction, { name: 'AuditAction', description: 'An administrative action the audit log records.' });
registerEnumType(AuditSubjectType, { name: 'AuditSubjectType' });

/** The facts of an event as they were when it happened (names are copies, kept when people go). */
@ObjectType()
export class AuditEventDetails {
  @Field(() => String, { nullable: true, description: 'The person the event is about.' })
  subjectName: string | null;
  @Field(() => OrgRole, { nullable: true, description: 'Organization role before a role change.' })
  previousRole: OrgRole | null;
  @Field(() => String, {
    nullable: true,
    description: 'The role given (an OrgRole, or a CohortRole for cohort events), or the role held when removed.',
  })
  role: string | null;
  @Field(() => String, { nullable: true, description: 'Invitations: the address invited.' })
  email: string | null;
  @Field(() => String, { nullable: true }) cohortName: string | null;
  @Field(() => String, { nullable: true, description: 'Organization updates: the new name.' })
  name: string | null;
}

@ObjectType()
export class AuditEvent {
  @Field(() => ID) id: string;
  @Field() createdAt: Date;
  @Field(() => AuditAction) action: AuditAction;
  @Field(() => ID, { nullable: true, description: 'Null once the account is gone.' })
  actorId: string | null;
  @Field({ description: 'Who acted, as they were named then.' })
  actorName: string;
  @Field(() => UserProfile, { nullable: true, description: 'Who acted, while they still belong to the organization.' })
  actor: UserProfile | null;
  @Field(() => AuditSubjectType) subjectType: AuditSubjectType;
  @Field(() => ID, { nullable: true }) subjectId: string | null;
  @Field(() => AuditEventDetails) details: AuditEventDetails;
}

@ObjectType()
export class AuditPageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor: string | null;
}

@ObjectType()
export class AuditEventConnection {
  @Field(() => [AuditEvent]) nodes: AuditEvent[];
  @Field(() => AuditPageInfo) pageInfo: AuditPageInfo;
  @Field(() => Int, { description: 'Events matching the filter, the same on every page.' }) totalCount: number;
}
