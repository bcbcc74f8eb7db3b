import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREATE_COHORT } from '../../../test/learning-factories';
import { addMember, createTenant, signUp } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { startTestPlatform, type TestPlatform } from '../../../test/lti-platform';
import { startTestApp, type TestApp } from '../../../test/test-app';

const PUBLIC_URL = 'http://localhost:5173';

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterLtiPlatformInput!) {
    registerLtiPlatform(input: $input) {
      id
      name
      issuer
      clientId
      deploymentIds
    }
  }
`;
const OVERVIEW = /* GraphQL */ `
  query ($organizationId: ID!) {
    organizationLti(organizationId: $organizationId) {
      tool {
        loginUrl
        launchUrl
        deepLinkingUrl
        jwksUrl
        scopes
      }
      platforms {
        id
        clientId
      }
      viewerCan {
        manage
      }
    }
  }
`;
const SYNC = /* GraphQL */ `
  mutation ($input: SyncLtiRosterInput!) {
    syncLtiRoster(input: $input) {
      listed
      added
      removed
      skipped
      syncedAt
    }
  }
`;
const COURSE = /* GraphQL */ `
  query ($cohortId: ID!) {
    cohortLtiCourse(cohortId: $cohortId) {
      platformName
      contextId
      rosterAvailable
      rosterSyncedAt
    }
  }
`;
const ME = /* GraphQL */ `
  query {
    me {
      id
      email
      organizations {
        id
        viewerRole
      }
    }
  }
