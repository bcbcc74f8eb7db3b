import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EmailCadence, NotificationKind } from '@openhuddle/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

registerEnumType(EmailCadence, { name: 'EmailCadence', description: 'How email reaches a person for one kind.' });

@ObjectType()
export class NotificationKindPreference {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field() inApp: boolean;
  @Field(() => EmailCadence) email: EmailCadence;
}

@ObjectType()
export class QuietHours {
  @Field({ description: 'Local time "HH:MM" in the person’s profile time zone.' }) start: string;
  @Field({ description: 'Local time "HH:MM"; before `start` when the quiet hours wrap midnight.' }) end: string;
}

@ObjectType()
export class MutedCohort {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType()
export class NotificationPreferences {
  @Field(() => ID) organizationId: string;
  @Field(() => [NotificationKindPreference], { description: 'Every kind, with the defaults where nothing was chosen.' })
  kinds: NotificationKindPreference[];
  @Field(() => QuietHours, { nullable: true, description: 'Immediate emails wait until they end.' })
  quietHours: QuietHours | null;
  @Field({ description: 'The profile time zone quiet hours are read in.' }) timeZone: string;
  @Field(() => [MutedCohort]) mutedCohorts: MutedCohort[];
}

@InputType()
export class KindPreferenceInput {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind: NotificationKind;
  @Field()
  @IsBoolean()
  inApp: boolean;
  @Field(() => EmailCadence)
  @IsEnum(EmailCadence)
  email: EmailCadence;
}

@InputType()
export class QuietHoursInput {
  @Field()
  @Matches(HH_MM, { message: 'Give a time as HH:MM, e.g. 22:00.' })
  start: string;
  @Field()
  @Matches(HH_MM, { message: 'Give a time as HH:MM, e.g. 07:00.' })
  end: string;
}

@InputType()
export class UpdateNotificationPreferencesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Unknown organization.' })
  organizationId: string;
  @Field(() => [KindPreferenceInput], { defaultValue: [], description: 'Only the kinds to change.' })
  @ArrayMaxSize(Object.keys(NotificationKind).length * 2, { message: 'Too many preferences at once.' })
  @ValidateNested({ each: true })
  @Type(() => KindPreferenceInput)
  kinds: KindPreferenceInput[];
  @Field(() => QuietHoursInput, { nullable: true, description: 'Left out: unchanged; null: no quiet hours.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuietHoursInput)
  quietHours?: QuietHoursInput | null;
}
