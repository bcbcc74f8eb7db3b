import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator
const LUIS = 'luis.hernandez@riverside.example'; // member
const run = Date.now().toString(36);

describe('a facilitator reminds those who have not posted', () => {
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

  it('the facilitator nudges in two clicks; the member gets the email, follows it, signs in and posts', async () => {
    const cohortName = `Nudge circle ${run}`;
    const promptTitle = `One question you asked this week ${run}`;

    // Setup through the UI: a cohort with Luis and Sarah, and an open prompt.
    const maya = await signInAs(browser, product.url, MAYA);
    await maya.getByRole('link', { name: 'New cohort' }).click();
    await maya.getByLabel('Name').fill(cohortName);
    await maya.getByRole('button', { name: 'Create cohort' }).click();
    await maya.getByRole('heading', { level: 1, name: cohortName }).waitFor();
    await maya.getByRole('checkbox', { name: 'Luis Hernández' }).check();
    await maya.getByRole('checkbox', { name: 'Sarah Kim' }).check();
    await maya.getByRole('button', { name: 'Add 2 people' }).click();
    await maya.getByText('Added Luis Hernández, Sarah Kim.').waitFor();
    await maya.getByRole('link', { name: 'New prompt' }).click();
    await maya.getByLabel('Title').fill(promptTitle);
    await maya.getByLabel('Instructions').fill('Share **one** question and what it got you.');
    await maya.getByRole('button', { name: 'Publish prompt' }).click();
    await maya.getByRole('heading', { level: 1, name: promptTitle }).waitFor();
    const promptPath = new URL(maya.url()).pathname;

    // Two clicks: the button (its count from the API), then Send in the preview.
    await maya.getByRole('button', { name: 'Remind the 2 who haven’t posted' }).click();
    const dialog = maya.getByRole('dialog', { name: 'Remind those who haven’t posted' });
    await dialog.getByText('Luis Hernández').waitFor();
    await dialog.getByText('Sarah Kim').waitFor();
    await expectAccessible(maya, 'nudge dialog');
    await screenshot(maya, 'nudge-01-preview');
    await dialog.getByRole('button', { name: 'Send to 2 people' }).click();
    await maya.getByText('Reminded 2 people.').waitFor();
    await screenshot(maya, 'nudge-02-sent');

    // Luis gets the email, with a link to the prompt.
    const mail = await product.mailbox.next(LUIS, (m) => m.subject.startsWith('A facilitator reminded you'));
    assert.match(mail.text, new RegExp(`post to “${promptTitle}”`));
    const link = mail.links.find((l) => new URL(l).pathname === promptPath);
    assert.ok(link, `the email links to the prompt: ${mail.links.join(', ')}`);

    // He follows it in a fresh browser, signs in when asked, lands on the prompt and posts.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const luis = await context.newPage();
    luis.setDefaultTimeout(15_000);
    await luis.goto(link);
    await luis.getByLabel('Email').fill(LUIS);
    await luis.getByLabel('Password').fill(DEMO_PASSWORD);
    await luis.getByRole('button', { name: 'Sign in' }).click();
    await luis.getByRole('heading', { level: 1, name: promptTitle }).waitFor();
    assert.equal(new URL(luis.url()).pathname, promptPath);
    await luis.getByLabel('What you want to share').fill('“What would change your mind?” Three students did.');
    await luis.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor({ state: 'attached' });
    await luis.getByRole('button', { name: 'Publish', exact: true }).click();
    await luis.getByRole('heading', { level: 3, name: /^You/ }).waitFor();
    await screenshot(luis, 'nudge-03-member-posted');

    // Back on the prompt, only Sarah is left to remind.
    await maya.reload();
    await maya.getByRole('button', { name: 'Remind the 1 who hasn’t posted' }).waitFor();
  });
});
