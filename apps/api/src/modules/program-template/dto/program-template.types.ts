import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Anonymity, ContributionKind, RevealRule, ReviewGrouping, ReviewMode } from '@openhuddle/shared';

@ObjectType({ description: 'What the viewer may do with a template (the API refuses the rest).' })
export class ProgramTemplatePermissions {
  @Field({ description: 'Save a new version.' }) edit: boolean;
  @Field() duplicate: boolean;
  @Field({ description: 'Launch it as a cohort (there is an organisation to launch into).' }) launch: boolean;
}

@ObjectType()
export class TemplateTime {
  @Field(() => Int, { description: 'Calendar days after the start date (0 = the start date).' }) day: number;
  @Field({ description: '"HH:MM" in the launch’s time zone.' }) time: string;
}

@ObjectType()
export class TemplatePrompt {
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field({ description: 'Markdown.' }) instructions: string;
  @Field(() => [ContributionKind]) acceptedKinds: ContributionKind[];
  @Field(() => RevealRule) revealRule: RevealRule;
  @Field(() => TemplateTime, { nullable: true }) revealAt: TemplateTime | null;
  @Field(() => Anonymity) anonymity: Anonymity;
  @Field(() => ID, {
    nullable: true,
    description: 'A built-in protocol, or the authoring organisation’s protocol it was copied from.',
  })
  protocolId: string | null;
  @Field(() => String, { nullable: true }) protocolName: string | null;
  @Field(() => ReviewMode) reviewMode: ReviewMode;
  @Field(() => Int) reviewsPerContribution: number;
  @Field(() => ReviewGrouping) reviewGrouping: ReviewGrouping;
  @Field(() => TemplateTime) opens: TemplateTime;
  @Field(() => TemplateTime, { nullable: true }) due: TemplateTime | null;
  @Field(() => TemplateTime, { nullable: true }) closes: TemplateTime | null;
}

@ObjectType()
export class TemplateAgendaItem {
  @Field() title: string;
  @Field(() => Int, { nullable: true }) timeBoxMinutes: number | null;
}

@ObjectType()
export class TemplateHuddle {
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field(() => TemplateTime) at: TemplateTime;
  @Field(() => Int) durationMinutes: number;
  @Field(() => [Int]) promptPositions: number[];
  @Field(() => [TemplateAgendaItem]) agenda: TemplateAgendaItem[];
}

@ObjectType()
export class TemplateResource {
  @Field() title: string;
  @Field() url: string;
}

@ObjectType({ description: 'One immutable version of a template.' })
export class ProgramTemplateVersion {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() title: string;
  @Field() description: string;
  @Field() createdAt: Date;
  @Field(() => [TemplatePrompt]) prompts: TemplatePrompt[];
  @Field(() => [TemplateHuddle]) huddles: TemplateHuddle[];
  @Field(() => [TemplateResource]) resources: TemplateResource[];
}

@ObjectType({ description: 'An organisation the viewer may launch a template into.' })
export class TemplateOrganization {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType()
export class ProgramTemplate {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int, { description: 'The latest version.' }) version: number;
  @Field(() => Int) promptCount: number;
  @Field(() => Int) huddleCount: number;
  @Field(() => Int, { description: 'Cohorts launched from any of its versions.' }) launchCount: number;
  @Field() updatedAt: Date;
  @Field(() => ProgramTemplatePermissions) viewerCan: ProgramTemplatePermissions;
}

@ObjectType()
export class ProgramTemplatePage {
  @Field(() => [ProgramTemplate]) nodes: ProgramTemplate[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last.' })
  nextCursor: string | null;
}