`;

describe('LTI 1.3 tool against a simulated platform', () => {
  let t: TestApp;
  let lms: TestPlatform;
  let otherLms: TestPlatform;
  let riverside: Awaited<ReturnType<typeof createTenant>>;
  let lakeside: Awaited<ReturnType<typeof createTenant>>;
  let cohortId: string;
  let lakesideCohortId: string;

  beforeAll(async () => {
    t = await startTestApp();
    lms = await startTestPlatform({ appUrl: t.baseUrl, publicUrl: PUBLIC_URL });
    otherLms = await startTestPlatform({ appUrl: t.baseUrl, publicUrl: PUBLIC_URL });
    riverside = await createTenant(t, 'Riverside High');
    lakeside = await createTenant(t, 'Lakeside Middle');
    await riverside.owner.ok(REGISTER, {
      input: {
        organizationId: riverside.organization.id,
        name: 'Riverside Canvas',
        createMembers: true,
        ...lms.registration,
      },
    });
    await lakeside.owner.ok(REGISTER, {
      input: {
        organizationId: lakeside.organization.id,
        name: 'Lakeside Moodle',
        createMembers: true,
        ...otherLms.registration,
      },
    });
    cohortId = (
      await riverside.owner.ok(CREATE_COHORT, {
        input: { organizationId: riverside.organization.id, name: 'Biology PLC' },
      })
    ).createCohort.id;
    lakesideCohortId = (
      await lakeside.owner.ok(CREATE_COHORT, {
        input: { organizationId: lakeside.organization.id, name: 'Lakeside PLC' },
      })
    ).createCohort.id;
  });
  afterAll(async () => {
    await lms?.close();
    await otherLms?.close();
    await t?.close();
  });

  function clientWith(session: string | null): GqlClient {
    const client = t.client();
    client.cookie = session ? `oh_session=${session}` : null;
    return client;
  }

  async function counts() {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM "user")::int AS users, (SELECT count(*) FROM membership)::int AS memberships,
              (SELECT count(*) FROM cohort_member)::int AS seats, (SELECT count(*) FROM session)::int AS sessions,
              (SELECT count(*) FROM lti_resource_link)::int AS links`,
    );
    return row as Record<string, number>;
  }

  async function seat(userEmail: string, cohort = cohortId): Promise<string | null> {
    const rows = await t.dataSource.query(
      `SELECT cm.role FROM cohort_member cm JOIN "user" u ON u.id = cm.user_id WHERE u.email = $1 AND cm.cohort_id = $2`,
      [userEmail, cohort],
    );
    return (rows[0]?.role as string | undefined) ?? null;
  }

  describe('registration', () => {
    it('shows the values to paste into the LMS to admins, and serves the tool JWKS publicly', async () => {
      const { organizationLti } = await riverside.owner.ok(OVERVIEW, { organizationId: riverside.organization.id });
      expect(organizationLti.tool).toEqual({
        loginUrl: `${PUBLIC_URL}/lti/login`,
        launchUrl: `${PUBLIC_URL}/lti/launch`,
        deepLinkingUrl: `${PUBLIC_URL}/lti/launch`,
        jwksUrl: `${PUBLIC_URL}/lti/jwks`,
        scopes: [
          'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
          'https://purl.imsglobal.org/spec/lti-ags/scope/score',
        ],
      });
      expect(organizationLti.platforms).toEqual([{ id: expect.any(String), clientId: lms.clientId }]);
      expect(organizationLti.viewerCan).toEqual({ manage: true });
      const jwks = (await (await fetch(`${t.baseUrl}/lti/jwks`)).json()) as { keys: Record<string, unknown>[] };
      expect(jwks.keys).toHaveLength(1);
      expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
      expect(jwks.keys[0]).not.toHaveProperty('d');
      const [key] = await t.dataSource.query(`SELECT private_jwk_sealed FROM lti_tool_key`);
      expect(key.private_jwk_sealed).toMatch(/^v1\./);
    });

    it('refuses bad input per field, a duplicate registration, members and other tenants', async () => {
      const bad = await riverside.owner.fail(REGISTER, {
        input: {
          organizationId: riverside.organization.id,
          name: '',
          issuer: 'not a url',
          clientId: 'x',
          deploymentIds: [],
          authLoginUrl: 'ftp://x',
          authTokenUrl: lms.registration.authTokenUrl,
          jwksUrl: lms.registration.jwksUrl,
          createMembers: true,
        },
      });
      expect(bad.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: {
          name: expect.any(String),
          issuer: expect.any(String),
          deploymentIds: expect.any(String),
          authLoginUrl: expect.any(String),
        },
      });
      // Lakeside cannot register Riverside's (issuer, client id): launches must map to one organisation.
      const taken = await lakeside.owner.fail(REGISTER, {
        input: { organizationId: lakeside.organization.id, name: 'Grab', createMembers: true, ...lms.registration },
      });
      expect(taken.extensions).toMatchObject({ code: 'CONFLICT', fields: { clientId: expect.any(String) } });
      const { client: member } = await addMember(t, riverside.owner, riverside.organization.id, 'MEMBER');
      expect((await member.fail(OVERVIEW, { organizationId: riverside.organization.id })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect(
        (await lakeside.owner.fail(OVERVIEW, { organizationId: riverside.organization.id })).extensions?.code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('launch', () => {
    it('a learner launching a placed cohort gets an account, a session, and lands in the cohort as a member', async () => {
      const learner = lms.user('Lena', 'learner');
      const result = await lms.launch({
        user: learner,
        resourceLinkId: 'placed-cohort',
        custom: { openhuddle_cohort_id: cohortId },
      });
      expect(result.status).toBe(302);
      expect(result.location).toBe(`/o/${riverside.organization.id}/cohorts/${cohortId}`);
      const { me } = await clientWith(result.session).ok(ME);
      expect(me).toMatchObject({
        email: learner.email,
        organizations: [{ id: riverside.organization.id, viewerRole: 'MEMBER' }],
      });
      expect(await seat(learner.email)).toBe('MEMBER');
      // The next launch of the same link finds the placement (no custom parameters needed) and the link.
      const again = await lms.launch({ user: learner, resourceLinkId: 'placed-cohort' });
      expect(again.location).toBe(result.location);
      expect((await clientWith(again.session).ok(ME)).me.id).toBe(me.id);
    });

    it('an instructor facilitates; an existing member is linked by email instead of duplicated', async () => {
      const existing = t.client();
      const ivan = await signUp(existing, { email: `ivan.${Date.now()}@riverside.example` });
      await riverside.owner
        .ok(`mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl } }`, {
          input: { organizationId: riverside.organization.id, email: ivan.email, role: 'MEMBER' },
        })
        .then(async ({ inviteMember }) => {
          const token = new URL(inviteMember.acceptUrl as string).pathname.split('/').pop()!;
          await existing.ok(`mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`, {
            input: { token },
          });
        });
      const result = await lms.launch({
        user: { ...lms.user('Ivan', 'instructor'), email: ivan.email },
        resourceLinkId: 'placed-cohort',
      });
      expect(result.status).toBe(302);
      expect((await clientWith(result.session).ok(ME)).me.id).toBe(ivan.id);
      expect(await seat(ivan.email)).toBe('FACILITATOR');
    });

    it.each([
      ['a bad signature', { foreignKey: true }, 'invalid-token'],
      ['a wrong audience', { claims: { aud: 'someone-else' } }, 'invalid-token'],
      ['an expired token', { claims: { exp: Math.floor(Date.now() / 1000) - 3600 } }, 'expired'],
      [
        'an unknown deployment in the token',
        { claims: { 'https://purl.imsglobal.org/spec/lti/claim/deployment_id': 'rogue' } },
        'unknown-deployment',
      ],
      [
        'another LTI version',
        { claims: { 'https://purl.imsglobal.org/spec/lti/claim/version': '1.1' } },
        'unsupported-message',
      ],
    ])('%s is refused with a clear page, and changes nothing', async (_what, spoil, reason) => {
      const before = await counts();
      const user = lms.user('Mallory', 'instructor');
      const result = await lms.launch({
        user,
        resourceLinkId: `spoiled-${reason}`,
        custom: { openhuddle_cohort_id: cohortId },
        ...spoil,
      });
      expect([400, 403]).toContain(result.status);
      expect(result.body).toContain(`data-reason="${reason}"`);
      expect(result.session).toBeNull();
      expect(await counts()).toEqual(before);
    });

    it('an unknown deployment at login initiation is refused before any redirect', async () => {
      const result = await lms.launch({ user: lms.user('Dora', 'learner'), deploymentId: 'not-registered' });
      expect(result.status).toBe(403);
      expect(result.body).toContain('data-reason="unknown-deployment"');
    });

    it('a replayed launch (same state, or same id_token with a fresh state) is refused', async () => {
      const user = lms.user('Rita', 'learner');
      const first = await lms.launch({ user, resourceLinkId: 'placed-cohort' });
      expect(first.status).toBe(302);
      const before = await counts();
      const replay = await lms.postLaunch(first.form);
      expect(replay.status).toBe(400);
      expect(replay.body).toContain('data-reason="expired"');
      // The captured id_token carried into a new login's state: its nonce is not that login's.
      const fresh = await lms.launch(
        { user, resourceLinkId: 'placed-cohort' },
        {
          beforePost: (form) => (form.id_token = first.form.id_token!),
        },
      );
      expect(fresh.status).toBe(400);
      expect(fresh.body).toContain('data-reason="invalid-token"');
      expect(replay.session).toBeNull();
      expect(fresh.session).toBeNull();
      expect(await counts()).toEqual(before);
    });

    it("a platform of organisation B never launches into organisation A's cohort, nor signs in A's people", async () => {
      const before = await counts();
      const intruder = otherLms.user('Ian', 'instructor');
      const into = await otherLms.launch({
        user: intruder,
        resourceLinkId: 'steal',
        custom: { openhuddle_cohort_id: cohortId },
      });
      expect(into.status).toBe(403);
      expect(into.body).toContain('data-reason="not-placed"');
      // Riverside's owner's email asserted by Lakeside's LMS: not a Lakeside member, never signed in.
      const asOwner = await otherLms.launch({
        user: { ...otherLms.user('Olivia', 'instructor'), email: riverside.ownerUser.email },
        resourceLinkId: 'lakeside-link',
        custom: { openhuddle_cohort_id: lakesideCohortId },
      });
      expect(asOwner.status).toBe(403);
      expect(asOwner.body).toContain('data-reason="not-in-organization"');
      expect(asOwner.session).toBeNull();
      expect(await counts()).toEqual(before);
    });

    it('a launch of a link nobody placed says so', async () => {
      const result = await lms.launch({ user: lms.user('Nell', 'learner'), resourceLinkId: 'never-placed' });
      expect(result.status).toBe(403);
      expect(result.body).toContain('data-reason="not-placed"');
    });
  });

  describe('deep linking', () => {
    it('a teacher places a cohort: the platform verifies the signed response with the tool JWKS, and the link opens the cohort', async () => {
      const teacher = lms.user('Tess', 'instructor');
      const request = await lms.launch({ user: teacher, messageType: 'LtiDeepLinkingRequest' });
      expect(request.status).toBe(200);
      expect(request.body).toContain(`value="cohort:${cohortId}"`);
      const session = /name="session" value="([^"]+)"/.exec(request.body)![1]!;
      const picked = await fetch(`${t.baseUrl}/lti/deep-link`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ session, choice: `cohort:${cohortId}` }).toString(),
      });
      const html = await picked.text();
      expect(picked.status).toBe(200);
      const action = /<form id="return" method="post" action="([^"]+)"/.exec(html)![1]!;
      expect(action).toBe(`${lms.issuer}/deep-link-return`);
      const jwt = /name="JWT" value="([^"]+)"/.exec(html)![1]!;
      const returned = await fetch(action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ JWT: jwt }).toString(),
      });
      expect(returned.status).toBe(200);
      const response = lms.deepLinkResponses.at(-1)!;
      expect(response).toMatchObject({
        iss: lms.clientId,
        aud: lms.issuer,
        'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiDeepLinkingResponse',
        'https://purl.imsglobal.org/spec/lti/claim/version': '1.3.0',
        'https://purl.imsglobal.org/spec/lti/claim/deployment_id': lms.deploymentId,
        'https://purl.imsglobal.org/spec/lti-dl/claim/data': 'platform-opaque-data',
        'https://purl.imsglobal.org/spec/lti-dl/claim/content_items': [
          {
            type: 'ltiResourceLink',
            title: 'Biology PLC',
            url: `${PUBLIC_URL}/lti/launch`,
            custom: { openhuddle_cohort_id: cohortId },
          },
        ],
      });
      // The platform creates the resource link with the item's custom parameters; a learner launches it.
      const item = (
        response['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as { custom: Record<string, string> }[]
      )[0]!;
      const learner = lms.user('Leo', 'learner');
      const launch = await lms.launch({ user: learner, resourceLinkId: 'deep-linked', custom: item.custom });
      expect(launch.location).toBe(`/o/${riverside.organization.id}/cohorts/${cohortId}`);
      expect(await seat(learner.email)).toBe('MEMBER');
    });

    it('learners cannot place content, and a forged picker session is refused', async () => {
      const request = await lms.launch({ user: lms.user('Lou', 'learner'), messageType: 'LtiDeepLinkingRequest' });
      expect(request.status).toBe(403);
      expect(request.body).toContain('data-reason="not-instructor"');
      const forged = await fetch(`${t.baseUrl}/lti/deep-link`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ session: 'eyJhbGciOiJub25lIn0.e30.', choice: `cohort:${cohortId}` }).toString(),
      });
      expect(forged.status).toBe(400);
    });
  });

  describe('Names and Role Provisioning', () => {
    it('an instructor launch syncs the course roster into the cohort; "Sync roster" removes those gone', async () => {
      const rosterCohort = (
        await riverside.owner.ok(CREATE_COHORT, {
          input: { organizationId: riverside.organization.id, name: 'Roster PLC' },
        })
      ).createCohort.id as string;
      const teacher = lms.user('Tom', 'instructor');
      const students = ['Ana', 'Ben', 'Cy'].map((n) => lms.user(n, 'learner'));
      lms.setRoster('course-roster', [teacher, ...students]);
      const launch = await lms.launch({
        user: teacher,
        contextId: 'course-roster',
        resourceLinkId: 'roster-link',
        custom: { openhuddle_cohort_id: rosterCohort },
      });
      expect(launch.status).toBe(302);
      expect(lms.tokenRequests.length).toBeGreaterThan(0);
      for (const s of students) expect(await seat(s.email, rosterCohort)).toBe('MEMBER');
      expect(await seat(teacher.email, rosterCohort)).toBe('FACILITATOR');
      // The cohort page's "Course roster" panel: which course, and when the launch synced it.
      const course = (await riverside.owner.ok(COURSE, { cohortId: rosterCohort })).cohortLtiCourse;
      expect(course).toMatchObject({ contextId: 'course-roster', rosterAvailable: true });
      expect(typeof course.platformName).toBe('string');
      const launchSyncedAt = Date.parse(course.rosterSyncedAt);
      expect(Date.now() - launchSyncedAt).toBeLessThan(60_000);

      lms.setRoster('course-roster', [teacher, students[0]!, students[2]!]);
      const facilitator = clientWith(launch.session);
      const { syncLtiRoster } = await facilitator.ok(SYNC, { input: { cohortId: rosterCohort } });
      expect(syncLtiRoster).toMatchObject({ listed: 3, added: 0, removed: 1, skipped: 0 });
      const after = (await facilitator.ok(COURSE, { cohortId: rosterCohort })).cohortLtiCourse;
      expect(after.rosterSyncedAt).toBe(syncLtiRoster.syncedAt);
      expect(Date.parse(after.rosterSyncedAt)).toBeGreaterThan(launchSyncedAt);
      expect(await seat(students[1]!.email, rosterCohort)).toBeNull();
      expect(await seat(students[0]!.email, rosterCohort)).toBe('MEMBER');
      const [entry] = await t.dataSource.query(
        `SELECT r.gone_at FROM lti_roster_entry r JOIN "user" u ON u.id = r.user_id WHERE u.email = $1`,
        [students[1]!.email],
      );
      expect(entry.gone_at).not.toBeNull();

      // Learners may not sync; another organisation learns nothing.
      const learner = await lms.launch({ user: students[0]!, resourceLinkId: 'roster-link' });
      expect(
        (await clientWith(learner.session).fail(SYNC, { input: { cohortId: rosterCohort } })).extensions?.code,
      ).toBe('FORBIDDEN');
      expect((await lakeside.owner.fail(SYNC, { input: { cohortId: rosterCohort } })).extensions?.code).toBe(
        'NOT_FOUND',
      );
      expect((await clientWith(learner.session).fail(COURSE, { cohortId: rosterCohort })).extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await lakeside.owner.fail(COURSE, { cohortId: rosterCohort })).extensions?.code).toBe('NOT_FOUND');
      // A cohort no course places: no panel.
      const unplaced = (
        await riverside.owner.ok(CREATE_COHORT, {
          input: { organizationId: riverside.organization.id, name: 'Unplaced' },
        })
      ).createCohort.id as string;
      expect((await riverside.owner.ok(COURSE, { cohortId: unplaced })).cohortLtiCourse).toBeNull();
    });
  });
});
