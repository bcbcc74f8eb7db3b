import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { OrgRole } from '@openhuddle/shared';
import { IsUUID } from 'class-validator';
import { UserProfile } from '../../user/dto/user.types';

@ObjectType({
  description: 'A deactivated member: no access to the organisation; their work stays; reactivation restores it.',
})
export class DeactivatedMember {
  @Field(() => ID) id: string;
  @Field(() => UserProfile) user: UserProfile;
  @Field() email: string;
  @Field(() => OrgRole, { description: 'The role reactivation gives back.' }) role: OrgRole;
  @Field(() => Int, { description: 'Cohort places reactivation gives back (of cohorts that still exist).' })
  cohortPlaces: number;
  @Field() deactivatedAt: Date;
}

@InputType()
export class ReactivateMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => ID, { description: 'DeactivatedMember.id' })
  @IsUUID('all', { message: 'Unknown deactivated member.' })
  deactivationId: string;
}
