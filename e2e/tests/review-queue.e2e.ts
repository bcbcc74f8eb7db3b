import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const LUIS = 'luis.hernandez@riverside.example'; // member of the Grade 7 Math PLC, owes a review on Jonah's post
const MAYA = 'maya.chen@riverside.example'; // its facilitator
const COHORT = 'Grade 7 Math PLC';
const OPEN_PROMPT = 'Week 3: One formative assessment that worked this week';
const POST_FIRST_PROMPT = 'Week 3: Where do students get stuck on two-step equations?';
const UPCOMING_HUDDLE = 'PLC huddle — formative assessment';

describe('reviews people can find and finish; briefs and agenda suggestions that say true things', () => {
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

  it('a member goes from the queue to the contribution they review, is told which counts, and completes it', async () => {
    const luis = await signInAs(browser, product.url, LUIS);
    await luis.getByRole('link', { name: 'My queue' }).first().click();
    const owed = luis.getByRole('region', { name: 'Reviews you owe' });
    const review = owed.getByRole('link', { name: `Give feedback on Jonah Weiss’s contribution to “${OPEN_PROMPT}”` });
    await review.waitFor();
    await expectAccessible(luis, 'queue with an owed review');
    await screenshot(luis, 'queue-01-owed-review');
    await review.click();

    // The link lands on the assigned contribution, which says so to its reviewer.
    await luis.getByRole('heading', { level: 1, name: OPEN_PROMPT }).waitFor();
    const assigned = luis.locator('article[id^="contribution-"]').filter({ hasText: 'You are reviewing this' });
    await assigned.waitFor();
    assert.match(await assigned.innerText(), /predict\* the answer|predict the answer/);
    assert.equal(new URL(luis.url()).hash.replace('#', ''), await assigned.getAttribute('id'));
    assert.equal(await luis.getByText('You are reviewing this').count(), 1, 'only the assigned card is marked');

    // Feedback on another post is welcome, but the form says it is not the owed review.
    await luis.getByRole('button', { name: 'Give feedback to Aisha Bello' }).click();
    await luis.getByText('This does not count as your assigned review').waitFor();
    await luis.getByRole('button', { name: 'Cancel' }).first().click();

    // On the assigned one, the form says sending completes it.
    await assigned.getByRole('button', { name: /^Give feedback to / }).click();
    await luis.getByText('This is your assigned review: sending it completes it.').waitFor();
    await luis.getByRole('textbox', { name: 'Glow (required)' }).fill('Predicting first shows estimation sense.');
    await luis.getByRole('textbox', { name: 'Grow (required)' }).fill('Try it with one class and compare.');
    await expectAccessible(luis, 'feedback form on the assigned review');
    await screenshot(luis, 'queue-02-assigned-review-form');
    await luis.getByRole('button', { name: 'Send feedback' }).click();
    await luis.getByText('Feedback sent. Thank you!').waitFor();

    // Back in the queue, the review is no longer owed.
    await luis.getByRole('link', { name: 'My queue' }).first().click();
    await luis.getByRole('region', { name: 'Reviews you owe' }).getByText('You are all caught up').waitFor();
    await luis.context().close();
  });

  it('a member who has not posted to a POST_FIRST prompt is told how many peers posted, not "nothing posted"', async () => {
    const luis = await signInAs(browser, product.url, LUIS);
    await luis.getByRole('link', { name: COHORT }).first().click();
    await luis.getByRole('region', { name: 'Huddles' }).getByRole('link', { name: UPCOMING_HUDDLE }).first().click();
    await luis.getByRole('heading', { level: 1, name: UPCOMING_HUDDLE }).waitFor();
    await luis.getByText('3 peers have posted; post yours to see them').first().waitFor();
    assert.equal(await luis.getByText('Nothing posted yet').count(), 0);
    await expectAccessible(luis, 'brief for a member who has not posted to a POST_FIRST prompt');
    await screenshot(luis, 'queue-03-post-first-brief');

    // The prompt page says why peers are hidden, never that nothing was posted.
    await luis.getByRole('link', { name: 'open the prompt' }).click();
    await luis.getByRole('heading', { level: 1, name: POST_FIRST_PROMPT }).waitFor();
    await luis.getByText('Post yours to see how peers answered').waitFor();
    assert.equal(await luis.getByText('No contributions yet').count(), 0);
    await luis.context().close();
  });

  it('a facilitator sees what "Suggest from brief" held back and why, and adds it anyway', async () => {
    const maya = await signInAs(browser, product.url, MAYA);
    await maya.getByRole('link', { name: COHORT }).first().click();
    await maya.getByRole('region', { name: 'Huddles' }).getByRole('link', { name: UPCOMING_HUDDLE }).first().click();
    await maya.getByRole('heading', { level: 1, name: UPCOMING_HUDDLE }).waitFor();
    const agenda = maya.getByRole('region', { name: 'Agenda' });
    const before = await agenda.getByRole('listitem').count();
    await agenda.getByRole('button', { name: 'Suggest from brief' }).click();
    const held = agenda.getByRole('heading', { name: /^Not suggested \(\d+\)$/ });
    await held.waitFor();
    await agenda
      .getByText(/^Why not: /)
      .first()
      .waitFor();
    await expectAccessible(maya, 'agenda with held-back suggestions');
    await screenshot(maya, 'queue-04-held-back-suggestions');

    const addAnyway = agenda.getByRole('button', { name: /^Add anyway/ }).first();
    const title = ((await addAnyway.textContent()) ?? '').replace(/^Add anyway:\s*/, '').trim();
    assert.ok(title.length > 0, 'the button says what will be added');
    await addAnyway.click();
    await agenda.getByText(title, { exact: true }).first().waitFor();
    assert.ok((await agenda.getByRole('listitem').count()) > before, 'the agenda grew');
    // What members may not see is named by its prompt, never quoted.
    assert.doesNotMatch(title, /14 of 27 students/);
    await maya.context().close();
  });
});
