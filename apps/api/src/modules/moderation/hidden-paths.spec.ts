import { DomainEvents } from '../../common/events/domain-events';
import type { GqlClient } from '../../../test/gql-client';
import { scheduleHuddle } from '../../../test/huddle-factories';
import {
  createCohortWorld,
  GIVE_FEEDBACK,
  openPrompt,
  post,
  PUBLISH_CONTRIBUTION,
  SAVE_DRAFT,
} from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { subscribe, wsClientFor } from '../../../test/ws-client';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const HIDE = `mutation ($input: HideContentInput!) { hideContent(input: $input) { subjectId tombstone } }`;
const BRIEF = `query ($id: ID!) { brief(huddleId: $id) { prompts { contributionCount contributions { id } } } }`;
const ACTIVITY = `subscription ($cohortId: ID!) { cohortActivity(cohortId: $cohortId) { kind contribution { id } } }`;
const COMMENT = `mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const THREAD = `query ($id: ID!) { contribution(id: $id) {
  feedback { id viewerCan { report hide } } comments { id viewerCan { report hide } } } }`;
const HIDDEN = `query ($id: ID!) { prompt(id: $id) { hiddenContent { subjectType subjectId tombstone canRestore } } }`;
const SEARCH = `query ($org: ID!, $q: String!) { search(organizationId: $org, query: $q) { kind } }`;

async function upload(client: GqlClient, organizationId: string) {
  const form = new FormData();
  form.append('organizationId', organizationId);
  form.append('file', new Blob([new Uint8Array(PNG)]), 'photo.png');
  const res = await fetch(`${client.baseUrl}/api/attachments`, {
    method: 'POST',
    body: form,
    headers: client.cookie ? { cookie: client.cookie } : {},
  });
  return (await res.json()) as { id: string; url: string };
}

const download = (client: GqlClient, url: string) =>
  fetch(`${client.baseUrl}${url}`, { headers: client.cookie ? { cookie: client.cookie } : {} }).then((r) => r.status);

/** PRODUCT rule 5 on the paths moderation.spec.ts does not walk: brief, downloads, events, feedback, comments. */
describe('hidden content on every path', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: `/tmp/openhuddle-test-uploads-${process.pid}` });
  });
  afterAll(() => t.close());

  it('a hidden contribution leaves the brief, its attachment downloads and real-time events', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const file = await upload(author!.client, world.organization.id);
    const { saveDraft } = await author!.client.ok(SAVE_DRAFT, {
      input: { promptId, kind: 'EVIDENCE', body: 'See the photo', attachmentIds: [file.id] },
    });
    await author!.client.ok(PUBLISH_CONTRIBUTION, { id: saveDraft.id });
    const [huddle] = await scheduleHuddle(world.facilitator.client, world.cohortId, [promptId]);
    expect((await peer!.client.ok(BRIEF, { id: huddle.id })).brief.prompts[0].contributionCount).toBe(1);
    expect(await download(peer!.client, file.url)).toBe(200);

    const ws = wsClientFor(peer!.client);
    const events = subscribe<{ cohortActivity: { contribution: { id: string } } }>(ws, ACTIVITY, {
      cohortId: world.cohortId,
    });
    await new Promise((r) => setTimeout(r, 300)); // registered
    await world.facilitator.client.ok(HIDE, {
      input: { subjectType: 'CONTRIBUTION', subjectId: saveDraft.id, reason: 'A student’s face' },
    });

    for (const viewer of [peer!, author!, world.facilitator]) {
      expect((await viewer.client.ok(BRIEF, { id: huddle.id })).brief.prompts[0]).toEqual({
        contributionCount: 0,
        contributions: [],
      });
      expect(await download(viewer.client, file.url)).toBe(404);
    }
    // An event about it still in flight is not delivered; the next one (a sentinel) is.
    await t.app.get(DomainEvents).emit({
      type: 'CohortActivityHappened',
      kind: 'CONTRIBUTION_EDITED',
      cohortId: world.cohortId,
      promptId,
      contributionId: saveDraft.id,
      subjectId: null,
    });
    const sentinel = await post(peer!.client, promptId, 'Sentinel');
    await events.waitFor(1);
    expect(events.events.map((e) => e.cohortActivity.contribution.id)).toEqual([sentinel]);
    await ws.dispose();
  });

  it('hidden feedback and comments leave the thread and search; their authors see the tombstone, facilitators Restore', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(author!.client, promptId);
    const { giveFeedback } = await peer!.client.ok(GIVE_FEEDBACK, {
      input: {
        contributionId: id,
        answers: [
          { sectionKey: 'glow', text: 'Quokkadoodle praise' },
          { sectionKey: 'grow', text: 'More' },
        ],
      },
    });
    const { addComment } = await peer!.client.ok(COMMENT, {
      input: { contributionId: id, body: 'Quokkadoodle aside' },
    });

    // viewerCan on feedback and comments: the author may report the peer’s, nobody their own; facilitators hide.
    const asAuthor = (await author!.client.ok(THREAD, { id })).contribution;
    expect(asAuthor.feedback[0].viewerCan).toEqual({ report: true, hide: false });
    expect(asAuthor.comments[0].viewerCan).toEqual({ report: true, hide: false });
    const asPeer = (await peer!.client.ok(THREAD, { id })).contribution;
    expect(asPeer.feedback[0].viewerCan).toEqual({ report: false, hide: false });
    expect(asPeer.comments[0].viewerCan).toEqual({ report: false, hide: false });
    const asFacilitator = (await world.facilitator.client.ok(THREAD, { id })).contribution;
    expect(asFacilitator.feedback[0].viewerCan.hide).toBe(true);

    await world.facilitator.client.ok(HIDE, {
      input: { subjectType: 'FEEDBACK', subjectId: giveFeedback.id, reason: 'Unkind' },
    });
    await world.facilitator.client.ok(HIDE, {
      input: { subjectType: 'COMMENT', subjectId: addComment.id, reason: 'Off topic' },
    });

    for (const viewer of [author!, peer!, world.facilitator]) {
      expect((await viewer.client.ok(THREAD, { id })).contribution).toEqual({ feedback: [], comments: [] });
      expect((await viewer.client.ok(SEARCH, { org: world.organization.id, q: 'Quokkadoodle' })).search).toEqual([]);
    }
    const tombstones = (await peer!.client.ok(HIDDEN, { id: promptId })).prompt.hiddenContent;
    expect(tombstones).toEqual(
      expect.arrayContaining([
        {
          subjectType: 'FEEDBACK',
          subjectId: giveFeedback.id,
          tombstone: 'Hidden by a facilitator: Unkind',
          canRestore: false,
        },
        {
          subjectType: 'COMMENT',
          subjectId: addComment.id,
          tombstone: 'Hidden by a facilitator: Off topic',
          canRestore: false,
        },
      ]),
    );
    expect((await author!.client.ok(HIDDEN, { id: promptId })).prompt.hiddenContent).toEqual([]);
    const forFacilitator = (await world.facilitator.client.ok(HIDDEN, { id: promptId })).prompt.hiddenContent;
    expect(forFacilitator.map((h: { canRestore: boolean }) => h.canRestore)).toEqual([true, true]);
  });
});
