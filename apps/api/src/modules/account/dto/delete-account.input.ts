import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../../common/validation/transforms';

@InputType({ description: 'Deleting one’s own account: typed again, so it is never a slip.' })
export class DeleteAccountInput {
  @Field({ description: 'The account’s email address, typed again.' })
  @Trim()
  @IsEmail({}, { message: 'Type your email address to confirm.' })
  @MaxLength(254)
  confirmEmail: string;

  @Field(() => String, { nullable: true, description: 'The password, for accounts that have one.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  password?: string | null;
}
