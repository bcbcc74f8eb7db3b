import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const NORA = 'nora.quinn@huddle-consulting.example'; // a consultant, Guest facilitator of the demo cohort
const MAYA = 'maya.chen@riverside.example';
const COHORT = 'Grade 7 Math PLC';

describe('guests: a consultant opens the client cohort from the organisation switcher, and sees only it', () => {
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

  it('the switcher lists the cohort under the host’s name; the cohort opens; the school’s pages do not', async () => {
    const nora = await signInAs(browser, product.url, NORA);
    await nora.locator('.org-switcher').getByRole('button').first().click();
    const entry = nora.getByRole('link', { name: /Riverside Middle School · Grade 7 Math PLC/ });
    await entry.waitFor();
    await entry.click();
    await nora.getByRole('heading', { level: 1, name: COHORT }).waitFor();
    // No school navigation for a guest.
    assert.equal(await nora.getByRole('navigation', { name: 'Organisation' }).count(), 0);
    await expectAccessible(nora, 'cohort as a guest');
    await screenshot(nora, 'guest-cohort');

    // The school's own pages stay closed.
    const cohortUrl = new URL(nora.url());
    const organizationPath = cohortUrl.pathname.split('/cohorts/')[0]!;
    await nora.goto(`${product.url}${organizationPath}/members`);
    await nora.getByRole('heading', { name: 'Organisation not found' }).waitFor();

    // The school's facilitator sees her marked as a guest among the cohort's people.
    const maya = await signInAs(browser, product.url, MAYA);
    await maya.goto(`${product.url}${cohortUrl.pathname}`);
    await maya.getByRole('heading', { level: 1, name: COHORT }).waitFor();
    const row = maya.locator('.cohort-member').filter({ hasText: 'Nora Quinn' });
    await row.getByText('Guest', { exact: true }).waitFor();
    await screenshot(maya, 'guest-marked');
  });
});
