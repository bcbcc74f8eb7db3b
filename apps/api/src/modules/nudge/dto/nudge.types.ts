import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NudgeAudience } from '@openhuddle/shared';

registerEnumType(NudgeAudience, {
  name: 'NudgeAudience',
  description: 'Who a facilitator’s nudge on a prompt reaches: members only.',
});

@ObjectType({ description: 'One member a nudge would reach.' })
export class NudgeRecipient {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => Date, { nullable: true, description: 'When a facilitator last reminded them about this prompt.' })
  lastRemindedAt: Date | null;
  @Field({ description: 'Reminded about this prompt today already: a send skips them.' }) remindedToday: boolean;
  @Field(() => Int, { description: 'Open reviews they owe on the prompt (0 for NOT_POSTED).' }) reviewsOwed: number;
}

@ObjectType({ description: 'Who a nudge would reach now, and the message it would send.' })
export class NudgePreview {
  @Field(() => ID, { description: 'The prompt id and the audience.' }) id: string;
  @Field(() => ID) promptId: string;
  @Field(() => NudgeAudience) audience: NudgeAudience;
  @Field(() => Int, { description: 'Everyone the audience names (who have not posted, or who owe reviews).' })
  total: number;
  @Field(() => Int, { description: 'Those a send reaches now: the total less those reminded today.' })
  reachable: number;
  @Field({
    description:
      'Names are withheld from whoever reads the cohort as an observer (an admin outside it) unless the prompt is open to all and not anonymous: who has not posted would tell who posted.',
  })
  namesHidden: boolean;
  @Field(() => [NudgeRecipient], { description: 'Empty when namesHidden.' }) recipients: NudgeRecipient[];
  @Field({ description: 'The suggested message (a send may replace it).' }) message: string;
}

@ObjectType()
export class NudgeResult {
  @Field(() => Int, { description: 'How many were reminded now.' }) reached: number;
  @Field(() => Int, { description: 'How many were skipped: reminded about this prompt today already.' })
  skipped: number;
  @Field(() => NudgePreview, { description: 'The audience after the send (last reminded times updated).' })
  preview: NudgePreview;
}
