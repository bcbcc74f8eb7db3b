import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CohortRole, Language, LIMITS, OrgRole } from '@openhuddle/shared';
import { IsEmail, IsEnum, IsNotEmpty, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { NormalizeEmail, Trim } from '../../../common/validation/transforms';
import { UserProfile } from '../../user/dto/user.types';

registerEnumType(OrgRole, { name: 'OrgRole', description: 'Role of a member in an organization.' });
registerEnumType(Language, { name: 'Language', description: 'A language OpenHuddle speaks.' });

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

/** What the viewer may do here, so the UI hides what the server would refuse. */
@ObjectType()
export class OrganizationPermissions {
  @Field() inviteMembers: boolean;
  @Field() manageMembers: boolean;
  @Field() grantOwner: boolean;
  @Field() updateOrganization: boolean;
}

@ObjectType()
export class Organization {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field(() => Language, {
    description: "The organization's language: search's stemming, stop words and accents follow it.",
  })
  language: Language;
  @Field() createdAt: Date;
  @Field(() => OrgRole, { description: "The viewer's role in this organization." })
  viewerRole: OrgRole;
  @Field(() => OrganizationPermissions) viewerCan: OrganizationPermissions;
}

@ObjectType()
export class Membership {
  @Field(() => ID) id: string;
  @Field(() => OrgRole) role: OrgRole;
  @Field() createdAt: Date;
  @Field(() => UserProfile) user: UserProfile;
  @Field({ description: 'Visible to members of the same organization.' }) email: string;
  organizationId: string;
}

@ObjectType()
export class Invitation {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => OrgRole) role: OrgRole;
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  @Field(() => UserProfile) invitedBy: UserProfile;
  @Field(() => String, {
    nullable: true,
    description:
      'The link to send. Returned only to the inviter, right after inviting, while email delivery is not configured.',
  })
  acceptUrl: string | null;
}

/** What the holder of an invitation link may see before accepting. */
@ObjectType()
export class InvitationPreview {
  @Field() organizationName: string;
  @Field() email: string;
  @Field(() => OrgRole) role: OrgRole;
  @Field(() => InvitationStatus) status: InvitationStatus;
  @Field() invitedByName: string;
  @Field() expiresAt: Date;
  @Field(() => String, {
    nullable: true,
    description: 'For a Guest invitation: the one cohort it opens (the guest sees nothing else of the organization).',
  })
  cohortName: string | null;
  @Field(() => CohortRole, { nullable: true, description: 'For a Guest invitation: the role in that cohort.' })
  cohortRole: CohortRole | null;
}

@InputType()
export class CreateOrganizationInput {
  @Field()
  @Trim()
  @Length(LIMITS.organizationNameMin, LIMITS.organizationNameMax, {
    message: `Use ${LIMITS.organizationNameMin} to ${LIMITS.organizationNameMax} characters.`,
  })
  name: string;
}

@InputType()
export class UpdateOrganizationInput extends CreateOrganizationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => Language, { nullable: true, description: 'Leave out to keep the current language.' })
  @IsOptional()
  @IsEnum(Language, { message: 'Pick a language.' })
  language?: Language;
}

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field()
  @NormalizeEmail()
  @IsNotEmpty({ message: 'Enter an email address.' })
  @IsEmail({}, { message: 'Enter a valid email address, like name@school.org.' })
  @MaxLength(LIMITS.emailMax, { message: `Email must be at most ${LIMITS.emailMax} characters.` })
  email: string;

  @Field(() => OrgRole)
  @IsEnum(OrgRole, { message: 'Pick a role.' })
  role: OrgRole;
}

@InputType()
export class MembershipRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown member.' })
  membershipId: string;
}

@InputType()
export class ChangeMemberRoleInput extends MembershipRefInput {
  @Field(() => OrgRole)
  @IsEnum(OrgRole, { message: 'Pick a role.' })
  role: OrgRole;
}

@InputType()
export class RevokeInvitationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown invitation.' })
  invitationId: string;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @IsNotEmpty({ message: 'The invitation link is incomplete.' })
  @MaxLength(200)
  token: string;
}
