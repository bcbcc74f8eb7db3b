import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Contribution } from '../contribution/dto/contribution.types';

export enum ActivityKind {
  CONTRIBUTION_PUBLISHED = 'CONTRIBUTION_PUBLISHED',
  CONTRIBUTION_EDITED = 'CONTRIBUTION_EDITED',
  FEEDBACK_GIVEN = 'FEEDBACK_GIVEN',
  COMMENT_ADDED = 'COMMENT_ADDED',
  SPOTLIGHTED = 'SPOTLIGHTED',
  FLAGGED_FOR_DISCUSSION = 'FLAGGED_FOR_DISCUSSION',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  valuesMap: {
    SPOTLIGHTED: { description: 'A facilitator spotlighted the contribution or took the spotlight off.' },
    FLAGGED_FOR_DISCUSSION: { description: 'A member raised or lowered a "needs discussion" flag (who is not said).' },
  },
});

/** One thing that happened in a cohort, as the subscriber may see it. */
@ObjectType()
export class CohortActivity {
  @Field(() => ActivityKind) kind: ActivityKind;
  @Field(() => ID) promptId: string;
  @Field(() => ID, { nullable: true, description: 'The feedback or comment id for those kinds.' }) subjectId:
    string | null;
  @Field(() => Contribution, {
    description: 'The contribution it concerns, with the reveal and anonymity rules applied.',
  })
  contribution: Contribution;
}
