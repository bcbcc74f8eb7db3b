import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator of the demo cohort
const RAVI = 'ravi.patel@riverside.example'; // a facilitator of the school, not in the cohort
const COHORT = 'Grade 7 Math PLC';

describe('join links: a facilitator shares a link, a member of the school joins through it', () => {
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

  it('the link is made, opened, used, counted and turned off; a turned-off link says so', async () => {
    const maya = await signInAs(browser, product.url, MAYA);
    await maya.getByRole('link', { name: COHORT }).first().click();
    await maya.getByRole('heading', { level: 1, name: COHORT }).waitFor();
    await maya.getByRole('heading', { name: 'Join links' }).waitFor();
    await maya.getByLabel('Works for (days)').fill('7');
    await maya.getByLabel('How many people may join').fill('5');
    await maya.getByRole('button', { name: 'Create join link' }).click();
    const address = maya.getByLabel('Join link (shown once: copy it now)');
    await address.waitFor();
    const url = await address.inputValue();
    assert.match(url, /\/join\//);
    await maya.getByRole('list', { name: 'Join links' }).getByText('0 of 5 places used').waitFor();
    await expectAccessible(maya, 'cohort join links');
    await screenshot(maya, 'join-link-created');

    const ravi = await signInAs(browser, product.url, RAVI);
    await ravi.goto(new URL(url).pathname);
    await ravi.getByRole('heading', { level: 1, name: `Join ${COHORT}` }).waitFor();
    await expectAccessible(ravi, 'join link page');
    await screenshot(ravi, 'join-link-page');
    await ravi.getByRole('button', { name: `Join ${COHORT}` }).click();
    await ravi.getByRole('heading', { level: 1, name: COHORT, exact: true }).waitFor();
    assert.match(ravi.url(), /\/cohorts\//);

    await maya.reload();
    const links = maya.getByRole('list', { name: 'Join links' });
    await links.getByText('1 of 5 places used').waitFor();
    await links.getByText(/Joined: Ravi Patel/).waitFor();
    await links
      .getByRole('button', { name: /^Turn off/ })
      .first()
      .click();
    await links.getByText('Turned off').first().waitFor();

    await ravi.goto(new URL(url).pathname);
    await ravi.getByText('This join link was turned off.', { exact: false }).waitFor();
    await expectAccessible(ravi, 'turned-off join link');
    await screenshot(ravi, 'join-link-turned-off');
  });
});
