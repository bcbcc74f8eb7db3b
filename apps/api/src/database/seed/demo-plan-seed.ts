import {
  ContributionKind,
  ContributionStatus,
  PlanEvidenceKind,
  PlanItemKind,
  PlanItemStatus,
} from '@openhuddle/shared';
import type { EntityManager } from 'typeorm';
import { ContributionEntity } from '../../modules/contribution/contribution.entity';
import { PlanChangeEntity } from '../../modules/plan/plan-change.entity';
import { PlanEntity } from '../../modules/plan/plan.entity';
import { PlanEvidenceEntity } from '../../modules/plan/plan-evidence.entity';
import { PlanItemEntity } from '../../modules/plan/plan-item.entity';
import { PlanItemOwnerEntity } from '../../modules/plan/plan-item-owner.entity';
import type { UserEntity } from '../../modules/user/user.entity';
import { fixed } from './fixtures';

const DAY = 24 * 60 * 60 * 1000;

/** A YYYY-MM-DD this many months from today (negative: ago), on the first of the month. */
function monthsFromNow(months: number): string {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)).toISOString().slice(0, 10);
}

/**
 * The demo school's plan: two goals with strategies and action steps, owners and every status,
 * a measure per goal with a few values ("students meeting standard in math: 54% → 70%"), and one
 * piece of evidence linking a published contribution.
 */
export async function seedDemoPlan(em: EntityManager, organizationId: string, users: readonly UserEntity[]) {
  const [maya, daniel, priya, luis, sarah, tom] = fixed(users, 6);
  const plan = await em.save(PlanEntity, {
    organizationId,
    title: 'Riverside school improvement plan',
    description: 'What we are working on this year, and how we will know it is working.',
    startsOn: monthsFromNow(-4),
    endsOn: monthsFromNow(8),
    archivedAt: null,
  });

  let position = 0;
  const item = async (
    parent: PlanItemEntity | null,
    kind: PlanItemKind,
    title: string,
    status: PlanItemStatus,
    owners: readonly UserEntity[],
    extra: Partial<PlanItemEntity> = {},
  ) => {
    const saved = await em.save(PlanItemEntity, {
      organizationId,
      planId: plan.id,
      parentId: parent?.id ?? null,
      kind,
      title,
      status,
      position: position++,
      dueOn: monthsFromNow(6),
      ...extra,
    });
    for (const owner of owners) {
      await em.save(PlanItemOwnerEntity, { organizationId, itemId: saved.id, userId: owner.id, teamId: null });
    }
    return saved;
  };

  const math = await item(null, PlanItemKind.GOAL, 'Raise math achievement', PlanItemStatus.ON_TRACK, [daniel], {
    measureName: 'Students meeting standard in math',
    measureUnit: '%',
    measureBaseline: 54,
    measureTarget: 70,
  });
  const tutoring = await item(
    math,
    PlanItemKind.STRATEGY,
    'Small-group tutoring for ratio and proportion',
    PlanItemStatus.ON_TRACK,
    [maya],
  );
  await item(tutoring, PlanItemKind.ACTION_STEP, 'Schedule two tutoring blocks a week', PlanItemStatus.DONE, [luis]);
  await item(tutoring, PlanItemKind.ACTION_STEP, 'Train tutors on part-whole misconceptions', PlanItemStatus.ON_TRACK, [
    sarah,
  ]);
  const tasks = await item(math, PlanItemKind.STRATEGY, 'Rich tasks in every unit', PlanItemStatus.AT_RISK, [priya]);
  await item(tasks, PlanItemKind.ACTION_STEP, 'Choose one rich task per unit', PlanItemStatus.NOT_STARTED, [tom]);

  const belonging = await item(
    null,
    PlanItemKind.GOAL,
    'Every student feels they belong',
    PlanItemStatus.NOT_STARTED,
    [priya],
    {
      measureName: 'Students reporting an adult they trust',
      measureUnit: '%',
      measureBaseline: 61,
      measureTarget: 80,
    },
  );
  const advisory = await item(belonging, PlanItemKind.STRATEGY, 'Weekly advisory circles', PlanItemStatus.ON_TRACK, [
    maya,
  ]);
  await item(advisory, PlanItemKind.ACTION_STEP, 'Write the first six circle plans', PlanItemStatus.AT_RISK, [sarah]);

  const value = (target: PlanItemEntity, v: number, monthsAgo: number) =>
    em.save(PlanEvidenceEntity, {
      organizationId,
      itemId: target.id,
      kind: PlanEvidenceKind.MEASURE_VALUE,
      value: v,
      measuredOn: monthsFromNow(-monthsAgo),
      note: '',
      authorId: daniel.id,
    });
  await value(math, 54, 4);
  await value(math, 57, 3);
  await value(math, 59, 2);
  await value(math, 62, 1);
  await value(belonging, 61, 3);
  await value(belonging, 64, 1);

  const evidence = await em.findOne(ContributionEntity, {
    where: { organizationId, kind: ContributionKind.EVIDENCE, status: ContributionStatus.PUBLISHED },
    order: { publishedAt: 'ASC' },
  });
  if (evidence) {
    await em.save(PlanEvidenceEntity, {
      organizationId,
      itemId: tutoring.id,
      kind: PlanEvidenceKind.CONTRIBUTION,
      contributionId: evidence.id,
      note: 'The misconception tutoring targets, seen in class.',
      authorId: maya.id,
    });
  }

  await em.save(PlanChangeEntity, [
    {
      organizationId,
      planId: plan.id,
      itemId: tasks.id,
      itemTitle: tasks.title,
      actorId: priya.id,
      action: 'STATUS',
      changes: [{ field: 'status', from: PlanItemStatus.ON_TRACK, to: PlanItemStatus.AT_RISK }],
      createdAt: new Date(Date.now() - 2 * DAY),
    },
    {
      organizationId,
      planId: plan.id,
      itemId: math.id,
      itemTitle: math.title,
      actorId: daniel.id,
      action: 'EVIDENCE',
      changes: [{ field: 'measure', from: '59', to: '62' }],
      createdAt: new Date(Date.now() - DAY),
    },
  ]);
}
