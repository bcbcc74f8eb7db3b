import { Injectable } from '@nestjs/common';
import { CohortRole, type MuteDuration } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AuditAction, AuditSubjectType } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import type { CohortMuteEntity } from './cohort-mute.entity';
import { checkModerate, checkMute, muteEndsAt, mutedRefusal } from './moderation.policy';
import { ModerationRepository } from './moderation.repository';
import { AppError } from '../../common/errors/app-error';

/** Muting: a facilitator stops a member from publishing, commenting and giving feedback in a cohort for a time. */
@Injectable()
export class MuteService {
  constructor(
    private readonly repository: ModerationRepository,
    private readonly audit: AuditService,
  ) {}

  async mute(actor: Actor, cohortId: string, userId: string, duration: MuteDuration): Promise<CohortMuteEntity> {
    const access = await actor.loaders.cohortAccess.load(cohortId);
    if (!access) throw AppError.notFound('Cohort');
    const role = await this.repository.cohortRole(cohortId, userId);
    if (!role) throw AppError.badInput({ userId: 'Pick a member of this cohort.' });
    const refusal = checkMute(access, userId, role === CohortRole.FACILITATOR);
    if (refusal) throw refusal;
    const until = muteEndsAt(duration);
    return this.repository.transaction(async (em) => {
      // A new mute replaces the one in force, so "until when" has one answer.
      await this.repository.liftMutes(em, cohortId, userId);
      const mute = await this.repository.insertMute(em, {
        organizationId: access.organizationId,
        cohortId,
        userId,
        until,
        liftedAt: null,
      });
      await this.audit.record(
        AuditAction.MEMBER_MUTED,
        access,
        { type: AuditSubjectType.USER, id: userId, userId, cohortId, details: { until: until?.toISOString() ?? null } },
        em,
      );
      return mute;
    });
  }

  async unmute(actor: Actor, cohortId: string, userId: string): Promise<void> {
    const access = await actor.loaders.cohortAccess.load(cohortId);
    const refusal = checkModerate(access);
    if (refusal) throw refusal;
    await this.repository.transaction(async (em) => {
      if (!(await this.repository.liftMutes(em, cohortId, userId))) return; // nothing in force: nothing to record
      await this.audit.record(
        AuditAction.MEMBER_UNMUTED,
        access!,
        { type: AuditSubjectType.USER, id: userId, userId, cohortId },
        em,
      );
    });
  }

  /** The mute in force for a person in a cohort, or null. */
  async activeMute(cohortId: string, userId: string): Promise<CohortMuteEntity | null> {
    return (await this.repository.activeMutes(cohortId, userId))[0] ?? null;
  }

  /** Every mute in force in a cohort. */
  activeMutesOf(cohortId: string): Promise<CohortMuteEntity[]> {
    return this.repository.activeMutes(cohortId, null);
  }

  /** For the contribution and feedback modules: refuses publishing, commenting, feedback while muted. */
  async assertNotMuted(cohortId: string, userId: string): Promise<void> {
    const mute = await this.activeMute(cohortId, userId);
    if (mute) throw mutedRefusal(mute.until);
  }
}
