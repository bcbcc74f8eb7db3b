import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

const URL_RULE = /^https?:\/\/[^\s/?#]+[^\s#]*$/;

/** Trimmed, without blanks or duplicates. */
const NormalizeIds = () =>
  Transform(({ value }) =>
    Array.isArray(value)
      ? [...new Set(value.map((d) => (typeof d === 'string' ? d.trim() : d)).filter((d) => d !== ''))]
      : value,
  );

@InputType({ isAbstract: true })
abstract class LtiPlatformFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field({ description: 'What admins call it, e.g. "Riverside Canvas".' })
  @Trim()
  @IsNotEmpty({ message: 'Name the platform.' })
  @MaxLength(80, { message: 'At most 80 characters.' })
  name: string;

  @Field({ description: 'The platform issuer (iss), e.g. https://canvas.instructure.com.' })
  @Trim()
  @MaxLength(2048, { message: 'At most 2048 characters.' })
  @Matches(URL_RULE, { message: 'Enter the issuer, like https://canvas.instructure.com.' })
  issuer: string;

  @Field({ description: 'The client id the platform gave the tool (Canvas: the developer key id).' })
  @Trim()
  @IsNotEmpty({ message: 'Enter the client id the platform gave you.' })
  @MaxLength(255, { message: 'At most 255 characters.' })
  clientId: string;

  @Field(() => [String], { description: 'The deployment ids launches may come from.' })
  @NormalizeIds()
  @ArrayMinSize(1, { message: 'Enter at least one deployment id.' })
  @ArrayMaxSize(50, { message: 'At most 50 deployment ids.' })
  @IsString({ each: true })
  @MaxLength(255, { each: true, message: 'Each deployment id has at most 255 characters.' })
  deploymentIds: string[];

  @Field({ description: 'The platform’s OIDC authentication request URL.' })
  @Trim()
  @MaxLength(2048, { message: 'At most 2048 characters.' })
  @Matches(URL_RULE, { message: 'Enter a URL starting with https://.' })
  authLoginUrl: string;

  @Field({ description: 'The platform’s OAuth 2 access token URL (for the roster).' })
  @Trim()
  @MaxLength(2048, { message: 'At most 2048 characters.' })
  @Matches(URL_RULE, { message: 'Enter a URL starting with https://.' })
  authTokenUrl: string;

  @Field({ description: 'The platform’s public keyset (JWKS) URL.' })
  @Trim()
  @MaxLength(2048, { message: 'At most 2048 characters.' })
  @Matches(URL_RULE, { message: 'Enter a URL starting with https://.' })
  jwksUrl: string;

  @Field({ description: 'People the organisation does not know yet join it on their first launch.' })
  @IsBoolean()
  createMembers: boolean;
}

@InputType()
export class RegisterLtiPlatformInput extends LtiPlatformFields {}

@InputType()
export class UpdateLtiPlatformInput extends LtiPlatformFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown platform.' })
  platformId: string;
}

@InputType()
export class LtiPlatformRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown platform.' })
  platformId: string;
}

@InputType()
export class SyncLtiRosterInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown cohort.' })
  cohortId: string;
}
