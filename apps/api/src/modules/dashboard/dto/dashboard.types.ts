import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DashboardFigure, FacilitatorQueueKind } from '@openhuddle/shared';

registerEnumType(DashboardFigure, {
  name: 'DashboardFigure',
  description: 'A figure of the facilitator’s dashboard; `dashboardPeople` lists who is behind it.',
});
registerEnumType(FacilitatorQueueKind, { name: 'FacilitatorQueueKind' });

@ObjectType({ description: 'A cohort’s next huddle and how many have read its brief.' })
export class DashboardHuddle {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => Int, {
    description: 'People of the cohort (any role) who have read the brief, as the brief counts them.',
  })
  briefReadCount: number;
  @Field(() => Int, { description: 'People of the cohort (any role).' }) peopleCount: number;
}

@ObjectType({ description: 'One cohort the viewer facilitates, with the figures that say who needs attention.' })
export class DashboardCohort {
  @Field(() => ID, { description: 'The cohort’s id.' }) id: string;
  @Field() name: string;
  @Field(() => ID) organizationId: string;
  @Field() organizationName: string;
  @Field(() => Int, { description: 'Members (not observers, not facilitators).' }) memberCount: number;
  @Field(() => Int, { description: 'Published prompts open at some time in the last 7 days.' })
  promptsThisWeek: number;
  @Field(() => Int, { description: 'Members who published something in the last 7 days.' }) postedThisWeek: number;
  @Field(() => Float, { description: 'postedThisWeek / memberCount (0 without members).' }) postingRate: number;
  @Field(() => Int, { description: 'Open review assignments past due, on contributions still there.' })
  overdueReviews: number;
  @Field(() => Int, { description: 'Members with nothing published in the last two prompts that are due or closed.' })
  membersAtRisk: number;
  @Field(() => Int) unansweredQuestions: number;
  @Field(() => Int, { description: 'Open moderation reports.' }) openReports: number;
  @Field(() => DashboardHuddle, { nullable: true }) nextHuddle: DashboardHuddle | null;
}

@ObjectType({ description: 'Something that needs a facilitator.' })
export class FacilitatorQueueItem {
  @Field(() => ID, { description: 'The report, comment or contribution.' }) id: string;
  @Field(() => FacilitatorQueueKind) kind: FacilitatorQueueKind;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => ID) organizationId: string;
  @Field({ description: 'What it is, in one sentence.' }) title: string;
  @Field(() => String, { nullable: true, description: 'The question’s text, or the report’s reason.' })
  detail: string | null;
  @Field(() => Date, { nullable: true, description: 'Since when it has waited.' }) since: Date | null;
  @Field({ description: 'Where to deal with it.' }) link: string;
}

@ObjectType()
export class FacilitatorQueue {
  @Field(() => Int, { description: 'Everything waiting; items holds the oldest ones.' }) total: number;
  @Field(() => [FacilitatorQueueItem]) items: FacilitatorQueueItem[];
}

@ObjectType({ description: 'Every cohort the viewer facilitates, in every organisation, and what needs them.' })
export class FacilitatorDashboard {
  @Field(() => [DashboardCohort]) cohorts: DashboardCohort[];
  @Field(() => FacilitatorQueue) queue: FacilitatorQueue;
}

@ObjectType({ description: 'A person (or, for questions, a question and its asker) behind a figure.' })
export class DashboardPerson {
  @Field(() => ID, { description: 'The person, or the question’s contribution when listing questions.' }) id: string;
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => String, { nullable: true }) avatarUrl: string | null;
  @Field(() => Int, { description: 'How many: contributions this week, or reviews overdue; 1 otherwise.' })
  count: number;
  @Field(() => String, { nullable: true, description: 'The question’s text, when listing questions.' })
  detail: string | null;
  @Field(() => String, { nullable: true, description: 'Where to see it (a question’s contribution).' })
  link: string | null;
}

@ObjectType({ description: 'The people behind one figure of one cohort.' })
export class DashboardPeople {
  @Field(() => ID, { description: 'The cohort id and the figure.' }) id: string;
  @Field(() => ID) cohortId: string;
  @Field() cohortName: string;
  @Field(() => ID) organizationId: string;
  @Field(() => DashboardFigure) figure: DashboardFigure;
  @Field(() => Int, { description: 'The figure as the dashboard shows it.' }) total: number;
  @Field({ description: 'Names are the cohort’s facilitators’ only: an admin outside the cohort gets the total.' })
  namesHidden: boolean;
  @Field(() => [DashboardPerson]) people: DashboardPerson[];
}
