import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTenant } from '../../../test/factories';
import type { GqlClient } from '../../../test/gql-client';
import { eventually, jobsSettled } from '../../../test/jobs-helpers';
import { CREATE_COHORT, openPrompt, post } from '../../../test/learning-factories';
import { startTestPlatform, type PlatformUser, type TestPlatform } from '../../../test/lti-platform';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { LTI_SCORE_QUEUE, scoresUrl } from './lti-grades.service';

const PUBLIC_URL = 'http://localhost:5173';
const REGISTER = `mutation ($input: RegisterLtiPlatformInput!) { registerLtiPlatform(input: $input) { id } }`;
const COURSE = `query ($cohortId: ID!) { cohortLtiCourse(cohortId: $cohortId) { gradebook scoresSent scoresPending } }`;
const BODY = 'Exit tickets with a hinge question: 18 of 24 students got it.';

describe('AGS completion scores against a simulated platform', () => {
  let t: TestApp;
  let lms: TestPlatform;
  let owner: GqlClient;
  let cohortId: string;
  let promptId: string;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_ENABLED: 'true', JOB_TIMEOUT_SECONDS: '5', JOB_RETRY_SECONDS: '1' });
    lms = await startTestPlatform({ appUrl: t.baseUrl, publicUrl: PUBLIC_URL });
    const riverside = await createTenant(t, 'Riverside High');
    owner = riverside.owner;
    await owner.ok(REGISTER, {
      input: {
        organizationId: riverside.organization.id,
        name: 'Riverside Moodle',
        createMembers: true,
        ...lms.registration,
      },
    });
    cohortId = (
      await owner.ok(CREATE_COHORT, { input: { organizationId: riverside.organization.id, name: 'Biology PLC' } })
    ).createCohort.id;
    promptId = await openPrompt(owner, cohortId);
  });
  afterAll(async () => {
    await lms?.close();
    await t?.close();
  });

  async function launched(user: PlatformUser, lineItem?: string, resourceLinkId = 'placed-prompt'): Promise<GqlClient> {
    const result = await lms.launch({ user, resourceLinkId, custom: { openhuddle_prompt_id: promptId }, lineItem });
    expect(result.status).toBe(302);
    const client = t.client();
    client.cookie = `oh_session=${result.session}`;
    return client;
  }

  const scoresFor = (user: PlatformUser) => lms.scores.filter((s) => s.score.userId === user.sub);

  it('the deep-linked prompt asks the platform for a gradebook column of one point', async () => {
    const teacher = lms.user('Tess', 'instructor');
    const request = await lms.launch({ user: teacher, messageType: 'LtiDeepLinkingRequest' });
    const session = /name="session" value="([^"]+)"/.exec(request.body)![1]!;
    const picked = await fetch(`${t.baseUrl}/lti/deep-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ session, choice: `prompt:${promptId}` }).toString(),
    });
    const jwt = /name="JWT" value="([^"]+)"/.exec(await picked.text())![1]!;
    await fetch(`${lms.issuer}/deep-link-return`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ JWT: jwt }).toString(),
    });
    const [item] = lms.deepLinkResponses.at(-1)!['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as {
      lineItem: Record<string, unknown>;
    }[];
    expect(item!.lineItem).toEqual({
      scoreMaximum: 1,
      label: 'Share one formative assessment that worked',
      resourceId: promptId,
    });
  });

  it('publishing to the placed prompt sends one completion score, and nothing the person wrote', async () => {
    const lena = lms.user('Lena', 'learner');
    const client = await launched(lena, 'column-7');
    await post(client, promptId, BODY);
    const [score] = await eventually(
      async () => scoresFor(lena),
      (s) => s.length > 0,
    );
    expect(score).toMatchObject({
      lineItem: '/lineitems/course-1/column-7/lineitem',
      query: '?type_id=7',
      contentType: 'application/vnd.ims.lis.v1.score+json',
      score: {
        userId: lena.sub,
        scoreGiven: 1,
        scoreMaximum: 1,
        activityProgress: 'Completed',
        gradingProgress: 'FullyGraded',
      },
    });
    expect(Number.isNaN(Date.parse(String(score!.score.timestamp)))).toBe(false);
    expect(JSON.stringify(lms.scores)).not.toContain('hinge');
    // A second contribution to the same prompt completes nothing new.
    await post(client, promptId, 'A second idea.', 'IDEA');
    await jobsSettled(t.dataSource, LTI_SCORE_QUEUE);
    expect(scoresFor(lena)).toHaveLength(1);
    expect((await owner.ok(COURSE, { cohortId })).cohortLtiCourse).toEqual({
      gradebook: true,
      scoresSent: 1,
      scoresPending: 0,
    });
  });

  it('an LMS that is down gets the score once it is back (the job retries with backoff)', async () => {
    const leo = lms.user('Leo', 'learner');
    const client = await launched(leo, 'column-7');
    lms.failScores(2);
    await post(client, promptId, BODY);
    const scores = await eventually(
      async () => scoresFor(leo),
      (s) => s.length > 0,
      30_000,
    );
    expect(scores).toHaveLength(1);
    const [row] = await t.dataSource.query(
      `SELECT s.attempts, s.sent_at, s.last_error FROM lti_score s JOIN lti_identity i ON i.user_id = s.user_id
        WHERE i.subject = $1`,
      [leo.sub],
    );
    expect(row).toMatchObject({ attempts: 3, last_error: null });
    expect(row.sent_at).not.toBeNull();
  });

  it('a person the course does not know in the graded placement gets no score (they came through another)', async () => {
    const mia = lms.user('Mia', 'learner');
    // The same prompt placed again, where the platform granted no score scope (no gradebook column).
    const client = await launched(mia, undefined, 'placed-without-column');
    await post(client, promptId, BODY);
    await jobsSettled(t.dataSource, LTI_SCORE_QUEUE);
    expect(scoresFor(mia)).toHaveLength(0);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM lti_score s JOIN lti_identity i ON i.user_id = s.user_id WHERE i.subject = $1`,
      [mia.sub],
    );
    expect(n).toBe(0);
  });

  it('the course roster gives everyone it lists a place in the column, so they are scored when they publish', async () => {
    const teacher = lms.user('Tom', 'instructor');
    const nia = lms.user('Nia', 'learner');
    lms.setRoster('course-1', [teacher, nia]);
    // The teacher's launch syncs the roster (Nia never launches from the course).
    await launched(teacher, 'column-7');
    const [row] = await t.dataSource.query(`SELECT u.id FROM "user" u WHERE u.email = $1`, [nia.email]);
    expect(row).toBeDefined();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM lti_score WHERE user_id = $1`, [row.id]);
    expect(n).toBe(1);
  });

  it('the score URL keeps the line item query string after /scores', () => {
    expect(scoresUrl('https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3')).toBe(
      'https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3',
    );
    expect(scoresUrl('https://canvas.example/api/lti/courses/1/line_items/9/')).toBe(
      'https://canvas.example/api/lti/courses/1/line_items/9/scores',
    );
  });
});
