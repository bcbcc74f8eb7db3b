import { Injectable } from '@nestjs/common';
import { Anonymity, routes } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { requireCohortAccess } from '../cohort/cohort-access';
import type { AnalyticsPerson, CohortAnalytics } from './dto/cohort-analytics.types';
import { ANONYMOUS, funnelOf, networkOf, participationState } from './cohort-analytics.figures';
import { hidesAnalyticsAuthor, seesWhoPosted } from './cohort-analytics.policy';
import { CohortAnalyticsRepository } from './cohort-analytics.repository';
import { seesAsFacilitator } from '../cohort/cohort.policy';

/**
 * A cohort's participation for whoever runs it: its facilitators see everything; an admin outside
 * the cohort reads it as an observer (reveal rules through VISIBLE_CONTRIBUTION_SQL, who posted only
 * on open prompts, anonymous authors merged into one anonymous person).
 */
@Injectable()
export class CohortAnalyticsService {
  constructor(
    private readonly analytics: CohortAnalyticsRepository,
    private readonly clock: Clock,
  ) {}

  async forCohort(actor: Actor, cohortId: string): Promise<CohortAnalytics> {
    const access = await requireCohortAccess(actor, cohortId, 'facilitate');
    const viewerId = actor.user.id;
    const [cohortName, prompts, members, cells, contributions, edges, weeks] = await Promise.all([
      this.analytics.cohortName(cohortId),
      this.analytics.prompts(cohortId, this.clock.now()),
      this.analytics.members(cohortId, viewerId),
      this.analytics.cells(cohortId, viewerId),
      this.analytics.contributions(cohortId, viewerId),
      this.analytics.edges(cohortId, viewerId),
      this.analytics.weeks(cohortId, viewerId, actor.user.timeZone),
    ]);
    const people = new Map(
      members.map((m) => [
        m.user_id,
        { key: m.user_id, displayName: m.display_name, teamName: m.team_name, teamId: m.team_id },
      ]),
    );
    const person = (id: string): AnalyticsPerson => {
      const p = people.get(id);
      return p ? { key: p.key, displayName: p.displayName, teamName: p.teamName } : ANONYMOUS;
    };
    const cellOf = new Map(cells.map((c) => [`${c.author_id}:${c.prompt_id}`, c]));
    const promptById = new Map(prompts.map((p) => [p.id, p]));
    const visible = contributions.filter((c) => promptById.has(c.prompt_id));

    return {
      id: cohortId,
      cohortName,
      organizationId: access.organizationId,
      seesEverything: seesAsFacilitator(access),
      prompts: prompts.map((p) => ({
        id: p.id,
        title: p.title,
        dueAt: p.due_at,
        namesVisible: seesWhoPosted(access, p),
      })),
      heatmap: members.map((m) => ({
        member: person(m.user_id),
        reviewsGiven: m.reviews_given,
        cells: prompts.map((p) => ({
          promptId: p.id,
          state: participationState(cellOf.get(`${m.user_id}:${p.id}`), p, {
            whoPosted: seesWhoPosted(access, p),
          }),
        })),
      })),
      funnel: funnelOf(prompts, visible),
      coverage: {
        contributionCount: visible.length,
        // Members' contributions (a facilitator's example post is not what coverage is about).
        withoutFeedback: visible
          .filter((c) => c.feedback_count === 0 && people.has(c.author_id))
          .map((c) => ({
            contributionId: c.id,
            promptId: c.prompt_id,
            promptTitle: promptById.get(c.prompt_id)!.title,
            author: hidesAnalyticsAuthor(access, c.anonymity, c.author_id) ? ANONYMOUS : person(c.author_id),
            link: routes.contribution(access.organizationId, c.prompt_id, c.id),
          })),
        gaveNone: members.filter((m) => m.reviews_given === 0).map((m) => person(m.user_id)),
      },
      network: networkOf(
        edges,
        people,
        (e) => e.anonymous && hidesAnalyticsAuthor(access, Anonymity.TO_PEERS, e.receiver_id),
      ),
      trend: weeks.map((w) => ({
        weekStart: w.week,
        contributions: w.contributions,
        feedback: w.feedback,
        activePeople: w.active,
      })),
    };
  }
}
