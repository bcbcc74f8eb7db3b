import { Injectable } from '@nestjs/common';
import { OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { canManageCohort } from '../cohort/cohort.policy';
import type { SelfAssessmentRoundEntity } from './self-assessment-round.entity';
import { type RoundStanding, selfAssessmentPolicy } from './self-assessment.policy';
import { SelfAssessmentRepository } from './self-assessment.repository';

/** Finds a round and where the actor stands with it; "not found" and "not yours" look the same. */
@Injectable()
export class SelfAssessmentAccess {
  constructor(
    private readonly rounds: SelfAssessmentRepository,
    private readonly clock: Clock,
  ) {}

  async role(actor: Actor, organizationId: string): Promise<OrgRole> {
    const membership = await actor.loaders.viewerMembership.load(organizationId);
    if (!membership) throw AppError.notFound('Organization');
    return membership.role;
  }

  /** Whether the actor runs rounds for the cohort (its facilitators, admins) or, with no cohort, the organisation (admins). */
  async canFacilitate(actor: Actor, organizationId: string, cohortId: string | null): Promise<boolean> {
    if (!cohortId) return orgRoleAtLeast(await this.role(actor, organizationId), OrgRole.ADMIN);
    const access = await actor.loaders.cohortAccess.load(cohortId);
    return !!access && access.organizationId === organizationId && canManageCohort(access);
  }

  async standing(actor: Actor, round: SelfAssessmentRoundEntity): Promise<RoundStanding> {
    const [participant, facilitator] = await Promise.all([
      this.rounds.isParticipant(round, actor.user.id),
      this.canFacilitate(actor, round.organizationId, round.cohortId),
    ]);
    const now = this.clock.now();
    return {
      participant,
      facilitator,
      open: round.opensAt <= now && round.closesAt > now,
      visibility: round.visibility,
    };
  }

  /** The round with the actor's standing; NOT_FOUND when they may not read it at all. */
  async require(actor: Actor, organizationId: string, roundId: string) {
    await this.role(actor, organizationId);
    const round = await this.rounds.findRound(organizationId, roundId);
    if (!round) throw AppError.notFound('Self-assessment round');
    const standing = await this.standing(actor, round);
    if (!selfAssessmentPolicy.read(standing)) throw AppError.notFound('Self-assessment round');
    return { round, standing };
  }

  /** As `require`, for the round's facilitators only (FORBIDDEN for its participants). */
  async requireFacilitator(actor: Actor, organizationId: string, roundId: string) {
    const found = await this.require(actor, organizationId, roundId);
    if (!selfAssessmentPolicy.viewResults(found.standing))
      throw AppError.forbidden('Only the facilitators of this round see its results.');
    return found;
  }
}
