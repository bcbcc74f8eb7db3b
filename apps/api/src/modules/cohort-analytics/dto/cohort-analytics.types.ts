import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParticipationState } from '@openhuddle/shared';

registerEnumType(ParticipationState, {
  name: 'ParticipationState',
  description:
    'A member’s part in a prompt: on time, late, a draft only (facilitators only), missing, or not this viewer’s to know.',
});

@ObjectType()
export class AnalyticsPrompt {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field({ description: 'Whether this viewer learns who posted (facilitators; others when open and not anonymous).' })
  namesVisible: boolean;
}

@ObjectType({ description: 'A member of the cohort (or, in the network, the anonymous author of contributions).' })
export class AnalyticsPerson {
  @Field({ description: 'The user id, or "anonymous" for authors this viewer may not learn.' }) key: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) teamName: string | null;
}

@ObjectType()
export class HeatmapCell {
  @Field(() => ID) promptId: string;
  @Field(() => ParticipationState) state: ParticipationState;
}

@ObjectType({ description: 'One member’s row of the participation heatmap.' })
export class HeatmapRow {
  @Field(() => AnalyticsPerson) member: AnalyticsPerson;
  @Field(() => [HeatmapCell], { description: 'One per prompt, in the order of `prompts`.' }) cells: HeatmapCell[];
  @Field(() => Int, { description: 'Feedback given on contributions this viewer may see.' }) reviewsGiven: number;
}

@ObjectType({ description: 'A prompt’s funnel: posted → received feedback → marked helpful → revised after feedback.' })
export class FunnelRow {
  @Field(() => ID) promptId: string;
  @Field() title: string;
  @Field(() => Int) posted: number;
  @Field(() => Int) receivedFeedback: number;
  @Field(() => Int) markedHelpful: number;
  @Field(() => Int) revised: number;
}

@ObjectType()
export class UncoveredContribution {
  @Field(() => ID) contributionId: string;
  @Field(() => ID) promptId: string;
  @Field() promptTitle: string;
  @Field(() => AnalyticsPerson) author: AnalyticsPerson;
  @Field({ description: 'Where to open it.' }) link: string;
}

@ObjectType({ description: 'Who gets feedback and who gives it.' })
export class AnalyticsCoverage {
  @Field(() => Int) contributionCount: number;
  @Field(() => [UncoveredContribution], { description: 'Contributions with no feedback yet.' })
  withoutFeedback: UncoveredContribution[];
  @Field(() => [AnalyticsPerson], { description: 'Members who have given no feedback.' }) gaveNone: AnalyticsPerson[];
}

@ObjectType({ description: 'Feedback from one member to another (who helps whom).' })
export class FeedbackEdge {
  @Field(() => AnalyticsPerson) from: AnalyticsPerson;
  @Field(() => AnalyticsPerson) to: AnalyticsPerson;
  @Field(() => Int) count: number;
  @Field({ description: 'Both in the same team.' }) sameTeam: boolean;
}

@ObjectType({ description: 'One week (from Monday, in the viewer’s time zone).' })
export class TrendWeek {
  @Field({ description: 'The Monday, as YYYY-MM-DD.' }) weekStart: string;
  @Field(() => Int) contributions: number;
  @Field(() => Int) feedback: number;
  @Field(() => Int, { description: 'People who posted or gave feedback.' }) activePeople: number;
}

@ObjectType({ description: 'A cohort’s participation, for whoever runs it.' })
export class CohortAnalytics {
  @Field(() => ID, { description: 'The cohort id.' }) id: string;
  @Field() cohortName: string;
  @Field(() => ID) organizationId: string;
  @Field({
    description:
      'Whether the viewer reads as the cohort’s facilitator (names of anonymous authors; never drafts, which are their authors’ alone).',
  })
  seesEverything: boolean;
  @Field(() => [AnalyticsPrompt]) prompts: AnalyticsPrompt[];
  @Field(() => [HeatmapRow]) heatmap: HeatmapRow[];
  @Field(() => [FunnelRow]) funnel: FunnelRow[];
  @Field(() => AnalyticsCoverage) coverage: AnalyticsCoverage;
  @Field(() => [FeedbackEdge]) network: FeedbackEdge[];
  @Field(() => [TrendWeek]) trend: TrendWeek[];
}
