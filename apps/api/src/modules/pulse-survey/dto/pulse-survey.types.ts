import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PulseSchedule } from '@openhuddle/shared';

registerEnumType(PulseSchedule, {
  name: 'PulseSchedule',
  description: 'When a pulse survey opens a new round.',
});

@ObjectType({ description: 'What the viewer may do with a pulse survey (the UI hides what the server refuses).' })
export class PulseSurveyViewerCan {
  @Field({ description: 'Answer its open round: a member or facilitator of the cohort who has not answered yet.' })
  answer: boolean;
  @Field({ description: 'Open a new round now or stop the survey (its cohort’s facilitators and admins).' })
  manage: boolean;
}

@ObjectType({ description: 'One sending of a pulse survey.' })
export class PulseRound {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field() openedAt: Date;
  @Field() closesAt: Date;
  @Field({ description: 'Whether it still takes answers.' }) open: boolean;
  @Field(() => Int, { description: 'How many people have answered (never who).' }) respondentCount: number;
  @Field({ description: 'Whether the viewer has answered it.' }) viewerHasAnswered: boolean;
}

@ObjectType({ description: 'How one question was answered in a round: only when enough people answered.' })
export class PulseQuestionResult {
  @Field(() => Int) index: number;
  @Field() text: string;
  @Field(() => [Int], { description: 'How many chose 1, 2, 3, 4 and 5 (five counts).' }) distribution: number[];
  @Field(() => Float) mean: number;
}

@ObjectType({
  description:
    'A round’s results: aggregates only, and only when at least `minRespondents` answered (PRODUCT.md rule 8).',
})
export class PulseRoundResult {
  @Field(() => ID) roundId: string;
  @Field(() => Int) number: number;
  @Field() openedAt: Date;
  @Field(() => Int) respondentCount: number;
  @Field(() => Int) minRespondents: number;
  @Field({ description: 'False while fewer than `minRespondents` answered: then questions and comments are empty.' })
  shown: boolean;
  @Field(() => [PulseQuestionResult]) questions: PulseQuestionResult[];
  @Field(() => [String], { description: 'Comments, without names, in no particular order.' }) comments: string[];
}

@ObjectType({ description: 'A question’s mean over the rounds that reached the threshold (the trend).' })
export class PulseTrendPoint {
  @Field(() => Int) roundNumber: number;
  @Field() openedAt: Date;
  @Field(() => [Float], { description: 'Per question, in order.' }) means: number[];
}

@ObjectType()
export class PulseSurvey {
  @Field(() => ID) id: string;
  @Field(() => ID) cohortId: string;
  @Field() title: string;
  @Field(() => [String]) questions: string[];
  @Field() commentPrompt: string;
  @Field(() => PulseSchedule) schedule: PulseSchedule;
  @Field(() => Int) windowDays: number;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) stoppedAt: Date | null;
  @Field(() => PulseRound, { nullable: true, description: 'The round taking answers now, if any.' })
  openRound: PulseRound | null;
  @Field(() => PulseSurveyViewerCan) viewerCan: PulseSurveyViewerCan;
}

@ObjectType({ description: 'A pulse survey with its results over its latest rounds.' })
export class PulseSurveyResults {
  @Field(() => PulseSurvey) survey: PulseSurvey;
  @Field(() => [PulseRoundResult], { description: 'Its latest rounds, oldest first.' }) rounds: PulseRoundResult[];
  @Field(() => [PulseTrendPoint], { description: 'Means of the rounds that reached the threshold, oldest first.' })
  trend: PulseTrendPoint[];
}

@ObjectType({ description: 'An open round the viewer has not answered yet (the home page’s card).' })
export class PulseToAnswer {
  @Field(() => ID) surveyId: string;
  @Field() title: string;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => PulseRound) round: PulseRound;
}

@ObjectType({ description: 'The latest pulse of a huddle’s cohort, as its brief shows it (thresholded).' })
export class BriefPulse {
  @Field(() => ID) surveyId: string;
  @Field() title: string;
  @Field(() => [String]) questions: string[];
  @Field(() => PulseRoundResult) latest: PulseRoundResult;
}
