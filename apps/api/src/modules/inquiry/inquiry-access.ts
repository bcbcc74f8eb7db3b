import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/auth/actor';
import { AppError } from '../../common/errors/app-error';
import { canManageCohort, canPost, canViewCohort, seesAsFacilitator } from '../cohort/cohort.policy';
import type { InquiryCycleEntity } from './inquiry-cycle.entity';
import { inquiryPolicy, type InquiryStanding } from './inquiry.policy';
import { InquiryRepository } from './inquiry.repository';

/** Finds a cycle and where the actor stands with it; "not found" and "not yours" look the same. */
@Injectable()
export class InquiryAccess {
  constructor(private readonly cycles: InquiryRepository) {}

  /** Whether the actor runs the cohort (its facilitators, the organisation's admins). */
  async facilitates(actor: Actor, organizationId: string, cohortId: string): Promise<boolean> {
    const access = await actor.loaders.cohortAccess.load(cohortId);
    return !!access && access.organizationId === organizationId && canManageCohort(access);
  }

  /** Whether the actor may read the cohort (its people; admins as observers). */
  async readsCohort(actor: Actor, organizationId: string, cohortId: string): Promise<boolean> {
    const access = await actor.loaders.cohortAccess.load(cohortId);
    return !!access && access.organizationId === organizationId && canViewCohort(access);
  }

  async standing(actor: Actor, cycle: InquiryCycleEntity): Promise<InquiryStanding> {
    const [membership, access] = await Promise.all([
      actor.loaders.viewerMembership.load(cycle.organizationId),
      actor.loaders.cohortAccess.load(cycle.cohortId),
    ]);
    const ours = !!access && access.organizationId === cycle.organizationId;
    const posts = ours && canPost(access);
    const onTeam =
      posts && (!cycle.teamId || seesAsFacilitator(access) || (await this.cycles.onTeam(cycle.teamId, actor.user.id)));
    return {
      orgRole: membership?.role ?? null,
      facilitates: ours && canManageCohort(access),
      readsCohort: ours && canViewCohort(access),
      inPlc: onTeam,
      showcased: !!cycle.showcasedAt,
    };
  }

  /** The cycle with the actor's standing; NOT_FOUND when they may not read it. */
  async require(actor: Actor, organizationId: string, cycleId: string) {
    const cycle = await this.cycles.findCycle(organizationId, cycleId);
    if (!cycle) throw AppError.notFound('Inquiry cycle');
    const standing = await this.standing(actor, cycle);
    if (!inquiryPolicy.read(standing)) throw AppError.notFound('Inquiry cycle');
    return { cycle, standing };
  }

  /** As `require`, for those who may work on it (FORBIDDEN for readers, CONFLICT once showcased). */
  async requireWorker(actor: Actor, organizationId: string, cycleId: string) {
    const found = await this.require(actor, organizationId, cycleId);
    if (found.standing.showcased)
      throw AppError.conflict('This cycle is showcased and kept as a record: it cannot change.');
    if (!inquiryPolicy.work(found.standing)) {
      throw AppError.forbidden('Only the PLC that runs this cycle and its facilitators work on it.');
    }
    return found;
  }
}
