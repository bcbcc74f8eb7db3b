import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PlanEvidenceKind, PlanItemKind, PlanItemStatus } from '@openhuddle/shared';
import { UserProfile } from '../../user/dto/user.types';

registerEnumType(PlanItemKind, {
  name: 'PlanItemKind',
  description: 'A goal (top level), a strategy (under a goal) or an action step (under a strategy).',
});
registerEnumType(PlanItemStatus, { name: 'PlanItemStatus' });
registerEnumType(PlanEvidenceKind, { name: 'PlanEvidenceKind' });

@ObjectType({ description: 'A person or a team who answers for a plan item.' })
export class PlanOwner {
  @Field(() => ID, { description: 'The user id or the team id.' }) id: string;
  @Field({ description: 'PERSON or TEAM.' }) kind: 'PERSON' | 'TEAM';
  @Field({ description: 'The person’s name, or the team’s name with its cohort.' }) name: string;
}

@ObjectType()
export class PlanMeasureValue {
  @Field(() => Float) value: number;
  @Field({ description: 'YYYY-MM-DD.' }) measuredOn: string;
}

@ObjectType({ description: 'What an item is measured by, e.g. “students meeting standard in math: 54% → 70%”.' })
export class PlanMeasure {
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Shown after values, e.g. “%”.' }) unit: string | null;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => Float, { nullable: true }) target: number | null;
  @Field(() => PlanMeasureValue, { nullable: true, description: 'The value measured last.' })
  latest: PlanMeasureValue | null;
  @Field(() => [PlanMeasureValue], {
    description: 'The newest values (at most 24), oldest first: the chart and its table.',
  })
  history: PlanMeasureValue[];
}

@ObjectType({ description: 'A contribution linked as evidence, as far as this viewer may see it.' })
export class PlanEvidenceContribution {
  @Field(() => ID) id: string;
  @Field(() => ID) promptId: string;
  @Field() promptTitle: string;
  @Field({ description: 'The contribution’s opening words (its author is not shown: anonymity stays intact).' })
  excerpt: string;
}

@ObjectType({
  description:
    'Evidence on a plan item. Contribution evidence is only listed (and counted) for viewers who may see that contribution.',
})
export class PlanEvidence {
  @Field(() => ID) id: string;
  @Field(() => ID) itemId: string;
  @Field(() => PlanEvidenceKind) kind: PlanEvidenceKind;
  @Field(() => PlanEvidenceContribution, { nullable: true }) contribution: PlanEvidenceContribution | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => String, { nullable: true }) measuredOn: string | null;
  @Field() note: string;
  @Field(() => UserProfile, { nullable: true, description: 'Null once their account is deleted.' })
  author: UserProfile | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class PlanComment {
  @Field(() => ID) id: string;
  @Field(() => ID) itemId: string;
  @Field(() => UserProfile, { nullable: true }) author: UserProfile | null;
  @Field() body: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class PlanFieldChangeType {
  @Field() field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

@ObjectType({ description: 'One entry of the plan’s change history: who changed what, when.' })
export class PlanChange {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Null for the plan itself, or once the item is deleted.' })
  itemId: string | null;
  @Field(() => String, { nullable: true }) itemTitle: string | null;
  @Field({ description: 'CREATED, UPDATED, STATUS, EVIDENCE or DELETED.' }) action: string;
  @Field(() => [PlanFieldChangeType]) changes: PlanFieldChangeType[];
  @Field(() => UserProfile, { nullable: true }) actor: UserProfile | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class PlanItemViewerCan {
  @Field({ description: 'Change its title, dates, owners and measure, add children, delete it (admins).' })
  edit: boolean;
  @Field({ description: 'Set its status and add evidence (its owners and admins).' }) updateProgress: boolean;
  @Field({ description: 'Give feedback (every member).' }) comment: boolean;
}

@ObjectType({ description: 'A Goal, Strategy or ActionStep of a plan.' })
export class PlanItem {
  @Field(() => ID) id: string;
  @Field(() => ID) planId: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => PlanItemKind) kind: PlanItemKind;
  @Field() title: string;
  @Field() description: string;
  @Field(() => PlanItemStatus) status: PlanItemStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) startsOn: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) dueOn: string | null;
  @Field(() => Int) position: number;
  @Field(() => [PlanOwner]) owners: PlanOwner[];
  @Field(() => PlanMeasure, { nullable: true }) measure: PlanMeasure | null;
  @Field(() => PlanEvidence, { nullable: true, description: 'The newest evidence this viewer may see.' })
  latestEvidence: PlanEvidence | null;
  @Field(() => Int, { description: 'Evidence this viewer may see.' }) evidenceCount: number;
  @Field(() => Int) commentCount: number;
  @Field() updatedAt: Date;
  @Field(() => PlanItemViewerCan) viewerCan: PlanItemViewerCan;
}

@ObjectType()
export class PlanViewerCan {
  @Field({ description: 'Edit the plan and its items, start a new plan (admins).' }) edit: boolean;
}

@ObjectType({ description: 'An organisation’s strategic plan: goals → strategies → action steps.' })
export class Plan {
  @Field(() => ID) id: string;
  @Field(() => ID) organizationId: string;
  @Field() title: string;
  @Field() description: string;
  @Field(() => String, { nullable: true }) startsOn: string | null;
  @Field(() => String, { nullable: true }) endsOn: string | null;
  @Field({ description: 'The organisation’s current plan; past plans are kept read-only.' }) active: boolean;
  @Field() createdAt: Date;
  @Field(() => [PlanItem], {
    description: 'Every item, siblings in their order (`position`); build the tree by parentId.',
  })
  items: PlanItem[];
  @Field(() => [PlanChange], { description: 'What changed since the start of this month (UTC), newest first.' })
  changesThisMonth: PlanChange[];
  @Field(() => PlanViewerCan) viewerCan: PlanViewerCan;
}

@ObjectType({ description: 'A plan in the list of the organisation’s plans.' })
export class PlanSummary {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() active: boolean;
  @Field(() => String, { nullable: true }) startsOn: string | null;
  @Field(() => String, { nullable: true }) endsOn: string | null;
  @Field() createdAt: Date;
}

@ObjectType()
export class PlanEvidencePage {
  @Field(() => [PlanEvidence]) nodes: PlanEvidence[];
  @Field(() => String, { nullable: true, description: 'Pass as `after` for more; null at the end.' })
  endCursor: string | null;
}

@ObjectType()
export class PlanCommentPage {
  @Field(() => [PlanComment]) nodes: PlanComment[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType({ description: 'One item with its evidence, feedback and history (the item page).' })
export class PlanItemDetail {
  @Field(() => PlanItem) item: PlanItem;
  @Field() planTitle: string;
  @Field(() => [PlanItem], { description: 'Its parent chain, goal first (for the breadcrumb).' })
  ancestors: PlanItem[];
  @Field(() => [PlanItem], { description: 'Its strategies or action steps.' }) children: PlanItem[];
  @Field(() => PlanEvidencePage, { description: 'Newest first.' }) evidence: PlanEvidencePage;
  @Field(() => PlanCommentPage, { description: 'Oldest first.' }) comments: PlanCommentPage;
  @Field(() => [PlanChange], { description: 'The item’s last 50 changes, newest first.' }) history: PlanChange[];
}

@ObjectType({ description: 'Who may own plan items: the organisation’s people and teams.' })
export class PlanOwnerChoices {
  @Field(() => [PlanOwner]) people: PlanOwner[];
  @Field(() => [PlanOwner]) teams: PlanOwner[];
}
