import { createCohortWorld, openPrompt, post } from '../../../test/learning-factories';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { ActorFactory } from '../../common/auth/actor.factory';
import { NotificationService } from './notification.service';
import { comment, giveFeedback, inbox } from './notification-test-helpers';

const MENTIONS = ['MENTION'];

/** PRODUCT.md rules 1–5 at read time (issue 9, defect 15): a notification goes when its subject does. */
describe('which notifications a person still sees', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('never names an anonymous author to peers, only to the cohort’s facilitators', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, peer] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { anonymity: 'TO_PEERS' });
    const id = await post(author.client, promptId, 'Anonymous idea');
    const feedbackId = await giveFeedback(peer.client, id);
    await comment(author.client, {
      contributionId: id,
      feedbackId,
      body: 'Thanks, which class?',
      mentionedUserIds: [world.facilitator.id],
    });
    const asPeer = await inbox(peer.client, world.organization.id);
    expect(asPeer.items.filter((n) => n.kind === 'REPLY').map((n) => n.text)).toEqual([
      'Someone replied to your feedback: “Thanks, which class?”',
    ]);
    expect(JSON.stringify(asPeer)).not.toContain(author.id);
    const authorName = (await author.client.ok(`query { me { displayName } }`)).me.displayName as string;
    expect(JSON.stringify(asPeer)).not.toContain(authorName);
    const asFacilitator = await inbox(world.facilitator.client, world.organization.id, MENTIONS);
    expect(asFacilitator.items.map((n) => n.text)).toEqual([`${authorName} mentioned you: “Thanks, which class?”`]);
    // The author is told about the feedback, not about their own comment.
    expect(
      (await inbox(author.client, world.organization.id, ['FEEDBACK_RECEIVED', 'REPLY'])).items.map((n) => n.kind),
    ).toEqual(['FEEDBACK_RECEIVED']);
  });

  it('under POST_FIRST, shows a mention of a peer’s comment only once the reader has posted', async () => {
    const world = await createCohortWorld(t, 2);
    const [poster, waiting] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId, { revealRule: 'POST_FIRST' });
    const id = await post(poster.client, promptId, 'Cold calling with think time');
    await comment(poster.client, { contributionId: id, body: 'What do you think?', mentionedUserIds: [waiting.id] });

    const before = await inbox(waiting.client, world.organization.id, MENTIONS);
    expect(before.items).toEqual([]);
    const badge = async () =>
      (
        await waiting.client.ok(
          `query ($org: ID!) { notifications(organizationId: $org, unreadOnly: true) { unreadCount items { kind } } }`,
          {
            org: world.organization.id,
          },
        )
      ).notifications;
    // The bell does not count it either.
    expect(await badge()).toMatchObject({ items: [], unreadCount: 0 });

    await post(waiting.client, promptId, 'Mine too');
    const after = await inbox(waiting.client, world.organization.id, MENTIONS);
    expect(after.items.map((n) => n.text)).toEqual([expect.stringContaining('mentioned you: “What do you think?”')]);
    expect(after.unreadCount).toBe(1);
  });

  it('drops every notification about a deleted contribution, for everyone', async () => {
    const world = await createCohortWorld(t, 3);
    const [author, reader, mentioned] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(author.client, promptId, 'To be deleted');
    await giveFeedback(reader.client, id);
    await comment(reader.client, { contributionId: id, body: 'Look at this', mentionedUserIds: [mentioned.id] });
    expect((await inbox(author.client, world.organization.id, ['FEEDBACK_RECEIVED', 'REPLY'])).items).toHaveLength(2);
    expect((await inbox(mentioned.client, world.organization.id, MENTIONS)).items).toHaveLength(1);
    const unreadBefore = (await inbox(mentioned.client, world.organization.id)).unreadCount;

    await author.client.ok(`mutation ($id: ID!) { deleteContribution(id: $id) }`, { id });
    expect((await inbox(author.client, world.organization.id, ['FEEDBACK_RECEIVED', 'REPLY'])).items).toEqual([]);
    const gone = await inbox(mentioned.client, world.organization.id);
    expect(gone.items.filter((n) => n.kind === 'MENTION')).toEqual([]);
    expect(gone.unreadCount).toBe(unreadBefore - 1);
  });

  it('drops the mention of a deleted comment, and keeps the others', async () => {
    const world = await createCohortWorld(t, 2);
    const [author, mentioned] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(author.client, promptId);
    const kept = await comment(author.client, { contributionId: id, body: 'Kept', mentionedUserIds: [mentioned.id] });
    const removed = await comment(author.client, {
      contributionId: id,
      body: 'Removed',
      mentionedUserIds: [mentioned.id],
    });
    expect((await inbox(mentioned.client, world.organization.id, MENTIONS)).items).toHaveLength(2);
    // Comments are soft-deleted (by their author or a moderator); the tombstone stays.
    await t.dataSource.query(`UPDATE comment SET deleted_at = now() WHERE id = $1`, [removed]);
    const { items } = await inbox(mentioned.client, world.organization.id, MENTIONS);
    expect(items.map((n) => n.text)).toEqual([expect.stringContaining('“Kept”')]);
    expect(kept).not.toBe(removed);
  });

  it('shows nothing of an organization to a member removed from it, nor of a cohort they left', async () => {
    const world = await createCohortWorld(t, 2);
    const [leaver, author] = world.members;
    const promptId = await openPrompt(world.facilitator.client, world.cohortId);
    const id = await post(author.client, promptId);
    await comment(author.client, { contributionId: id, body: 'Hi', mentionedUserIds: [leaver.id, world.observer.id] });
    const service = t.app.get(NotificationService);
    const actors = t.app.get(ActorFactory);
    const listFor = async (userId: string) => service.list(await actors.forUser(userId), world.organization.id);
    expect((await listFor(leaver.id)).items.map((n) => n.kind)).toEqual(['MENTION']);
    expect((await listFor(world.observer.id)).items.map((n) => n.kind)).toEqual(['MENTION']);

    // Out of the cohort (still in the organization): its notifications go.
    await t.dataSource.query(`DELETE FROM cohort_member WHERE cohort_id = $1 AND user_id = $2`, [
      world.cohortId,
      world.observer.id,
    ]);
    expect(await listFor(world.observer.id)).toMatchObject({ items: [], unreadCount: 0 });

    const { organization } = await world.facilitator.client.ok(
      `query ($id: ID!) { organization(id: $id) { members { id user { id } } } }`,
      { id: world.organization.id },
    );
    const membership = organization.members.find((m: { user: { id: string } }) => m.user.id === leaver.id);
    await world.facilitator.client.ok(`mutation ($input: MembershipRefInput!) { removeMember(input: $input) }`, {
      input: { organizationId: world.organization.id, membershipId: membership.id },
    });
    expect(await listFor(leaver.id)).toMatchObject({ items: [], unreadCount: 0 });
    const refused = await leaver.client.fail(
      `query ($org: ID!) { notifications(organizationId: $org) { unreadCount } }`,
      {
        org: world.organization.id,
      },
    );
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(refused.extensions?.code);
  });
});
