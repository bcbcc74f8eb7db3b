import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../../../common/pagination/page-info';
import { Contribution } from '../../contribution/dto/contribution.types';

export enum CohortFeedItemKind {
  CONTRIBUTION = 'CONTRIBUTION',
  FEEDBACK_ON_MINE = 'FEEDBACK_ON_MINE',
  REPLY = 'REPLY',
  HUDDLE_OUTCOME = 'HUDDLE_OUTCOME',
}
registerEnumType(CohortFeedItemKind, {
  name: 'CohortFeedItemKind',
  valuesMap: {
    CONTRIBUTION: { description: 'A peer published a contribution the viewer may see.' },
    FEEDBACK_ON_MINE: { description: 'Someone gave feedback on one of the viewer’s contributions (who is not said).' },
    REPLY: { description: 'Someone commented in a discussion the viewer started or took part in.' },
    HUDDLE_OUTCOME: { description: 'A huddle of the cohort ended: its minutes, decisions and action items.' },
  },
});

/** One thing that happened in a cohort, as the viewer may see it. */
@ObjectType()
export class CohortFeedItem {
  @Field(() => ID, { description: 'Stable across pages: the kind and the id of what it is about.' }) id: string;
  @Field(() => CohortFeedItemKind) kind: CohortFeedItemKind;
  @Field(() => Date, { description: 'When it happened.' }) at: Date;
  @Field({ description: 'Whether it happened after the viewer last looked at the feed.' }) isNew: boolean;
  @Field(() => ID, { description: 'The contribution, feedback, comment or huddle it is about.' }) subjectId: string;
  @Field(() => ID, { nullable: true }) promptId: string | null;
  @Field(() => String, { nullable: true }) promptTitle: string | null;
  @Field(() => Contribution, {
    nullable: true,
    description: 'The contribution it concerns, with the reveal and anonymity rules applied (none for a huddle).',
  })
  contribution: Contribution | null;
  @Field(() => ID, { nullable: true }) huddleId: string | null;
  @Field(() => String, { nullable: true }) huddleTitle: string | null;
}

@ObjectType({ description: 'A page of a cohort’s feed, newest first, with what is new since the viewer last looked.' })
export class CohortFeedConnection {
  @Field(() => [CohortFeedItem]) nodes: CohortFeedItem[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'Items since the viewer last looked (at most 100), the same on every page.' })
  newCount: number;
  @Field(() => Date, { nullable: true, description: 'When the viewer last marked the feed seen; null if never.' })
  lastSeenAt: Date | null;
}
