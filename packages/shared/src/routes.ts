/**
 * The web app's pages, as path patterns. The router mounts exactly these and every link (in the web
 * app, and in notifications, calendar feeds and emails from the API) is built from them, so a page
 * cannot move without its links moving with it.
 */
export const ROUTE_PATTERNS = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  /** Where the link of a sign-up's confirmation email lands. */
  verifyEmail: '/verify-email',
  /** Where a refused SSO sign-in lands, with `?reason=` (sso.policy.ts's SsoRefusal). */
  ssoRefused: '/sign-in/refused',
  /** Where an email's unsubscribe link lands (signed out is fine: the token says who). */
  unsubscribe: '/unsubscribe/:token',
  invitation: '/invitations/:token',
  /** A cohort join link: whoever opens it (signed in, or signing up) takes a member place in the cohort. */
  joinCohort: '/join/:token',
  newOrganization: '/organizations/new',
  profile: '/profile',
  organization: '/o/:organizationId',
  members: '/o/:organizationId/members',
  /** Bulk invitations and CSV roster import (dry run, then apply); admins and owners only. */
  roster: '/o/:organizationId/roster',
  /** Administrative actions; admins and owners only. */
  auditLog: '/o/:organizationId/audit',
  /** Email sent in the organisation's name (and, without SMTP, the only place it can be read). */
  outbox: '/o/:organizationId/outbox',
  /** Identity providers, domains and sign-in rules; admins and owners only. */
  signInSettings: '/o/:organizationId/settings/sign-in',
  /** The organisation's data policy (what a deleted account's work becomes); admins and owners only. */
  dataSettings: '/o/:organizationId/settings/data',
  /** LMS platforms (LTI 1.3) and the values to paste into them; admins and owners only. */
  ltiSettings: '/o/:organizationId/settings/lti',
  newCohort: '/o/:organizationId/cohorts/new',
  cohort: '/o/:organizationId/cohorts/:cohortId',
  /** The cohort's report queue (moderation); its facilitators only. */
  cohortReports: '/o/:organizationId/cohorts/:cohortId/reports',
  newPrompt: '/o/:organizationId/cohorts/:cohortId/prompts/new',
  prompt: '/o/:organizationId/prompts/:promptId',
  editPrompt: '/o/:organizationId/prompts/:promptId/edit',
  queue: '/o/:organizationId/queue',
  /** The facilitator's dashboard: every cohort they facilitate (in every organisation) and what needs them. */
  dashboard: '/o/:organizationId/dashboard',
  /** A cohort's participation: heatmap, funnel, review coverage, who helps whom, trend; those who run it. */
  cohortAnalytics: '/o/:organizationId/cohorts/:cohortId/analytics',
  /** The organisation's program templates; its facilitators, admins and owners. */
  programTemplates: '/o/:organizationId/templates',
  programTemplate: '/o/:organizationId/templates/:templateId',
  /** Launch a template as a new cohort, with its dates previewed first. */
  launchProgram: '/o/:organizationId/templates/:templateId/launch',
  search: '/o/:organizationId/search',
  newHuddle: '/o/:organizationId/cohorts/:cohortId/huddles/new',
  /** The huddle's home: its brief before it starts, its outcome after. */
  huddle: '/o/:organizationId/huddles/:huddleId',
  editHuddle: '/o/:organizationId/huddles/:huddleId/edit',
  liveHuddle: '/o/:organizationId/huddles/:huddleId/live',
  actionItems: '/o/:organizationId/actions',
  /** The organisation's plan and its progress; every member sees it (shared accountability). */
  plan: '/o/:organizationId/plan',
  /** One goal, strategy or action step: its evidence, feedback and change history. */
  planItem: '/o/:organizationId/plan/items/:itemId',
  /** The viewer's learning goals and the goals they coach (with overdue follow-ups). */
  learningGoals: '/o/:organizationId/goals',
  newLearningGoal: '/o/:organizationId/goals/new',
  /** One learning goal: only its member and coach open it. */
  learningGoal: '/o/:organizationId/goals/:goalId',
  notifications: '/o/:organizationId/notifications',
  notificationPreferences: '/o/:organizationId/notifications/preferences',
  protocols: '/o/:organizationId/protocols',
  /** The cohort's pulse surveys; facilitators create them, members answer them. */
  cohortPulses: '/o/:organizationId/cohorts/:cohortId/pulses',
  /** One pulse survey: answer the open round, or (facilitators) read its thresholded results. */
  pulseSurvey: '/o/:organizationId/pulses/:surveyId',
  /** The organisation's practice frameworks; admins create, edit and import them. */
  frameworks: '/o/:organizationId/frameworks',
  /** One framework: its domains, practices and the descriptor of each level. */
  framework: '/o/:organizationId/frameworks/:frameworkId',
  /** Self-assessment rounds the viewer answers or facilitates. */
  selfAssessments: '/o/:organizationId/self-assessments',
  /** One round: the member's form (and their growth), or the facilitator's results. */
  selfAssessmentRound: '/o/:organizationId/self-assessments/:roundId',
  /** A round's results for its facilitators: distributions and the heatmap. */
  selfAssessmentResults: '/o/:organizationId/self-assessments/:roundId/results',
  /** Teams formed by need from a round's results. */
  selfAssessmentTeams: '/o/:organizationId/self-assessments/:roundId/teams',
  /** Observations of practice: those of the viewer, those they recorded, and (facilitators) the trends. */
  observations: '/o/:organizationId/observations',
  newProtocol: '/o/:organizationId/protocols/new',
  editProtocol: '/o/:organizationId/protocols/:protocolId/edit',
} as const;

