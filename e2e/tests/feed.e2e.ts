import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { expectAccessible, gqlAs, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator of the demo cohort
const LUIS = 'luis.hernandez@riverside.example'; // member
const SARAH = 'sarah.kim@riverside.example'; // member
const GLOW_GROW = '00000000-0000-4000-a000-000000000001';
const run = Date.now().toString(36);

describe('a member follows what is new in their cohort', () => {
  let product: RunningProduct;
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
    product = await startProduct();
  });

  after(async () => {
    await browser?.close();
    await product?.stop();
  });

  it('the cohort page shows the feed, a peer’s new post arrives while it is open, and Show more keeps focus', async () => {
    const luis = await signInAs(browser, product.url, LUIS);
    await luis.getByRole('link', { name: 'Grade 7 Math PLC' }).first().click();
    const feed = luis.getByRole('region', { name: 'What’s new' });
    await feed.getByRole('list', { name: 'What’s new, newest first' }).waitFor();
    const cohortId = new URL(luis.url()).pathname.split('/').at(-1)!;
    await expectAccessible(luis, 'cohort feed');

    // The facilitator opens a prompt; a peer posts to it while Luis has the page open.
    const maya = await signInAs(browser, product.url, MAYA);
    const title = `Share a warm-up that worked ${run}`;
    const { createPrompt } = await gqlAs(
      maya,
      `mutation ($input: CreatePromptInput!) { createPrompt(input: $input) { id } }`,
      {
        input: {
          cohortId,
          title,
          instructions: 'One warm-up, and what students did.',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          acceptedKinds: ['IDEA', 'EVIDENCE'],
          revealRule: 'OPEN',
          anonymity: 'NONE',
          protocolId: GLOW_GROW,
          reviewMode: 'EVERYONE_SEES_ALL',
        },
      },
    );
    await gqlAs(maya, `mutation ($id: ID!) { publishPrompt(id: $id) { id } }`, { id: createPrompt.id });
    const sarah = await signInAs(browser, product.url, SARAH);
    const { saveDraft } = await gqlAs(sarah, `mutation ($input: SaveDraftInput!) { saveDraft(input: $input) { id } }`, {
      input: { promptId: createPrompt.id, kind: 'IDEA', body: `Estimation jars on Mondays ${run}` },
    });
    await gqlAs(sarah, `mutation ($id: ID!) { publishContribution(id: $id) { id } }`, { id: saveDraft.id });

    const arrived = feed.getByRole('link', { name: `Sarah Kim posted a contribution to “${title}”` });
    await arrived.waitFor();
    const first = feed.getByRole('listitem').first();
    assert.match((await first.textContent()) ?? '', /New/);
    assert.match((await first.textContent()) ?? '', new RegExp(`Estimation jars on Mondays ${run}`));
    await screenshot(luis, 'cohort-feed');

    // Show more (the demo cohort has more than a page): focus lands on the first item added.
    const more = feed.getByRole('button', { name: 'Show more' });
    if (await more.isVisible()) {
      const before = await feed.getByRole('listitem').count();
      await more.focus();
      await luis.keyboard.press('Enter');
      await luis.waitForFunction((n) => document.querySelectorAll('.feed-item').length > n, before);
      await luis.waitForFunction((n) => document.activeElement === document.querySelectorAll('.feed-item')[n], before);
      await expectAccessible(luis, 'cohort feed, second page');
    }

    // Leaving marks the feed seen: back on the page, nothing old is new.
    await luis.getByRole('link', { name: 'My queue' }).first().click();
    await luis.waitForURL(/\/queue/);
    await luis.waitForTimeout(500);
    const { cohortFeed } = await gqlAs(
      luis,
      `query ($cohortId: ID!) { cohortFeed(cohortId: $cohortId) { newCount } }`,
      { cohortId },
    );
    assert.equal(cohortFeed.newCount, 0);
    await Promise.all([luis, maya, sarah].map((p) => p.context().close()));
  });
});
