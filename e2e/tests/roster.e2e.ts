import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const PRIYA = 'priya.raman@riverside.example'; // admin of the demo organisation
const COHORT = 'Grade 7 Math PLC';
const run = Date.now().toString(36);

function csvFile(lines: string[]) {
  return { name: `roster-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };
}

async function upload(page: Page, lines: string[]): Promise<void> {
  await page.getByLabel('Roster file').setInputFiles(csvFile(lines));
  await page.getByRole('table').waitFor();
}

describe('rosters: an admin imports a CSV roster with a dry run first', () => {
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

  it('the dry run shows a bad row; the fixed file applies; importing it again changes nothing', async () => {
    const priya = await signInAs(browser, product.url, PRIYA);
    await priya.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Roster' }).click();
    await priya.getByRole('heading', { level: 1, name: 'Roster' }).waitFor();

    const header = 'name,email,role,cohorts,cohort role';
    const good = [
      `Ana Alvarez,ana.${run}@riverside.example,member,${COHORT},member`,
      `Ben Brooks,ben.${run}@riverside.example,facilitator,,`,
    ];
    // A bad row: no valid email. The dry run says so, and nothing can be applied.
    await upload(priya, [header, ...good, 'Carl Nobody,not-an-email,member,,']);
    const badRow = priya.getByRole('row').filter({ hasText: 'Carl Nobody' });
    await badRow.waitFor();
    assert.match((await badRow.textContent()) ?? '', /email/i);
    await priya.getByText('Fix the rows with errors').waitFor();
    assert.equal(await priya.getByRole('button', { name: 'Apply the import' }).count(), 0);
    await expectAccessible(priya, 'roster dry run with a bad row');
    await screenshot(priya, 'roster-dry-run');

    // The fixed file: the dry run lists two invitations and a cohort step; applying does it.
    await upload(priya, [header, ...good]);
    await priya.getByRole('status').filter({ hasText: '2 invitations' }).waitFor();
    await priya.getByRole('button', { name: 'Apply the import' }).click();
    await priya.getByText(/^Imported roster-/).waitFor();
    await priya.getByRole('status').filter({ hasText: '2 invitations' }).waitFor();
    await expectAccessible(priya, 'roster applied');
    await screenshot(priya, 'roster-applied');

    // The same file again: nothing to do.
    await upload(priya, [header, ...good]);
    await priya.getByRole('status').filter({ hasText: '0 invitations, 0 cohort additions, 2 unchanged' }).waitFor();
  });
});
