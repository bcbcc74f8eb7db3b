import { ApolloProvider } from '@apollo/client/react';
import { lazy, type ComponentType } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { createApolloClient } from './apollo-client';
import { AppShell } from './app-shell';
import { homePath } from './last-organization';
import { RequireViewer } from './session';

/** Each page is its own chunk: the first screen downloads only the shell and that page. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const SignInPage = page(() => import('../features/auth/sign-in-page'), 'SignInPage');
const SignUpPage = page(() => import('../features/auth/sign-up-page'), 'SignUpPage');
const ForgotPasswordPage = page(() => import('../features/auth/forgot-password-page'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('../features/auth/reset-password-page'), 'ResetPasswordPage');
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
const AcceptInvitationPage = page(
  () => import('../features/invitation/accept-invitation-page'),
  'AcceptInvitationPage',
);
const ProfilePage = page(() => import('../features/profile/profile-page'), 'ProfilePage');
const NotFoundPage = page(() => import('./not-found-page'), 'NotFoundPage');
const CreateCohortPage = page(() => import('../features/cohort/create-cohort-page'), 'CreateCohortPage');
const CohortPage = page(() => import('../features/cohort/cohort-page'), 'CohortPage');
const NewPromptPage = page(() => import('../features/prompt/new-prompt-page'), 'NewPromptPage');
const EditPromptPage = page(() => import('../features/prompt/new-prompt-page'), 'EditPromptPage');
const PromptPage = page(() => import('../features/prompt/prompt-page'), 'PromptPage');
const QueuePage = page(() => import('../features/queue/queue-page'), 'QueuePage');
const SearchPage = page(() => import('../features/search/search-page'), 'SearchPage');
const ScheduleHuddlePage = page(() => import('../features/huddle/schedule-huddle-page'), 'ScheduleHuddlePage');
const BriefPage = page(() => import('../features/brief/brief-page'), 'BriefPage');
const EditHuddlePage = page(() => import('../features/huddle/edit-huddle-page'), 'EditHuddlePage');
const LivePage = page(() => import('../features/huddle/live-page'), 'LivePage');
const ActionItemsPage = page(() => import('../features/huddle/action-items-page'), 'ActionItemsPage');
const ProtocolsPage = page(() => import('../features/feedback-protocol/protocols-page'), 'ProtocolsPage');
const NewProtocolPage = page(() => import('../features/feedback-protocol/protocol-form-page'), 'NewProtocolPage');
const EditProtocolPage = page(() => import('../features/feedback-protocol/protocol-form-page'), 'EditProtocolPage');

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route
              index
              element={
                <RequireViewer>{(viewer) => <Navigate to={homePath(viewer.organizations)} replace />}</RequireViewer>
              }
            />
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="sign-up" element={<SignUpPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="reset-password" element={<ResetPasswordPage />} />
            <Route path="invitations/:token" element={<AcceptInvitationPage />} />
            <Route
              path="organizations/new"
              element={<RequireViewer>{() => <CreateOrganizationPage />}</RequireViewer>}
            />
            <Route path="profile" element={<RequireViewer>{() => <ProfilePage />}</RequireViewer>} />
            <Route path="o/:organizationId" element={<RequireViewer>{() => <OrganizationLayout />}</RequireViewer>}>
              <Route index element={<OrganizationHomePage />} />
              <Route path="members" element={<MembersPage />} />
              <Route path="cohorts/new" element={<CreateCohortPage />} />
              <Route path="cohorts/:cohortId" element={<CohortPage />} />
              <Route path="cohorts/:cohortId/prompts/new" element={<NewPromptPage />} />
              <Route path="prompts/:promptId" element={<PromptPage />} />
              <Route path="prompts/:promptId/edit" element={<EditPromptPage />} />
              <Route path="queue" element={<QueuePage />} />
              <Route path="search" element={<SearchPage />} />
              <Route path="cohorts/:cohortId/huddles/new" element={<ScheduleHuddlePage />} />
              <Route path="huddles/:huddleId" element={<BriefPage />} />
              <Route path="huddles/:huddleId/edit" element={<EditHuddlePage />} />
              <Route path="huddles/:huddleId/live" element={<LivePage />} />
              <Route path="actions" element={<ActionItemsPage />} />
              <Route path="protocols" element={<ProtocolsPage />} />
              <Route path="protocols/new" element={<NewProtocolPage />} />
              <Route path="protocols/:protocolId/edit" element={<EditProtocolPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ApolloProvider>
  );
}
