import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@openhuddle/shared';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Length, Matches, MaxLength, Validate } from 'class-validator';
import { IsDisplayName } from '../../../common/validation/display-name.validator';
import { NormalizeEmail, Trim } from '../../../common/validation/transforms';
import { IsTimeZone } from '../../user/time-zone.validator';

const EMAIL_MESSAGE = 'Enter a valid email address, like name@school.org.';
const PASSWORD_MESSAGE = `Use ${LIMITS.passwordMin} to ${LIMITS.passwordMax} characters.`;

@InputType()
export class SignUpInput {
  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(LIMITS.emailMax, { message: `Email must be at most ${LIMITS.emailMax} characters.` })
  email: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, { message: PASSWORD_MESSAGE })
  password: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Tell us your name.' })
  @MaxLength(LIMITS.displayNameMax, { message: `Name must be at most ${LIMITS.displayNameMax} characters.` })
  @IsDisplayName()
  displayName: string;

  @Field({
    nullable: true,
    description:
      "The person's IANA time zone; the web app sends the browser's, so dates read right from the start (UTC when absent).",
  })
  @IsOptional()
  @Validate(IsTimeZone)
  timeZone?: string;

  @Field({
    nullable: true,
    description: 'A page of this site to open once the email is confirmed (an invitation, say).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  // Same-site paths only, so a crafted sign-up cannot make our email link elsewhere.
  @Matches(/^\/(?![/\\])[^\s]*$/, { message: 'Must be a path on this site, like /invitations/….' })
  next?: string;
}

@InputType()
export class ConfirmSignUpInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'The confirmation link is incomplete.' })
  @MaxLength(200)
  token: string;
}

@InputType()
export class SignInInput {
  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(LIMITS.emailMax, { message: `Email must be at most ${LIMITS.emailMax} characters.` })
  email: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your password.' })
  @MaxLength(LIMITS.passwordMax, { message: PASSWORD_MESSAGE })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'Enter your current password.' })
  @MaxLength(LIMITS.passwordMax)
  currentPassword: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, { message: PASSWORD_MESSAGE })
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @NormalizeEmail()
  @IsEmail({}, { message: EMAIL_MESSAGE })
  @MaxLength(LIMITS.emailMax)
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @IsString()
  @IsNotEmpty({ message: 'The reset link is incomplete.' })
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @Length(LIMITS.passwordMin, LIMITS.passwordMax, { message: PASSWORD_MESSAGE })
  newPassword: string;
}
