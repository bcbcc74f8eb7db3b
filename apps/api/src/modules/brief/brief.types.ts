import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgendaItemKind, Anonymity, ContributionKind, PeerVisibility, RevealRule } from '@openhuddle/shared';
import { Feedback, RubricAverage } from '../feedback/dto/feedback.types';
import { UserProfile } from '../user/dto/user.types';

registerEnumType(PeerVisibility, {
  name: 'PeerVisibility',
  description: 'Whether the viewer can read peers’ contributions to the prompt now, and if not, why.',
});

@ObjectType({ description: 'Who took part in one linked prompt. Names only where the viewer may see them.' })
export class BriefParticipation {
  @Field(() => Int) memberCount: number;
  @Field(() => Int) postedCount: number;
  @Field(() => Int) feedbackGivenCount: number;
  @Field(() => Int, { description: 'Posts that received at least one feedback.' }) receivedFeedbackCount: number;
  @Field({
    description: 'Whether names are included (facilitators; members when the prompt is OPEN and not anonymous).',
  })
  namesVisible: boolean;
  @Field(() => [UserProfile]) posted: UserProfile[];
  @Field(() => [UserProfile]) notPosted: UserProfile[];
}

@ObjectType({ description: 'A contribution as it appears in the brief: an excerpt and its feedback highlights.' })
export class BriefContribution {
  @Field(() => ID) id: string;
  @Field(() => ContributionKind) kind: ContributionKind;
  @Field({ description: 'The first ~280 characters (Markdown); open the contribution for the rest.' }) excerpt: string;
  @Field(() => UserProfile, { nullable: true }) author: UserProfile | null;
  @Field() spotlighted: boolean;
  @Field(() => Int) reviewCount: number;
  @Field(() => Int) needsDiscussionVotes: number;
  @Field() viewerFlagged: boolean;
  @Field(() => [Feedback], { description: 'Feedback the author marked helpful.' }) helpfulFeedback: Feedback[];
  @Field(() => [RubricAverage]) rubricAverages: RubricAverage[];
  /** Its prompt (not in the schema: the brief lists contributions under their prompt). */
  promptId: string;
}

@ObjectType()
export class BriefPrompt {
  @Field(() => ID) promptId: string;
  @Field() title: string;
  @Field(() => BriefParticipation) participation: BriefParticipation;
  @Field(() => Anonymity) anonymity: Anonymity;
  /** Not in the schema (the prompt has it): what agenda suggestions explain themselves with. */
  revealRule: RevealRule;
  @Field(() => PeerVisibility, { description: 'Why `contributionCount` may be lower than `postedCount`.' })
  peerVisibility: PeerVisibility;
  @Field(() => Date, { nullable: true, description: 'When AT_TIME reveals peers’ contributions.' })
  revealAt: Date | null;
  @Field(() => Int, { description: 'Visible contributions in all.' }) contributionCount: number;
  @Field(() => [BriefContribution], { description: 'The first page of them (see `first`).' })
  contributions: BriefContribution[];
}

@ObjectType()
export class BriefQuestion {
  @Field(() => ID) contributionId: string;
  @Field(() => ID, { nullable: true, description: 'Set when the question is a comment.' }) commentId: string | null;
  @Field() text: string;
  @Field(() => ID) promptId: string;
}

@ObjectType()
export class BriefTheme {
  @Field() label: string;
  @Field(() => [String]) terms: string[];
  @Field(() => [ID]) contributionIds: string[];
}

@ObjectType()
export class BriefReaders {
  @Field(() => Int) readCount: number;
  @Field(() => Int) memberCount: number;
  @Field(() => [UserProfile], { description: 'Who has read it: facilitators only (empty for others).' })
  readers: UserProfile[];
}

@ObjectType({ description: 'The pre-read of a huddle, computed now from its linked prompts.' })
export class Brief {
  @Field(() => ID) huddleId: string;
  @Field(() => [BriefPrompt]) prompts: BriefPrompt[];
  @Field(() => [BriefQuestion], { description: 'Questions nobody has answered yet.' }) openQuestions: BriefQuestion[];
  @Field(() => [BriefContribution]) spotlights: BriefContribution[];
  @Field(() => [BriefContribution], { description: 'Flagged "needs discussion", most votes first.' })
  needsDiscussion: BriefContribution[];
  @Field(() => [BriefTheme]) themes: BriefTheme[];
  @Field(() => BriefReaders) readers: BriefReaders;
  @Field({ description: 'Whether the viewer has marked the brief read.' }) viewerHasRead: boolean;
  @Field(() => Float, { description: 'Share of members who posted to every linked prompt (0–1).' }) completion: number;
}

@ObjectType({
  description:
    'Something the facilitator’s brief would suggest for the agenda that is not suggested, because not every member may see it.',
})
export class HeldBackSuggestion {
  @Field({ description: 'What it would be called (it quotes the contribution: for facilitators only).' })
  title: string;
  @Field(() => AgendaItemKind) kind: AgendaItemKind;
  @Field(() => ID, { nullable: true }) contributionId: string | null;
  @Field({ description: 'Why it is not suggested.' }) reason: string;
  @Field({ description: 'Only facilitators (and its author) can read it now.' }) facilitatorsOnly: boolean;
  @Field({ description: 'The title to add it with anyway: names its prompt, not its text.' }) titleIfAdded: string;
  @Field(() => Int) timeBoxMinutes: number;
}