export type RouteName = keyof typeof ROUTE_PATTERNS;

/** One string per `:param` of a pattern, in the order they appear. */
export type RouteParams<P extends string> = P extends `${string}:${string}/${infer Rest}`
  ? [string, ...RouteParams<Rest>]
  : P extends `${string}:${string}`
    ? [string]
    : [];

/** Fills a pattern's `:params` in order, each URL-encoded. */
export function buildPath<P extends string>(pattern: P, ...values: RouteParams<P>): string {
  let i = 0;
  const path = pattern.replace(/:[A-Za-z]+/g, () => {
    const value = (values as string[])[i++];
    if (value === undefined) throw new Error(`Missing a value for ${pattern}`);
    return encodeURIComponent(value);
  });
  if (i !== values.length) throw new Error(`Too many values for ${pattern}`);
  return path;
}

type Builders = { [K in RouteName]: (...values: RouteParams<(typeof ROUTE_PATTERNS)[K]>) => string };

const builders = Object.fromEntries(
  Object.entries(ROUTE_PATTERNS).map(([name, pattern]) => [
    name,
    (...values: string[]) => buildPath(pattern, ...(values as RouteParams<string>)),
  ]),
) as Builders;

const withQuery = (path: string, query: Record<string, string | null | undefined>): string => {
  const entries = Object.entries(query).filter((e): e is [string, string] => !!e[1]);
  return entries.length ? `${path}?${new URLSearchParams(entries).toString()}` : path;
};

/** The id a contribution's element carries on the prompt page, so links can scroll to it. */
export const contributionAnchor = (contributionId: string): string => `contribution-${contributionId}`;

/** The id of the prompt page's "your contribution" area, so the queue can send a member there to post first. */
export const COMPOSE_ANCHOR = 'your-contribution';

/** Builders for every page; the ones with a query string or anchor take them as named extras. */
export const routes = {
  ...builders,
  signIn: (next?: string | null) => withQuery(ROUTE_PATTERNS.signIn, { next }),
  signUp: (next?: string | null) => withQuery(ROUTE_PATTERNS.signUp, { next }),
  resetPassword: (token?: string) => withQuery(ROUTE_PATTERNS.resetPassword, { token }),
  verifyEmail: (token: string, next?: string | null) => withQuery(ROUTE_PATTERNS.verifyEmail, { token, next }),
  ssoRefused: (reason?: string | null) => withQuery(ROUTE_PATTERNS.ssoRefused, { reason }),
  search: (organizationId: string, q?: string) => withQuery(builders.search(organizationId), { q }),
  newProtocol: (organizationId: string, from?: string | null) =>
    withQuery(builders.newProtocol(organizationId), { from }),
  /** A contribution on its prompt's page. */
  contribution: (organizationId: string, promptId: string, contributionId: string) =>
    `${builders.prompt(organizationId, promptId)}#${contributionAnchor(contributionId)}`,
  /** A prompt's page at the viewer's own contribution (composer). */
  promptCompose: (organizationId: string, promptId: string) =>
    `${builders.prompt(organizationId, promptId)}#${COMPOSE_ANCHOR}`,
};

/** Paths the API serves to the browser directly (downloads), outside the app's router. */
export const apiPaths = {
  /** RFC 8058 one-click unsubscribe: mail clients POST here. */
  unsubscribe: (token: string) => `/api/unsubscribe/${encodeURIComponent(token)}`,
  /** Starts signing in with an organisation's identity provider (a full-page navigation). */
  ssoStart: (providerId: string, next?: string | null) =>
    withQuery(`/api/sso/${encodeURIComponent(providerId)}/start`, { next }),
  /** Where identity providers send people back; registered at the provider as the redirect URI. */
  ssoCallback: () => '/api/sso/callback',
  huddleInvite: (huddleId: string) => `/api/huddles/${encodeURIComponent(huddleId)}/invite.ics`,
  /** The signed-in person's portfolio in an organization: their goals, check-ins and work. */
  portfolioMarkdown: (organizationId: string) => `/api/o/${encodeURIComponent(organizationId)}/portfolio/markdown`,
  portfolioPdf: (organizationId: string) => `/api/o/${encodeURIComponent(organizationId)}/portfolio/pdf`,
  /** The signed-in person's own data, as one JSON download. */
  personalExport: () => '/api/me/export',
  organizationExport: (organizationId: string) => `/api/organizations/${encodeURIComponent(organizationId)}/export`,
  /** One's own picture: POST a multipart `file`, DELETE to remove it. */
  avatar: () => '/api/avatar',
};
