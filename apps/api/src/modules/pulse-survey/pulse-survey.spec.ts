import { Clock, type TestClock } from '../../common/clock/clock';
import { createTenant } from '../../../test/factories';
import { scheduleHuddle } from '../../../test/huddle-factories';
import { createCohortWorld } from '../../../test/learning-factories';
import {
  ANSWER_PULSE,
  answerPulse,
  BRIEF_PULSE,
  CREATE_PULSE,
  OPEN_ROUND,
  PULSE_QUESTIONS,
  PULSES,
  RESULTS,
  sendPulse,
  STOP_PULSE,
  TO_ANSWER,
} from '../../../test/pulse-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { INBOX } from '../notification/notification-test-helpers';
import { PulseRoundSweep } from './pulse-round.sweep';

const DAY = 86_400_000;
const MARKDOWN = `query ($id: ID!) { briefMarkdown(huddleId: $id) }`;

describe('pulse surveys', () => {
  let t: TestApp;
  let clock: TestClock;
  beforeAll(async () => {
    t = await startTestApp();
    clock = t.app.get(Clock) as TestClock;
  });
  afterEach(() => clock.reset());
  afterAll(() => t.close());

  /** A cohort of five members and a facilitator, with a weekly pulse open and a huddle on the calendar. */
  async function pulseWorld() {
    const world = await createCohortWorld(t, 5);
    const { surveyId, roundId } = await sendPulse(world.facilitator.client, world.cohortId);
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, []);
    return { ...world, org: world.organization.id, surveyId, roundId, huddleId: huddle!.id };
  }

  const answersOf = async (roundId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM pulse_answer WHERE round_id = $1`, [roundId]))[0].n;

  it('requires authentication and hides one organisation’s pulse from another', async () => {
    const w = await pulseWorld();
    expect((await t.client().fail(RESULTS, { id: w.surveyId })).extensions?.code).toBe('UNAUTHENTICATED');
    const other = await createTenant(t, 'Another school');
    expect((await other.owner.fail(RESULTS, { id: w.surveyId })).extensions?.code).toBe('NOT_FOUND');
    expect((await other.owner.fail(PULSES, { cohortId: w.cohortId })).extensions?.code).toBe('NOT_FOUND');
    const write = await other.owner.fail(ANSWER_PULSE, { input: { roundId: w.roundId, scores: [5, 5] } });
    expect(write.extensions?.code).toBe('NOT_FOUND');
    expect((await w.outsider.client.fail(RESULTS, { id: w.surveyId })).extensions?.code).toBe('NOT_FOUND');
    expect(await answersOf(w.roundId)).toBe(0);
  });

  it('shows nothing at 4 answers and the aggregate at 5 — on the results, the brief, its export and the notifications', async () => {
    const w = await pulseWorld();
    const scores = [
      [5, 4],
      [4, 4],
      [3, 2],
      [4, 5],
      [5, 3],
    ];
    for (let i = 0; i < 4; i++) await answerPulse(w.members[i]!.client, w.roundId, scores[i]!, `Comment ${i}`);

    // Four: the count, nothing else — not to the facilitator, not to the organisation's owner.
    const four = (await w.facilitator.client.ok(RESULTS, { id: w.surveyId })).pulseSurveyResults;
    expect(four.rounds).toEqual([
      expect.objectContaining({ respondentCount: 4, minRespondents: 5, shown: false, questions: [], comments: [] }),
    ]);
    expect(four.trend).toEqual([]);
    const briefFour = (await w.members[4]!.client.ok(BRIEF_PULSE, { id: w.huddleId })).brief.latestPulse;
    const exportFour = (await w.facilitator.client.ok(MARKDOWN, { id: w.huddleId })).briefMarkdown as string;
    expect(exportFour).toContain('Results appear when 5 people have answered (4 so far).');
    expect(exportFour).not.toMatch(/Comment \d|mean/);
    expect(briefFour.latest).toMatchObject({ respondentCount: 4, shown: false, questions: [], comments: [] });
    const inbox = (await w.members[4]!.client.ok(INBOX, { org: w.org })).notifications.items as any[];
    const pulseNotes = inbox.filter((n) => n.kind === 'PULSE_OPENED');
    expect(pulseNotes).toHaveLength(1);
    expect(pulseNotes[0].text).not.toMatch(/\d/);
    expect(pulseNotes[0].text).not.toMatch(/Comment/);

    // Five: distribution, mean and the comments without names.
    await answerPulse(w.members[4]!.client, w.roundId, scores[4]!, 'Comment 4');
    const five = (await w.members[0]!.client.ok(RESULTS, { id: w.surveyId })).pulseSurveyResults;
    const round = five.rounds[0];
    expect(round).toMatchObject({ respondentCount: 5, shown: true });
    expect(round.questions).toEqual([
      { index: 0, text: PULSE_QUESTIONS[0], distribution: [0, 0, 1, 2, 2], mean: 4.2 },
      { index: 1, text: PULSE_QUESTIONS[1], distribution: [0, 1, 1, 2, 1], mean: 3.6 },
    ]);
    expect([...round.comments].sort()).toEqual(['Comment 0', 'Comment 1', 'Comment 2', 'Comment 3', 'Comment 4']);
    expect(five.trend).toEqual([{ roundNumber: 1, means: [4.2, 3.6] }]);
    const briefFive = (await w.facilitator.client.ok(BRIEF_PULSE, { id: w.huddleId })).brief.latestPulse;
    expect(briefFive.latest).toMatchObject({ respondentCount: 5, shown: true });
    expect(briefFive.latest.questions[0].mean).toBe(4.2);
    const exportFive = (await w.facilitator.client.ok(MARKDOWN, { id: w.huddleId })).briefMarkdown as string;
    expect(exportFive).toContain(`${PULSE_QUESTIONS[0]} — mean 4.2 / 5 (0 · 0 · 1 · 2 · 2)`);
    expect(exportFive).toContain('- Comment 4');
    // Nothing in the API names who answered: the result's JSON holds no member's id.
    const json = JSON.stringify(five) + JSON.stringify(briefFive);
    for (const m of w.members) expect(json).not.toContain(m.id);
  });

  it('stores answers in a table with no column that points at a person or at the response', async () => {
    const columns = (await t.dataSource.query(
      `SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = 'pulse_answer' ORDER BY column_name`,
    )) as { column_name: string; data_type: string }[];
    expect(columns.map((c) => c.column_name)).toEqual([
      'comment',
      'id',
      'organization_id',
      'question_index',
      'round_id',
      'score',
    ]);
    // No timestamp finer than the round.
    expect(columns.filter((c) => /time|date/.test(c.data_type))).toEqual([]);
    const references = (await t.dataSource.query(
      `SELECT kcu.column_name, ccu.table_name AS referenced
         FROM information_schema.table_constraints tc
         JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
        WHERE tc.table_name = 'pulse_answer' AND tc.constraint_type = 'FOREIGN KEY' ORDER BY kcu.column_name`,
    )) as { column_name: string; referenced: string }[];
    expect(references).toEqual([
      { column_name: 'organization_id', referenced: 'organization' },
      { column_name: 'round_id', referenced: 'pulse_round' },
    ]);
    // The id is the database's random uuid, not a sequence.
    const [{ column_default }] = await t.dataSource.query(
      `SELECT column_default FROM information_schema.columns WHERE table_name = 'pulse_answer' AND column_name = 'id'`,
    );
    expect(column_default).toBe('gen_random_uuid()');
  });

  it('leaves no order or transaction id that lines an answer up with its person', async () => {
    const w = await pulseWorld();
    for (let i = 0; i < 3; i++) await answerPulse(w.members[i]!.client, w.roundId, [i + 1, i + 1]);
    // Every answer of the round was rewritten by the latest answer's statement: one xmin for all,
    // so the first two people's pulse_response rows share no transaction id with any answer.
    const rows = (await t.dataSource.query(`SELECT xmin::text AS x FROM pulse_answer WHERE round_id = $1`, [
      w.roundId,
    ])) as { x: string }[];
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((r) => r.x)).size).toBe(1);
    const responses = (await t.dataSource.query(`SELECT xmin::text AS x FROM pulse_response WHERE round_id = $1`, [
      w.roundId,
    ])) as { x: string }[];
    const shared = responses.filter((r) => r.x === rows[0]!.x);
    expect(shared).toHaveLength(1);
  });

  it('refuses a second answer with a typed error and changes nothing', async () => {
    const w = await pulseWorld();
    const survey = await answerPulse(w.members[0]!.client, w.roundId, [4, 4]);
    expect(survey.openRound).toMatchObject({ respondentCount: 1, viewerHasAnswered: true });
    expect(survey.viewerCan.answer).toBe(false);
    const again = await w.members[0]!.client.fail(ANSWER_PULSE, { input: { roundId: w.roundId, scores: [1, 1] } });
    expect(again.extensions?.code).toBe('CONFLICT');
    expect(again.message).toMatch(/already answered/);
    expect(await answersOf(w.roundId)).toBe(2);
  });

  it('gives typed errors for bad input and lets observers read but not answer', async () => {
    const w = await pulseWorld();
    const member = w.members[0]!.client;
    const tooFew = await member.fail(ANSWER_PULSE, { input: { roundId: w.roundId, scores: [4] } });
    expect(tooFew.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { scores: expect.any(String) } });
    const outOfRange = await member.fail(ANSWER_PULSE, { input: { roundId: w.roundId, scores: [0, 6] } });
    expect(outOfRange.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { scores: expect.any(String) } });
    const long = await member.fail(ANSWER_PULSE, {
      input: { roundId: w.roundId, scores: [3, 3], comment: 'x'.repeat(1001) },
    });
    expect(long.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { comment: expect.any(String) } });
    const unknown = await member.fail(ANSWER_PULSE, { input: { roundId: 'not-an-id', scores: [3, 3] } });
    expect(unknown.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await answersOf(w.roundId)).toBe(0);
    expect(
      (await w.observer.client.fail(ANSWER_PULSE, { input: { roundId: w.roundId, scores: [3, 3] } })).extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await w.observer.client.ok(RESULTS, { id: w.surveyId })).pulseSurveyResults.survey.viewerCan).toEqual({
      answer: false,
      manage: false,
    });

    const create = (input: Record<string, unknown>) =>
      w.facilitator.client.fail(CREATE_PULSE, {
        input: { cohortId: w.cohortId, title: 'Pulse', questions: PULSE_QUESTIONS, ...input },
      });
    expect((await create({ questions: [] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { questions: expect.any(String) },
    });
    expect((await create({ questions: ['   '] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { questions: expect.any(String) },
    });
    expect((await create({ questions: Array(7).fill('Q?') })).extensions?.code).toBe('BAD_USER_INPUT');
    expect((await create({ title: '' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { title: expect.any(String) },
    });
    expect((await create({ windowDays: 0 })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { windowDays: expect.any(String) },
    });
    const byMember = await member.fail(CREATE_PULSE, {
      input: { cohortId: w.cohortId, title: 'Mine', questions: ['Q?'] },
    });
    expect(byMember.extensions?.code).toBe('FORBIDDEN');
    expect((await w.facilitator.client.ok(PULSES, { cohortId: w.cohortId })).pulseSurveys).toHaveLength(1);
  });

  it('asks members from the home page until they answer, and opens weekly rounds on schedule', async () => {
    const w = await pulseWorld();
    const member = w.members[0]!.client;
    const before = (await member.ok(TO_ANSWER, { org: w.org })).pulsesToAnswer;
    expect(before).toEqual([expect.objectContaining({ surveyId: w.surveyId, cohortName: 'Grade 7 Math PLC' })]);
    await answerPulse(member, w.roundId, [3, 3]);
    expect((await member.ok(TO_ANSWER, { org: w.org })).pulsesToAnswer).toEqual([]);
    expect((await w.observer.client.ok(TO_ANSWER, { org: w.org })).pulsesToAnswer).toEqual([]);

    // Not due after six days; due after seven: round 2 opens and members are asked again.
    // (Other tests' surveys share the database: count this survey's rounds.)
    const rounds = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM pulse_round WHERE survey_id = $1`, [w.surveyId]))[0].n;
    clock.advance(6 * DAY);
    await t.app.get(PulseRoundSweep).sweep();
    expect(await rounds()).toBe(1);
    clock.advance(1 * DAY + 60_000);
    await t.app.get(PulseRoundSweep).sweep();
    await t.app.get(PulseRoundSweep).sweep();
    expect(await rounds()).toBe(2);
    const round2 = (await member.ok(TO_ANSWER, { org: w.org })).pulsesToAnswer;
    expect(round2).toEqual([expect.objectContaining({ round: expect.objectContaining({ number: 2 }) })]);
    const inbox = (await member.ok(INBOX, { org: w.org })).notifications.items as any[];
    expect(inbox.filter((n) => n.kind === 'PULSE_OPENED')).toHaveLength(2);

    // A facilitator sends it again by hand, then stops it: nothing stays open.
    const again = (await w.facilitator.client.ok(OPEN_ROUND, { id: w.surveyId })).openPulseRound;
    expect(again.openRound.number).toBe(3);
    const stopped = (await w.facilitator.client.ok(STOP_PULSE, { id: w.surveyId })).stopPulseSurvey;
    expect(stopped.openRound).toBeNull();
    expect((await member.ok(TO_ANSWER, { org: w.org })).pulsesToAnswer).toEqual([]);
    const late = await member.fail(ANSWER_PULSE, { input: { roundId: again.openRound.id, scores: [3, 3] } });
    expect(late.extensions?.code).toBe('CONFLICT');
  });

  it('costs the same statements for results over 1 and 3 rounds', async () => {
    const measure = async (rounds: number) => {
      const w = await pulseWorld();
      let roundId = w.roundId;
      for (let r = 0; r < rounds; r++) {
        if (r > 0)
          roundId = (await w.facilitator.client.ok(OPEN_ROUND, { id: w.surveyId })).openPulseRound.openRound.id;
        for (const m of w.members) await answerPulse(m.client, roundId, [4, 3], 'ok');
      }
      const res = await w.facilitator.client.request(RESULTS, { id: w.surveyId });
      expect(res.errors).toBeUndefined();
      expect((res.data as any).pulseSurveyResults.trend).toHaveLength(rounds);
      return res.extensions!.sqlStatements!;
    };
    const one = await measure(1);
    const three = await measure(3);
    expect(three).toBe(one);
    expect(one).toBeLessThanOrEqual(10);
    console.info(`pulse results: ${one} statements at 1 and 3 rounds`);
  }, 120_000);
});
