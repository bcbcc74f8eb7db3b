import { LoginAttemptEntity } from '../modules/auth/login-attempt.entity';
import { PasswordResetEntity } from '../modules/auth/password-reset.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { InvitationEntity } from '../modules/organization/invitation.entity';
import { MembershipEntity } from '../modules/organization/membership.entity';
import { OrganizationEntity } from '../modules/organization/organization.entity';
import { UserEntity } from '../modules/user/user.entity';

/** Every table of the schema; migrations are generated from these. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  LoginAttemptEntity,
  PasswordResetEntity,
  OrganizationEntity,
  MembershipEntity,
  InvitationEntity,
];
