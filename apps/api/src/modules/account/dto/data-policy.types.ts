import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { DeletedAccountContent } from '../data-policy.entity';

registerEnumType(DeletedAccountContent, {
  name: 'DeletedAccountContent',
  description: 'What happens to a person’s published work when they delete their account.',
});

@ObjectType({ description: 'An organisation’s rules for its people’s data (admins).' })
export class OrganizationDataPolicy {
  @Field(() => ID) organizationId: string;
  @Field(() => DeletedAccountContent) deletedAccountContent: DeletedAccountContent;
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
