import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator of the demo cohort
const HANNAH = 'hannah.brooks@riverside.example'; // a member of the school, not in the cohort
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

    const hannah = await signInAs(browser, product.url, HANNAH);
    await hannah.goto(new URL(url).pathname);
    await hannah.getByRole('heading', { level: 1, name: `Join ${COHORT}` }).waitFor();
    await expectAccessible(hannah, 'join link page');
    await screenshot(hannah, 'join-link-page');
    await hannah.getByRole('button', { name: `Join ${COHORT}` }).click();
    await hannah.getByRole('heading', { level: 1, name: COHORT, exact: true }).waitFor();
    assert.match(hannah.url(), /\/cohorts\//);

    await maya.reload();
    await maya.getByRole('heading', { name: 'Join links' }).waitFor();
    await screenshot(maya, 'join-link-debug');
    const links = maya.getByRole('list', { name: 'Join links' });
    await links.getByText('1 of 5 places used').waitFor();
    await links.getByText(/Joined: Hannah Brooks/).waitFor();
    await links.getByRole('button', { name: /^Turn off/ }).first().click();
    await links.getByText('Turned off').first().waitFor();

    await hannah.goto(new URL(url).pathname);
    await hannah.getByText('This join link was turned off.', { exact: false }).waitFor();
    await expectAccessible(hannah, 'turned-off join link');
    await screenshot(hannah, 'join-link-turned-off');
  });
});
