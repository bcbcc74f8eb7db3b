import { Injectable } from '@nestjs/common';
import { DashboardFigure, FacilitatorQueueKind, routes } from '@openhuddle/shared';
import type { Actor } from '../../common/auth/actor';
import { Clock } from '../../common/clock/clock';
import { requireCohortAccess } from '../cohort/cohort-access';
import type {
  DashboardCohort,
  DashboardPeople,
  FacilitatorDashboard,
  FacilitatorQueueItem,
} from './dto/dashboard.types';
import { onDashboard, postingRate, seesDashboardNames } from './dashboard.policy';
import { type DashboardCohortRow, DashboardRepository, type QueueRow } from './dashboard.repository';

const REPORT_WORDS: Record<string, string> = {
  HARASSMENT: 'harassment',
  HATEFUL: 'hateful content',
  PRIVATE_INFORMATION: 'private information',
  SPAM: 'spam',
  OFF_TOPIC: 'off topic',
  OTHER: 'another reason',
};

/**
 * The facilitator's dashboard: every cohort the viewer facilitates, in every organization, with
 * the figures that say who needs attention, and the queue of what needs the facilitator. A fixed
 * number of statements whatever the number of cohorts (candidates, access, figures, queue).
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dashboard: DashboardRepository,
    private readonly clock: Clock,
  ) {}

  async forViewer(actor: Actor): Promise<FacilitatorDashboard> {
    const candidates = await this.dashboard.facilitatedCohortIds(actor.user.id);
    // The cohort-access loader decides (one statement for all): the policy, not this query, says
    // whether a cohort role still counts (a removed member's, a guest's).
    const accesses = await actor.loaders.cohortAccess.loadMany(candidates);
    const cohortIds = candidates.filter((_, i) => {
      const a = accesses[i];
      return !(a instanceof Error) && onDashboard(a ?? null);
    });
    const now = this.clock.now();
    const [figures, queue] = await Promise.all([
      this.dashboard.figures(cohortIds, now),
      this.dashboard.queue(cohortIds, now),
    ]);
    return {
      cohorts: figures.map(toDashboardCohort),
      queue: { total: queue[0]?.total ?? 0, items: queue.map(toQueueItem) },
    };
  }

  async people(actor: Actor, cohortId: string, figure: DashboardFigure): Promise<DashboardPeople> {
    const access = await requireCohortAccess(actor, cohortId, 'facilitate');
    const now = this.clock.now();
    const [{ rows, total }, cohortName] = await Promise.all([
      this.dashboard.people(cohortId, figure, now),
      this.dashboard.cohortName(cohortId),
    ]);
    const namesHidden = !seesDashboardNames(access);
    const organizationId = access.organizationId;
    return {
      id: `${cohortId}:${figure}`,
      cohortId,
      cohortName,
      organizationId,
      figure,
      total: figure === DashboardFigure.OVERDUE_REVIEWS ? rows.reduce((s, r) => s + r.n, 0) : total,
      namesHidden,
      people: namesHidden
        ? []
        : rows.map((r) => ({
            id: r.contribution_id ?? r.user_id,
            userId: r.user_id,
            displayName: r.display_name,
            avatarUrl: r.avatar_url,
            count: r.n,
            detail: r.text,
            link:
              r.contribution_id && r.prompt_id
                ? routes.contribution(organizationId, r.prompt_id, r.contribution_id)
                : null,
          })),
    };
  }
}

function toDashboardCohort(r: DashboardCohortRow): DashboardCohort {
  return {
    id: r.cohort_id,
    name: r.name,
    organizationId: r.organization_id,
    organizationName: r.organization_name,
    memberCount: r.member_count,
    promptsThisWeek: r.prompts_this_week,
    postedThisWeek: r.posted_this_week,
    postingRate: postingRate(r.posted_this_week, r.member_count),
    overdueReviews: r.overdue_reviews,
    membersAtRisk: r.at_risk,
    unansweredQuestions: r.unanswered_questions,
    openReports: r.open_reports,
    nextHuddle: r.next_huddle_id
      ? {
          id: r.next_huddle_id,
          title: r.next_huddle_title!,
          startsAt: r.next_huddle_starts_at!,
          briefReadCount: r.brief_read,
          peopleCount: r.brief_people,
        }
      : null,
  };
}

function toQueueItem(r: QueueRow): FacilitatorQueueItem {
  const base = {
    id: r.id,
    cohortId: r.cohort_id,
    cohortName: r.cohort_name,
    organizationId: r.organization_id,
    since: r.at,
  };
  const contributionLink = () => routes.contribution(r.organization_id, r.prompt_id!, r.contribution_id!);
  switch (r.kind) {
    case 'REPORT':
      return {
        ...base,
        kind: FacilitatorQueueKind.REPORT,
        title: `A report of ${REPORT_WORDS[r.detail ?? ''] ?? 'content'} waits for a decision`,
        detail: null,
        link: routes.cohortReports(r.organization_id, r.cohort_id),
      };
    case 'UNANSWERED_QUESTION':
      return {
        ...base,
        kind: FacilitatorQueueKind.UNANSWERED_QUESTION,
        title: `${r.author_name} asked a question nobody has answered`,
        detail: r.detail,
        link: contributionLink(),
      };
    case 'REVIEW_NOBODY_GAVE':
      return {
        ...base,
        kind: FacilitatorQueueKind.REVIEW_NOBODY_GAVE,
        title: `Nobody has given ${r.author_name} feedback on “${r.detail}”`,
        detail: null,
        link: contributionLink(),
      };
  }
}
