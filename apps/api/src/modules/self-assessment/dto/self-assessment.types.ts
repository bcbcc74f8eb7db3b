import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SelfAssessmentVisibility } from '@openhuddle/shared';
import { Framework } from '../../framework/dto/framework.types';

registerEnumType(SelfAssessmentVisibility, {
  name: 'SelfAssessmentVisibility',
  description: 'Who sees a self-assessment round’s answers (stated to members before they answer).',
});

@ObjectType({ description: 'What the viewer may do with a round (the UI hides what the server refuses).' })
export class SelfAssessmentRoundViewerCan {
  @Field({ description: 'Answer (or change their answer): a participant while the round is open.' }) answer: boolean;
  @Field({ description: 'Read the results and form teams: the round’s facilitators and admins.' }) viewResults: boolean;
  @Field({ description: 'See each person’s answers: facilitators, when the round says so.' }) seeIndividuals: boolean;
}

@ObjectType({ description: 'One of the viewer’s own contributions, linked as evidence.' })
export class EvidenceContribution {
  @Field(() => ID) id: string;
  @Field() promptTitle: string;
  @Field(() => ID) cohortId: string;
}

@ObjectType()
export class PracticeRating {
  @Field() practiceKey: string;
  @Field(() => Int) level: number;
  @Field() note: string;
  @Field(() => EvidenceContribution, { nullable: true }) contribution: EvidenceContribution | null;
}

@ObjectType({ description: 'The viewer’s own self-assessment in a round.' })
export class SelfAssessment {
  @Field() submittedAt: Date;
  @Field(() => [String]) growthPracticeKeys: string[];
  @Field(() => [PracticeRating]) ratings: PracticeRating[];
}

@ObjectType({ description: 'How the viewer rated a practice in their previous round on this framework, and now.' })
export class PracticeGrowth {
  @Field() practiceKey: string;
  @Field() title: string;
  @Field(() => Int, { nullable: true }) previousLevel: number | null;
  @Field(() => Int, { nullable: true }) level: number | null;
}

@ObjectType({ description: 'A self-assessment round (PRODUCT.md: SelfAssessment).' })
export class SelfAssessmentRound {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => ID, { nullable: true }) cohortId: string | null;
  @Field({ description: 'Who is asked: the cohort’s name, or the organisation.' }) scope: string;
  @Field(() => SelfAssessmentVisibility) visibility: SelfAssessmentVisibility;
  @Field({ description: 'What members read about who sees their answers, before answering.' })
  visibilityStatement: string;
  @Field() opensAt: Date;
  @Field() closesAt: Date;
  @Field() open: boolean;
  @Field(() => Int, { description: 'How many have answered (never who, unless the round says so).' })
  respondentCount: number;
  @Field(() => Framework, { description: 'The framework at the version the round uses.' }) framework: Framework;
  @Field(() => SelfAssessment, { nullable: true }) viewerAssessment: SelfAssessment | null;
  @Field(() => [PracticeGrowth], {
    description: 'The viewer’s growth since their previous round on this framework (their own only).',
  })
  viewerGrowth: PracticeGrowth[];
  @Field({ nullable: true, description: 'The title of that previous round.' }) previousRoundTitle?: string;
  @Field(() => SelfAssessmentRoundViewerCan) viewerCan: SelfAssessmentRoundViewerCan;
}

@ObjectType({ description: 'How a practice was rated: counts per level, only when enough answered.' })
export class PracticeResult {
  @Field() practiceKey: string;
  @Field() title: string;
  @Field() domain: string;
  @Field(() => [Int], { description: 'How many rated themselves at level 1, 2, … (empty when not shown).' })
  distribution: number[];
  @Field(() => Float, { nullable: true }) mean: number | null;
  @Field(() => Int, { nullable: true, description: 'How many picked it to grow (null when not shown).' })
  growthPickCount: number | null;
}

@ObjectType({ description: 'A row of the heatmap: a team (or cohort) and its mean per practice.' })
export class SelfAssessmentHeatmapRow {
  @Field() groupName: string;
  @Field(() => Int) respondentCount: number;
  @Field({ description: 'False when too few answered in it: then the means are empty.' }) shown: boolean;
  @Field(() => [Float], { description: 'Per practice, in the order of `practices`.' }) means: number[];
}

@ObjectType({ description: 'One person’s answers: only in rounds whose visibility lets facilitators see them.' })
export class IndividualAssessment {
  @Field(() => ID) userId: string;
  @Field() name: string;
  @Field(() => [Int], { description: 'Per practice, in the order of `practices`; 0 when unrated.' }) levels: number[];
  @Field(() => [String]) growthPracticeKeys: string[];
  @Field(() => [String], { description: 'Their notes, per practice ("" when none).' }) notes: string[];
}

@ObjectType({ description: 'A round’s results for its facilitators.' })
export class SelfAssessmentResults {
  @Field(() => SelfAssessmentRound) round: SelfAssessmentRound;
  @Field(() => Int) minRespondents: number;
  @Field({ description: 'False while fewer than `minRespondents` answered a round that hides individuals.' })
  shown: boolean;
  @Field(() => [PracticeResult]) practices: PracticeResult[];
  @Field(() => [SelfAssessmentHeatmapRow]) heatmap: SelfAssessmentHeatmapRow[];
  @Field(() => [IndividualAssessment]) individuals: IndividualAssessment[];
}

@ObjectType()
export class TeamMember {
  @Field(() => ID) userId: string;
  @Field() name: string;
}

@ObjectType({ description: 'A suggested team formed by need, explained.' })
export class TeamSuggestion {
  @Field(() => String, { nullable: true }) practiceKey: string | null;
  @Field(() => String, { nullable: true }) practiceTitle: string | null;
  @Field() explanation: string;
  @Field(() => [String]) warnings: string[];
  @Field(() => [TeamMember]) members: TeamMember[];
}

@ObjectType()
export class CreatedCohort {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) memberCount: number;
}
