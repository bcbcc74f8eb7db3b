import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { decodeKeysetCursor } from '../../common/pagination/keyset-cursor';
import { Clock } from '../../common/clock/clock';
import type {
  Plan,
  PlanCommentPage,
  PlanEvidencePage,
  PlanItem,
  PlanItemDetail,
  PlanOwnerChoices,
  PlanSummary,
} from './dto/plan.types';
import type { PlanItemEntity } from './plan-item.entity';
import type { PlanEntity } from './plan.entity';
import { cursorOf, toChange, toComment, toEvidence, toPlanItem } from './plan.mapper';
import { archivedPlanBlocker, canEditPlan, type PlanViewer } from './plan.policy';
import { PlanRepository } from './plan.repository';
import { PlanViewers } from './plan-viewer';

const PAGE_SIZE = 20;

/**
 * Reading the plan: the progress page (every item with owners, latest visible evidence and measure
 * history, in a constant number of statements whatever the plan's size) and an item's page.
 */
@Injectable()
export class PlanReadService {
  constructor(
    private readonly plans: PlanRepository,
    private readonly viewers: PlanViewers,
    private readonly clock: Clock,
  ) {}

  /** The active plan (or the one asked for), or null when the organization has none yet. */
  async plan(actor: Actor, organizationId: string, planId: string | null): Promise<Plan | null> {
    const plan = await this.plans.findPlan(organizationId, planId);
    if (!plan) {
      if (planId) throw AppError.notFound('Plan');
      return null;
    }
    return this.present(actor, plan);
  }

  async list(organizationId: string): Promise<PlanSummary[]> {
    return (await this.plans.listPlans(organizationId)).map((p) => ({
      id: p.id,
      title: p.title,
      active: !p.archivedAt,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      createdAt: p.createdAt,
    }));
  }

  async item(actor: Actor, organizationId: string, itemId: string): Promise<PlanItem> {
    const item = await this.plans.findItem(organizationId, itemId);
    const plan = item ? await this.plans.findPlan(organizationId, item.planId) : null;
    if (!item || !plan) throw AppError.notFound('Plan item');
    const viewer = await this.viewers.of(actor, organizationId);
    const [presented] = await this.presentItems([item], viewer, plan);
    return presented!;
  }

  async itemDetail(actor: Actor, organizationId: string, itemId: string): Promise<PlanItemDetail> {
    const item = await this.plans.findItem(organizationId, itemId);
    const plan = item ? await this.plans.findPlan(organizationId, item.planId) : null;
    if (!item || !plan) throw AppError.notFound('Plan item');
    const [viewer, all, evidence, comments, history] = await Promise.all([
      this.viewers.of(actor, organizationId),
      this.plans.items(organizationId, plan.id),
      this.evidencePage(actor, item.id, null),
      this.commentPage(item.id, null),
      this.plans.itemHistory(item.id),
    ]);
    const byId = new Map(all.map((i) => [i.id, i]));
    const ancestors: PlanItemEntity[] = [];
    for (let parent = item.parentId ? byId.get(item.parentId) : undefined; parent;) {
      ancestors.unshift(parent);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    const children = all.filter((i) => i.parentId === item.id);
    const presented = await this.presentItems([item, ...ancestors, ...children], viewer, plan);
    return {
      item: presented[0]!,
      planTitle: plan.title,
      ancestors: presented.slice(1, 1 + ancestors.length),
      children: presented.slice(1 + ancestors.length),
      evidence,
      comments,
      history: history.map(toChange),
    };
  }

  async moreEvidence(actor: Actor, organizationId: string, itemId: string, after: string | null) {
    if (!(await this.plans.findItem(organizationId, itemId))) throw AppError.notFound('Plan item');
    return this.evidencePage(actor, itemId, after);
  }

  async moreComments(organizationId: string, itemId: string, after: string | null) {
    if (!(await this.plans.findItem(organizationId, itemId))) throw AppError.notFound('Plan item');
    return this.commentPage(itemId, after);
  }

  async ownerChoices(organizationId: string): Promise<PlanOwnerChoices> {
    const { people, teams } = await this.plans.ownerChoices(organizationId);
    return {
      people: people.map((p) => ({ id: p.id, kind: 'PERSON', name: p.name })),
      teams: teams.map((t) => ({ id: t.id, kind: 'TEAM', name: t.name })),
    };
  }

  private async present(actor: Actor, plan: PlanEntity): Promise<Plan> {
    const now = this.clock.now();
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const [viewer, items, changes] = await Promise.all([
      this.viewers.of(actor, plan.organizationId),
      this.plans.items(plan.organizationId, plan.id),
      this.plans.changesSince(plan.id, monthStart),
    ]);
    return {
      id: plan.id,
      organizationId: plan.organizationId,
      title: plan.title,
      description: plan.description,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
      active: !plan.archivedAt,
      createdAt: plan.createdAt,
      items: await this.presentItems(items, viewer, plan),
      changesThisMonth: changes.map(toChange),
      viewerCan: { edit: !archivedPlanBlocker(plan) && canEditPlan(viewer) },
    };
  }

  /** Owners, evidence and measure history of all the items: three statements side by side. */
  private async presentItems(items: PlanItemEntity[], viewer: PlanViewer, plan: PlanEntity): Promise<PlanItem[]> {
    const ids = items.map((i) => i.id);
    const [owners, stats, history] = await Promise.all([
      this.plans.owners(ids),
      this.plans.itemStats(ids, viewer.userId),
      this.plans.measureHistory(ids),
    ]);
    return items.map((item) =>
      toPlanItem(
        item,
        {
          owners: owners.filter((o) => o.itemId === item.id),
          stats: stats.find((s) => s.itemId === item.id),
          history: history.filter((h) => h.itemId === item.id),
        },
        viewer,
        plan,
      ),
    );
  }

  private async evidencePage(actor: Actor, itemId: string, after: string | null): Promise<PlanEvidencePage> {
    const cursor = after ? decodeKeysetCursor(after, 'Start from a page this list handed out.') : null;
    const rows = await this.plans.evidencePage(itemId, actor.user.id, cursor, PAGE_SIZE + 1);
    const page = rows.slice(0, PAGE_SIZE);
    return { nodes: page.map(toEvidence), endCursor: rows.length > PAGE_SIZE ? cursorOf(page.at(-1)!) : null };
  }

  private async commentPage(itemId: string, after: string | null): Promise<PlanCommentPage> {
    const cursor = after ? decodeKeysetCursor(after, 'Start from a page this list handed out.') : null;
    const rows = await this.plans.commentPage(itemId, cursor, PAGE_SIZE + 1);
    const page = rows.slice(0, PAGE_SIZE);
    return { nodes: page.map(toComment), endCursor: rows.length > PAGE_SIZE ? cursorOf(page.at(-1)!) : null };
  }
}
