import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { MemoryRouter, Outlet, Route, Routes } from 'react-router';
import type { OrgRole } from '../../generated/graphql';
import type { OrganizationContext } from '../organization/organization-layout';
import { EditProtocolPage, NewProtocolPage } from './protocol-form-page';
import type { Protocol } from './protocol-draft';
import { ProtocolsPage } from './protocols-page';

/** Test data and a router with the protocol pages inside an organisation, as app.tsx mounts them. */
export function organization(viewerRole: OrgRole = 'FACILITATOR'): OrganizationContext {
  return {
    __typename: 'Organization',
    id: 'o1',
    name: 'Riverside',
    slug: 'riverside',
    language: 'EN',
    createdAt: '2026-01-01T00:00:00.000Z',
    viewerRole,
    viewerCan: {
      __typename: 'OrganizationPermissions',
      inviteMembers: false,
      manageMembers: false,
      grantOwner: false,
      updateOrganization: false,
    },
    members: [],
  } as OrganizationContext;
}

export const section = (key: string, label: string, required = true) => ({
  __typename: 'ProtocolSectionType' as const,
  key,
  label,
  guidingQuestion: `Question for ${label}?`,
  sentenceStems: [`${label} stem…`],
  required,
});

export const glowGrow: Protocol = {
  __typename: 'FeedbackProtocol',
  id: '00000000-0000-4000-a000-000000000001',
  name: 'Glow & Grow',
  description: 'Name what shines, then one thing to grow.',
  builtIn: true,
  usedByPromptCount: 3,
  inUse: true,
  sections: [section('glow', 'Glow'), section('grow', 'Grow')],
  rubric: [],
};

export const noticeWonder: Protocol = {
  __typename: 'FeedbackProtocol',
  id: 'p-own',
  name: 'Notice & Wonder',
  description: '',
  builtIn: false,
  usedByPromptCount: 0,
  inUse: false,
  sections: [section('notice', 'I notice'), section('wonder', 'I wonder', false)],
  rubric: [
    {
      __typename: 'RubricCriterionType',
      key: 'clarity',
      label: 'Clarity',
      levels: [
        { __typename: 'RubricLevelType', value: 1, label: 'Emerging', descriptor: 'Hard to follow.' },
        { __typename: 'RubricLevelType', value: 2, label: 'Proficient', descriptor: 'Easy to follow.' },
      ],
    },
  ],
};

export function renderProtocolPages(path: string, mocks: MockLink.MockedResponse[], role: OrgRole = 'FACILITATOR') {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/o/:organizationId" element={<Outlet context={organization(role)} />}>
            <Route path="protocols" element={<ProtocolsPage />} />
            <Route path="protocols/new" element={<NewProtocolPage />} />
            <Route path="protocols/:protocolId/edit" element={<EditProtocolPage />} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}
