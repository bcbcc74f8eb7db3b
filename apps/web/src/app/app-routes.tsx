import { ROUTE_PATTERNS } from '@openhuddle/shared';
import { lazy, type ComponentType } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppShell } from './app-shell';
import { homePath } from './last-organization';
import { RequireViewer, useViewer } from './session';
import { Loading } from '../ui/layout';

/** Each page is its own chunk: the first screen downloads only the shell and that page. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LandingPage = page(() => import('../features/landing/landing-page'), 'LandingPage');
const SignInPage = page(() => import('../features/auth/sign-in-page'), 'SignInPage');
const SignUpPage = page(() => import('../features/auth/sign-up-page'), 'SignUpPage');
const ForgotPasswordPage = page(() => import('../features/auth/forgot-password-page'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('../features/auth/reset-password-page'), 'ResetPasswordPage');
const SsoRefusedPage = page(() => import('../features/auth/sso-refused-page'), 'SsoRefusedPage');
const SignInSettingsPage = page(() => import('../features/auth/sign-in-settings-page'), 'SignInSettingsPage');
const DataSettingsPage = page(() => import('../features/account/data-settings-page'), 'DataSettingsPage');
const LtiSettingsPage = page(() => import('../features/lti/lti-settings-page'), 'LtiSettingsPage');
const VerifyEmailPage = page(() => import('../features/auth/verify-email-page'), 'VerifyEmailPage');
const UnsubscribePage = page(() => import('../features/unsubscribe/unsubscribe-page'), 'UnsubscribePage');
const CreateOrganizationPage = page(
  () => import('../features/organization/create-organization-page'),
  'CreateOrganizationPage',
);
const OrganizationLayout = page(() => import('../features/organization/organization-layout'), 'OrganizationLayout');
const OrganizationHomePage = page(
  () => import('../features/organization/organization-home-page'),
  'OrganizationHomePage',
);
const MembersPage = page(() => import('../features/members/members-page'), 'MembersPage');
const RosterPage = page(() => import('../features/roster/roster-page'), 'RosterPage');
const AuditLogPage = page(() => import('../features/audit/audit-log-page'), 'AuditLogPage');
const OutboxPage = page(() => import('../features/outbox/outbox-page'), 'OutboxPage');
const NotificationsPage = page(() => import('../features/notification/notifications-page'), 'NotificationsPage');
const NotificationPreferencesPage = page(
  () => import('../features/notification/notification-preferences-page'),
  'NotificationPreferencesPage',
);
const AcceptInvitationPage = page(
  () => import('../features/invitation/accept-invitation-page'),
  'AcceptInvitationPage',
);
const JoinCohortPage = page(() => import('../features/join-link/join-cohort-page'), 'JoinCohortPage');
const ProfilePage = page(() => import('../features/profile/profile-page'), 'ProfilePage');
const NotFoundPage = page(() => import('./not-found-page'), 'NotFoundPage');
const CreateCohortPage = page(() => import('../features/cohort/create-cohort-page'), 'CreateCohortPage');
const CohortPage = page(() => import('../features/cohort/cohort-page'), 'CohortPage');
const ReportsPage = page(() => import('../features/moderation/reports-page'), 'ReportsPage');
const NewPromptPage = page(() => import('../features/prompt/new-prompt-page'), 'NewPromptPage');
const EditPromptPage = page(() => import('../features/prompt/new-prompt-page'), 'EditPromptPage');
const PromptPage = page(() => import('../features/prompt/prompt-page'), 'PromptPage');
const QueuePage = page(() => import('../features/queue/queue-page'), 'QueuePage');
const DashboardPage = page(() => import('../features/dashboard/dashboard-page'), 'DashboardPage');
const CohortAnalyticsPage = page(
  () => import('../features/cohort-analytics/cohort-analytics-page'),
  'CohortAnalyticsPage',
);
const ProgramTemplatesPage = page(
  () => import('../features/program-template/program-templates-page'),
  'ProgramTemplatesPage',
);
const ProgramTemplatePage = page(
  () => import('../features/program-template/program-template-page'),
  'ProgramTemplatePage',
);
const LaunchProgramPage = page(() => import('../features/program-template/launch-program-page'), 'LaunchProgramPage');
const SearchPage = page(() => import('../features/search/search-page'), 'SearchPage');
const ScheduleHuddlePage = page(() => import('../features/huddle/schedule-huddle-page'), 'ScheduleHuddlePage');
const BriefPage = page(() => import('../features/brief/brief-page'), 'BriefPage');
const EditHuddlePage = page(() => import('../features/huddle/edit-huddle-page'), 'EditHuddlePage');
const LivePage = page(() => import('../features/huddle/live-page'), 'LivePage');
const ActionItemsPage = page(() => import('../features/huddle/action-items-page'), 'ActionItemsPage');
const PlanPage = page(() => import('../features/plan/plan-page'), 'PlanPage');
const PlanItemPage = page(() => import('../features/plan/plan-item-page'), 'PlanItemPage');
const LearningGoalsPage = page(() => import('../features/learning-goal/learning-goals-page'), 'LearningGoalsPage');
const NewLearningGoalPage = page(
  () => import('../features/learning-goal/new-learning-goal-page'),
  'NewLearningGoalPage',
);
const LearningGoalPage = page(() => import('../features/learning-goal/learning-goal-page'), 'LearningGoalPage');
const ProtocolsPage = page(() => import('../features/feedback-protocol/protocols-page'), 'ProtocolsPage');
const NewProtocolPage = page(() => import('../features/feedback-protocol/protocol-form-page'), 'NewProtocolPage');
const EditProtocolPage = page(() => import('../features/feedback-protocol/protocol-form-page'), 'EditProtocolPage');
const CohortPulsesPage = page(() => import('../features/pulse-survey/cohort-pulses-page'), 'CohortPulsesPage');
const FrameworksPage = page(() => import('../features/framework/frameworks-page'), 'FrameworksPage');
const FrameworkPage = page(() => import('../features/framework/framework-page'), 'FrameworkPage');
const ObservationsPage = page(() => import('../features/observation/observations-page'), 'ObservationsPage');
const SelfAssessmentsPage = page(
  () => import('../features/self-assessment/self-assessments-page'),
  'SelfAssessmentsPage',
);
const SelfAssessmentRoundPage = page(
  () => import('../features/self-assessment/self-assessment-round-page'),
  'SelfAssessmentRoundPage',
);
const SelfAssessmentResultsPage = page(
  () => import('../features/self-assessment/self-assessment-results-page'),
  'SelfAssessmentResultsPage',
);
const SelfAssessmentTeamsPage = page(
  () => import('../features/self-assessment/self-assessment-teams-page'),
  'SelfAssessmentTeamsPage',
);
const PulseSurveyPage = page(() => import('../features/pulse-survey/pulse-survey-page'), 'PulseSurveyPage');

/** `/`: signed-in people go to their organisation; visitors learn what OpenHuddle is. */
function HomeRoute() {
  const { viewer, loading } = useViewer();
  if (loading) return <Loading />;
  if (viewer) return <Navigate to={homePath(viewer.organizations)} replace />;
  return <LandingPage />;
}

