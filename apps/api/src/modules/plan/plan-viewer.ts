import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import type { PlanViewer } from './plan.policy';
import { PlanRepository } from './plan.repository';

/** The actor as the plan policy sees them in one organization: role (the guard's loader) and teams. */
@Injectable()
export class PlanViewers {
  constructor(private readonly plans: PlanRepository) {}

  async of(actor: Actor, organizationId: string): Promise<PlanViewer> {
    const [membership, teamIds] = await Promise.all([
      actor.loaders.viewerMembership.load(organizationId),
      this.plans.viewerTeamIds(organizationId, actor.user.id),
    ]);
    // The stance already refused non-members; this covers a service called outside a request.
    if (!membership) throw AppError.notFound('Organization');
    return { userId: actor.user.id, role: membership.role, teamIds };
  }
}
