import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator of the demo cohort, who designs programs
const COHORT = 'Grade 7 Math PLC';
const run = Date.now().toString(36);

describe('programs: a cohort saved as a template, launched with dates; the facilitator’s dashboard', () => {
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

  it('saves a cohort as a template, previews its dates and launches it; drills into a dashboard figure', async () => {
    const title = `PLC program ${run}`;
    const maya = await signInAs(browser, product.url, MAYA);

    // Save the cohort as a template from its page.
    await maya.getByRole('link', { name: COHORT }).first().click();
    await maya.getByRole('button', { name: 'Save as template' }).click();
    await maya.getByLabel('Template title').fill(title);
    await maya.getByRole('button', { name: 'Save template' }).click();
    await maya.getByRole('link', { name: title }).click();
    await maya.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectAccessible(maya, 'program-template');
    await screenshot(maya, 'program-template');

    // Launch it: the dates are previewed (a skipped date moves what fell on it) before anything is created.
    await maya.getByRole('link', { name: 'Launch' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Launch as a new cohort' }).waitFor();
    await maya.getByLabel('Cohort name').fill(`Spring PLC ${run}`);
    await maya.getByLabel('Time zone').fill('Europe/London');
    await maya.getByLabel('Start date').fill('2031-03-24');
    await maya.getByRole('table', { name: 'When each prompt and huddle falls' }).waitFor();
    await expectAccessible(maya, 'program-launch-preview');
    await screenshot(maya, 'program-launch-preview');
    await maya.getByRole('button', { name: 'Launch the cohort' }).click();
    await maya.getByRole('link', { name: 'Open the new cohort' }).click();
    await maya.getByRole('heading', { level: 1, name: `Spring PLC ${run}` }).waitFor();
    assert.match(new URL(maya.url()).pathname, /\/cohorts\/[0-9a-f-]+$/);

    // The dashboard: the demo cohort has an overdue review; the figure opens on who owes it.
    await maya.getByRole('link', { name: 'Dashboard' }).first().click();
    await maya.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const figures = maya.getByRole('list', { name: `${COHORT} figures` });
    await figures.getByRole('button', { name: /Overdue reviews/ }).click();
    const people = maya.getByRole('region', { name: 'Reviews past due' });
    await people.getByText('Jonah', { exact: false }).first().waitFor();
    await expectAccessible(maya, 'dashboard-drill-down');
    await screenshot(maya, 'dashboard-drill-down');
  });
});
