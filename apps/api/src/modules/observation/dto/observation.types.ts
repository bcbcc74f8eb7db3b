import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ObservationKind } from '@openhuddle/shared';
import { PageInfo } from '../../../common/pagination/page-info';

@ObjectType({ description: 'The observer or the person observed, by name.' })
export class ObservationPerson {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType({ description: 'A practice the observation rated, with the level as the framework version describes it.' })
export class ObservationRating {
  @Field() practiceKey: string;
  @Field() title: string;
  @Field() domain: string;
  @Field(() => Int) level: number;
  @Field() levelName: string;
  @Field() descriptor: string;
}

@ObjectType()
export class ObservationFramework {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => Int, { description: 'The version the observation used.' }) version: number;
}

@ObjectType()
export class ObservationViewerCan {
  @Field({ description: 'Delete it — its observer.' }) delete: boolean;
}

@ObjectType({
  description:
    'An observation of practice (a walkthrough, a peer visit): only its observer and the person observed read it.',
})
export class Observation {
  @Field(() => ID) id: string;
  @Field(() => ObservationKind) kind: ObservationKind;
  @Field({ description: 'The day of the visit, YYYY-MM-DD.' }) observedOn: string;
  @Field() note: string;
  @Field() createdAt: Date;
  @Field(() => ObservationPerson, { nullable: true, description: 'Null once the observer’s account is gone.' })
  observer: ObservationPerson | null;
  @Field(() => ObservationPerson) observed: ObservationPerson;
  @Field(() => ObservationFramework) framework: ObservationFramework;
  @Field(() => [ObservationRating]) ratings: ObservationRating[];
  @Field(() => ObservationViewerCan) viewerCan: ObservationViewerCan;
}

@ObjectType()
export class ObservationConnection {
  @Field(() => [Observation]) nodes: Observation[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType({ description: 'One practice in one month; empty unless enough different people were observed.' })
export class ObservationTrendCell {
  @Field({ description: 'YYYY-MM.' }) month: string;
  @Field({ description: 'False when fewer than `minPeople` different people were observed (or none).' })
  shown: boolean;
  @Field(() => Int, { nullable: true }) observationCount: number | null;
  @Field(() => Int, { nullable: true, description: 'Different people observed.' }) peopleCount: number | null;
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => [Int], { description: 'Observations per level, level 1 first; empty when not shown.' })
  distribution: number[];
}

@ObjectType()
export class ObservationPracticeTrend {
  @Field() practiceKey: string;
  @Field() title: string;
  @Field() domain: string;
  @Field(() => [ObservationTrendCell], { description: 'One per month, oldest first.' })
  months: ObservationTrendCell[];
}

@ObjectType({
  description:
    'Which practices are spreading: observations per practice and month, as aggregates of at least `minPeople` people.',
})
export class ObservationTrends {
  @Field(() => Int) minPeople: number;
  @Field(() => ID) frameworkId: string;
  @Field() frameworkTitle: string;
  @Field(() => [String]) levelNames: string[];
  @Field(() => [String], { description: 'YYYY-MM, oldest first.' }) months: string[];
  @Field(() => [ObservationPracticeTrend]) practices: ObservationPracticeTrend[];
}