/** The route table. Every path is a shared pattern (absolute, so it reads the same as the links built from it). */
export function AppRoutes() {
  return (
    <Routes>
      <Route path={ROUTE_PATTERNS.home} element={<AppShell />}>
        <Route index element={<HomeRoute />} />
        <Route path={ROUTE_PATTERNS.signIn} element={<SignInPage />} />
        <Route path={ROUTE_PATTERNS.ssoRefused} element={<SsoRefusedPage />} />
        <Route path={ROUTE_PATTERNS.signUp} element={<SignUpPage />} />
        <Route path={ROUTE_PATTERNS.forgotPassword} element={<ForgotPasswordPage />} />
        <Route path={ROUTE_PATTERNS.resetPassword} element={<ResetPasswordPage />} />
        <Route path={ROUTE_PATTERNS.verifyEmail} element={<VerifyEmailPage />} />
        <Route path={ROUTE_PATTERNS.unsubscribe} element={<UnsubscribePage />} />
        <Route path={ROUTE_PATTERNS.invitation} element={<AcceptInvitationPage />} />
        <Route path={ROUTE_PATTERNS.joinCohort} element={<JoinCohortPage />} />
        <Route
          path={ROUTE_PATTERNS.newOrganization}
          element={<RequireViewer>{() => <CreateOrganizationPage />}</RequireViewer>}
        />
        <Route path={ROUTE_PATTERNS.profile} element={<RequireViewer>{() => <ProfilePage />}</RequireViewer>} />
        <Route
          path={ROUTE_PATTERNS.organization}
          element={<RequireViewer>{() => <OrganizationLayout />}</RequireViewer>}
        >
          <Route index element={<OrganizationHomePage />} />
          <Route path={ROUTE_PATTERNS.members} element={<MembersPage />} />
          <Route path={ROUTE_PATTERNS.roster} element={<RosterPage />} />
          <Route path={ROUTE_PATTERNS.auditLog} element={<AuditLogPage />} />
          <Route path={ROUTE_PATTERNS.outbox} element={<OutboxPage />} />
          <Route path={ROUTE_PATTERNS.signInSettings} element={<SignInSettingsPage />} />
          <Route path={ROUTE_PATTERNS.dataSettings} element={<DataSettingsPage />} />
          <Route path={ROUTE_PATTERNS.ltiSettings} element={<LtiSettingsPage />} />
          <Route path={ROUTE_PATTERNS.newCohort} element={<CreateCohortPage />} />
          <Route path={ROUTE_PATTERNS.cohort} element={<CohortPage />} />
          <Route path={ROUTE_PATTERNS.cohortReports} element={<ReportsPage />} />
          <Route path={ROUTE_PATTERNS.newPrompt} element={<NewPromptPage />} />
          <Route path={ROUTE_PATTERNS.prompt} element={<PromptPage />} />
          <Route path={ROUTE_PATTERNS.editPrompt} element={<EditPromptPage />} />
          <Route path={ROUTE_PATTERNS.queue} element={<QueuePage />} />
          <Route path={ROUTE_PATTERNS.dashboard} element={<DashboardPage />} />
          <Route path={ROUTE_PATTERNS.cohortAnalytics} element={<CohortAnalyticsPage />} />
          <Route path={ROUTE_PATTERNS.programTemplates} element={<ProgramTemplatesPage />} />
          <Route path={ROUTE_PATTERNS.programTemplate} element={<ProgramTemplatePage />} />
          <Route path={ROUTE_PATTERNS.launchProgram} element={<LaunchProgramPage />} />
          <Route path={ROUTE_PATTERNS.search} element={<SearchPage />} />
          <Route path={ROUTE_PATTERNS.newHuddle} element={<ScheduleHuddlePage />} />
          <Route path={ROUTE_PATTERNS.huddle} element={<BriefPage />} />
          <Route path={ROUTE_PATTERNS.editHuddle} element={<EditHuddlePage />} />
          <Route path={ROUTE_PATTERNS.liveHuddle} element={<LivePage />} />
          <Route path={ROUTE_PATTERNS.actionItems} element={<ActionItemsPage />} />
          <Route path={ROUTE_PATTERNS.plan} element={<PlanPage />} />
          <Route path={ROUTE_PATTERNS.planItem} element={<PlanItemPage />} />
          <Route path={ROUTE_PATTERNS.learningGoals} element={<LearningGoalsPage />} />
          <Route path={ROUTE_PATTERNS.newLearningGoal} element={<NewLearningGoalPage />} />
          <Route path={ROUTE_PATTERNS.learningGoal} element={<LearningGoalPage />} />
          <Route path={ROUTE_PATTERNS.notifications} element={<NotificationsPage />} />
          <Route path={ROUTE_PATTERNS.notificationPreferences} element={<NotificationPreferencesPage />} />
          <Route path={ROUTE_PATTERNS.protocols} element={<ProtocolsPage />} />
          <Route path={ROUTE_PATTERNS.newProtocol} element={<NewProtocolPage />} />
          <Route path={ROUTE_PATTERNS.editProtocol} element={<EditProtocolPage />} />
          <Route path={ROUTE_PATTERNS.cohortPulses} element={<CohortPulsesPage />} />
          <Route path={ROUTE_PATTERNS.pulseSurvey} element={<PulseSurveyPage />} />
          <Route path={ROUTE_PATTERNS.frameworks} element={<FrameworksPage />} />
          <Route path={ROUTE_PATTERNS.framework} element={<FrameworkPage />} />
          <Route path={ROUTE_PATTERNS.selfAssessments} element={<SelfAssessmentsPage />} />
          <Route path={ROUTE_PATTERNS.selfAssessmentRound} element={<SelfAssessmentRoundPage />} />
          <Route path={ROUTE_PATTERNS.selfAssessmentResults} element={<SelfAssessmentResultsPage />} />
          <Route path={ROUTE_PATTERNS.selfAssessmentTeams} element={<SelfAssessmentTeamsPage />} />
          <Route path={ROUTE_PATTERNS.observations} element={<ObservationsPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
