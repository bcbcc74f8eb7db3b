import { Injectable } from '@nestjs/common';
import { OrgRole, orgRoleAtLeast } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { AppError, type FieldErrors } from '../../common/errors/app-error';
import { FrameworkRepository } from '../framework/framework.repository';
import { practicesOf } from '../framework/framework.rules';
import type { CreateCohortsFromTeamsInput, SuggestTeamsInput } from './dto/self-assessment.inputs';
import type { CreatedCohort, TeamSuggestion } from './dto/self-assessment.types';
import { SelfAssessmentAccess } from './self-assessment-access';
import { SelfAssessmentRepository } from './self-assessment.repository';
import { suggestGroups } from './team-grouping.rules';

/** The level from which a member counts as strong in a practice ("at least one rated ≥ 3"). */
const STRONG_LEVEL = 3;

/** Teams formed by need: suggested from a round's answers (its facilitators), then created as cohorts in one step. */
@Injectable()
export class TeamFormingService {
  constructor(
    private readonly rounds: SelfAssessmentRepository,
    private readonly frameworks: FrameworkRepository,
    private readonly access: SelfAssessmentAccess,
  ) {}

  async suggest(actor: Actor, input: SuggestTeamsInput): Promise<TeamSuggestion[]> {
    const { round } = await this.access.requireFacilitator(actor, input.organizationId, input.roundId);
    const version = await this.frameworks.versionById(round.organizationId, round.frameworkVersionId);
    if (!version) throw AppError.notFound('Framework version');
    const practices = practicesOf(version.domains);
    const respondents = await this.rounds.respondents(round);
    const ratings = await this.rounds.ratings(respondents.map((r) => r.assessmentId));
    const levels = new Map<string, Record<string, number>>();
    for (const r of ratings)
      (levels.get(r.assessmentId) ?? levels.set(r.assessmentId, {}).get(r.assessmentId)!)[r.practiceKey] = r.level;
    const groups = suggestGroups(
      respondents.map((r) => ({
        userId: r.userId,
        growthKeys: r.growthPracticeKeys,
        levels: levels.get(r.assessmentId) ?? {},
        existingGroupId: r.groupId,
      })),
      {
        teamSize: input.teamSize,
        seed: input.seed,
        mixExistingGroups: input.mixExistingGroups,
        requireStrongMember: input.requireStrongMember,
        strongLevel: STRONG_LEVEL,
        practices,
      },
    );
    const names = new Map(respondents.map((r) => [r.userId, r.name]));
    return groups.map((g) => ({
      practiceKey: g.practiceKey,
      practiceTitle: practices.find((p) => p.key === g.practiceKey)?.title ?? null,
      explanation: g.explanation,
      warnings: g.warnings,
      members: g.userIds.map((userId) => ({ userId, name: names.get(userId) ?? '' })),
    }));
  }

  /** Creates one cohort per team, the actor its facilitator, all in one transaction (nothing if any team is refused). */
  async createCohorts(actor: Actor, input: CreateCohortsFromTeamsInput): Promise<CreatedCohort[]> {
    const { round } = await this.access.requireFacilitator(actor, input.organizationId, input.roundId);
    if (!orgRoleAtLeast(await this.access.role(actor, input.organizationId), OrgRole.FACILITATOR))
      throw AppError.forbidden('Only facilitators, admins and owners can start a cohort.');
    const all = input.teams.flatMap((t) => t.userIds);
    const members = new Set(await this.rounds.organizationMemberIds(round.organizationId, all));
    const errors: FieldErrors = {};
    const placed = new Set<string>();
    input.teams.forEach((team, i) => {
      if (team.userIds.some((id) => !members.has(id)))
        errors[`teams.${i}.userIds`] = 'Someone here is not in the organisation.';
      else if (team.userIds.some((id) => placed.has(id)))
        errors[`teams.${i}.userIds`] = 'Someone here is in another team too.';
      team.userIds.forEach((id) => placed.add(id));
    });
    if (Object.keys(errors).length) throw AppError.badInput(errors);
    return this.rounds.transaction(async (em) => {
      const created: CreatedCohort[] = [];
      for (const team of input.teams) {
        const cohort = await this.rounds.createCohort(
          em,
          round.organizationId,
          team.name,
          `Formed by need from the self-assessment “${round.title}”.`,
          actor.user.id,
          team.userIds,
        );
        created.push({ id: cohort.id, name: cohort.name, memberCount: team.userIds.length });
      }
      return created;
    });
  }
}
