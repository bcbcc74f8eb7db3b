import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const PRIYA = 'priya.raman@riverside.example'; // admin

describe('the organisation’s data: retention rules and the export', () => {
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

  it('an admin sets how long data is kept and downloads the organisation export', async () => {
    const priya = await signInAs(browser, product.url, PRIYA);
    await priya.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Data' }).click();
    await priya.getByRole('heading', { level: 1, name: 'Data settings' }).waitFor();
    await priya.getByRole('heading', { name: 'How long data is kept' }).waitFor();

    const drafts = priya.getByLabel('Delete drafts untouched for (days)');
    assert.equal(await priya.getByLabel('Keep the audit log for (months)').inputValue(), '24');
    await drafts.fill('0');
    await priya.getByRole('button', { name: 'Save retention rules' }).click();
    await priya.getByText('Keep drafts at least 1 day, or leave it empty to keep them.').waitFor();
    await drafts.fill('180');
    await priya.getByRole('button', { name: 'Save retention rules' }).click();
    await priya.getByText('The retention rules are saved.').waitFor();
    await expectAccessible(priya, 'data settings');
    await screenshot(priya, 'data-settings');

    // The demo cohort has anonymous contributions: the archive names their authors, so Priya (an admin
    // outside the cohort) first adds herself as its facilitator, which its members see (rules 2 and 3).
    await priya.getByText('First, facilitate the cohorts with anonymous contributions').waitFor();
    await priya.getByRole('link', { name: 'Grade 7 Math PLC' }).click();
    const addPeople = priya.getByRole('region', { name: 'Add people' });
    await addPeople.getByRole('checkbox', { name: 'Priya Raman' }).check();
    await addPeople.getByLabel('Cohort role').selectOption('FACILITATOR');
    await addPeople.getByRole('button', { name: 'Add 1 person' }).click();
    await priya.getByText('Added Priya Raman.').waitFor();
    await priya.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Data' }).click();

    const [download] = await Promise.all([
      priya.waitForEvent('download'),
      priya.getByRole('link', { name: 'Download the organisation export' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^openhuddle-riverside-middle-school-\d{4}-\d\d-\d\d\.tar\.gz$/);
    const tar = gunzipSync(fs.readFileSync(await download.path()));
    // A tar entry's name opens its 512-byte header: the manifest comes first, then a file per table.
    assert.equal(tar.subarray(0, 13).toString(), 'manifest.json');
    assert.ok(tar.includes('data/contribution.ndjson'));
    assert.ok(!tar.includes('$argon2'), 'no password hash in the export');

    // The download is in the audit log.
    await priya.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Audit log' }).click();
    await priya.getByText('Downloaded the organisation export').waitFor();
  });
});
