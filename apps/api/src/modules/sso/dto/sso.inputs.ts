import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { Transform } from 'class-transformer';
import { Trim } from '../../../common/validation/transforms';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Trimmed, lower-cased, without duplicates: `Riverside.Example ` and `riverside.example` are one. */
const NormalizeDomains = () =>
  Transform(({ value }) =>
    Array.isArray(value)
      ? [...new Set(value.map((d) => (typeof d === 'string' ? d.trim().toLowerCase().replace(/^@/, '') : d)))]
      : value,
  );

@InputType()
export class IdentityProviderRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown identity provider.' })
  providerId: string;
}

/** What adding and editing a provider share. */
@InputType({ isAbstract: true })
abstract class IdentityProviderFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field({ description: 'e.g. "Google Workspace", "Microsoft Entra ID", "Riverside SSO".' })
  @Trim()
  @IsNotEmpty({ message: 'Name the provider, as its button should say.' })
  @MaxLength(60, { message: 'At most 60 characters.' })
  displayName: string;

  @Field({ description: 'The OIDC issuer, e.g. https://accounts.google.com.' })
  @Trim()
  @MaxLength(2048, { message: 'At most 2048 characters.' })
  @Matches(/^https?:\/\/[^\s/?#]+[^\s?#]*$/, { message: 'Enter the issuer URL, like https://accounts.google.com.' })
  issuerUrl: string;

  @Field()
  @Trim()
  @IsNotEmpty({ message: 'Enter the client id the provider gave you.' })
  @MaxLength(255, { message: 'At most 255 characters.' })
  clientId: string;

  @Field(() => [String], { description: 'Email domains that sign in here, e.g. riverside.example.' })
  @NormalizeDomains()
  @ArrayMaxSize(20, { message: 'At most 20 domains.' })
  @IsString({ each: true })
  @Matches(DOMAIN, { each: true, message: 'Enter domains like riverside.example.' })
  domains: string[];
}

@InputType()
export class AddIdentityProviderInput extends IdentityProviderFields {
  @Field({ description: 'Stored sealed; never returned.' })
  @IsString()
  @IsNotEmpty({ message: 'Enter the client secret the provider gave you.' })
  @MaxLength(1000, { message: 'At most 1000 characters.' })
  clientSecret: string;
}

@InputType()
export class UpdateIdentityProviderInput extends IdentityProviderFields {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown identity provider.' })
  providerId: string;

  @Field({ nullable: true, description: 'Leave empty to keep the stored secret.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'At most 1000 characters.' })
  clientSecret?: string;
}

@InputType()
export class UpdateSignInSettingsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;

  @Field()
  @IsBoolean()
  requireSso: boolean;

  @Field()
  @IsBoolean()
  inviteOnly: boolean;
}
