import type { DashboardFigure, FacilitatorDashboardQuery } from '../../generated/graphql';

export type DashboardCohort = FacilitatorDashboardQuery['facilitatorDashboard']['cohorts'][number];

/** One number on a cohort's card, and the figure `dashboardPeople` lists the people behind. */
export interface FigureTile {
  figure: DashboardFigure;
  label: string;
  value: number;
  /** Something is wrong when it is above zero (at risk, overdue, unanswered). */
  warns: boolean;
}

/** The figures of a cohort card, in reading order: participation first, then what needs the facilitator. */
export function figureTiles(c: DashboardCohort): FigureTile[] {
  return [
    { figure: 'POSTED_THIS_WEEK', label: 'Posted this week', value: c.postedThisWeek, warns: false },
    {
      figure: 'NOT_POSTED_THIS_WEEK',
      label: 'Not posted this week',
      value: Math.max(0, c.memberCount - c.postedThisWeek),
      warns: false,
    },
    { figure: 'AT_RISK', label: 'Stuck', value: c.membersAtRisk, warns: c.membersAtRisk > 0 },
    { figure: 'OVERDUE_REVIEWS', label: 'Overdue reviews', value: c.overdueReviews, warns: c.overdueReviews > 0 },
    {
      figure: 'UNANSWERED_QUESTIONS',
      label: 'Unanswered questions',
      value: c.unansweredQuestions,
      warns: c.unansweredQuestions > 0,
    },
  ];
}

/** Cohorts that need attention first: stuck members and overdue reviews, then by name. */
export function byAttention(cohorts: readonly DashboardCohort[]): DashboardCohort[] {
  const weight = (c: DashboardCohort) => c.membersAtRisk + c.overdueReviews + c.unansweredQuestions + c.openReports;
  return [...cohorts].sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name));
}

export const FIGURE_TITLES: Record<DashboardFigure, string> = {
  POSTED_THIS_WEEK: 'Posted in the last 7 days',
  NOT_POSTED_THIS_WEEK: 'Nothing posted in the last 7 days',
  AT_RISK: 'Stuck: nothing published in the last two prompts due',
  OVERDUE_REVIEWS: 'Reviews past due',
  UNANSWERED_QUESTIONS: 'Questions nobody answered',
  BRIEF_READ: 'Read the next huddle’s brief',
  BRIEF_UNREAD: 'Have not read the next huddle’s brief',
};
