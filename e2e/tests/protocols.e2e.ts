import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator of the organisation and of the demo cohort
const LUIS = 'luis.hernandez@riverside.example'; // member
const COHORT = 'Grade 7 Math PLC';
const run = Date.now().toString(36);

describe('feedback protocols: an organisation makes its own and uses it for a prompt', () => {
  let product: RunningProduct;
  let browser: Browser;

  before(async () => {
    // One after the other: if the product fails to start, no browser is left running to hang the process.
    browser = await launchBrowser();
    product = await startProduct();
  });

  after(async () => {
    await browser?.close();
    await product?.stop();
  });

  const signIn = (email: string): Promise<Page> => signInAs(browser, product.url, email);

  it('a facilitator creates a protocol with two sections and a rubric, sees it listed, and picks it for a prompt', async () => {
    const name = `Notice & Wonder ${run}`;
    const maya = await signIn(MAYA);

    // The built-ins are there, read-only: they can be duplicated, not edited.
    await maya.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Protocols' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Feedback protocols' }).waitFor();
    const glowGrow = maya.getByRole('article', { name: /^Glow & Grow/ });
    await glowGrow.getByRole('link', { name: 'Duplicate Glow & Grow' }).waitFor();
    assert.equal(await glowGrow.getByRole('link', { name: /^Edit/ }).count(), 0);
    await expectAccessible(maya, 'protocols page');

    // A new protocol: two sections (the second moved first with the keyboard) and one rubric criterion.
    await maya.getByRole('link', { name: 'New protocol' }).first().click();
    await maya.getByRole('heading', { level: 1, name: 'New feedback protocol' }).waitFor();
    await maya.getByLabel('Name', { exact: true }).fill(name);
    await maya.getByLabel('Description (optional)').fill('Slow looking before judging.');
    const first = maya.getByRole('group', { name: 'Section 1' });
    await first.getByLabel('Label', { exact: true }).fill('I wonder');
    await first.getByLabel('Guiding question (optional)').fill('What are you curious about?');
    await first.getByLabel('Sentence stems (optional)').fill('I wonder whether…\nI wonder why…');
    await first.getByRole('checkbox', { name: /Required/ }).uncheck();
    await maya.getByRole('button', { name: '+ Add section' }).click();
    const second = maya.getByRole('group', { name: 'Section 2' });
    // The new section's label has focus: type straight into it.
    await maya.keyboard.type('I notice');
    await second.getByLabel('Guiding question (optional)').fill('What do you see in the work?');
    await second.getByRole('button', { name: 'Move “I notice” up' }).focus();
    await maya.keyboard.press('Enter');
    assert.equal(
      await maya.getByRole('group', { name: 'Section 1' }).getByLabel('Label', { exact: true }).inputValue(),
      'I notice',
    );
    await maya.getByRole('button', { name: '+ Add criterion' }).click();
    const criterion = maya.getByRole('group', { name: 'Criterion 1' });
    await criterion.getByLabel('Criterion', { exact: true }).fill('Evidence of learning');
    await criterion.getByLabel('Level 1 descriptor').fill('No evidence yet.');
    await criterion.getByLabel('Level 4 descriptor').fill('Student work from several groups.');
    await expectAccessible(maya, 'new protocol form');
    await maya.evaluate(() => window.scrollTo(0, 0));
    await screenshot(maya, '40-protocol-form');

    await maya.getByRole('button', { name: 'Create protocol' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Feedback protocols' }).waitFor();
    await maya.getByText(`Created “${name}”`).waitFor();
    const created = maya.getByRole('article', { name });
    const sections = created.getByRole('list', { name: `Sections of ${name}` });
    assert.deepEqual(
      (await sections.locator('.protocol-section-label').allTextContents()).map((t) => t.trim()),
      ['I notice required', 'I wonder optional'],
    );
    await created
      .getByRole('table', { name: `Rubric of ${name}` })
      .getByText('No evidence yet.')
      .waitFor();

    // Editing keeps the sections' identity: the second one gets a sharper question.
    await created.getByRole('link', { name: `Edit ${name}` }).click();
    await maya.getByRole('heading', { level: 1, name: `Edit “${name}”` }).waitFor();
    await maya
      .getByRole('group', { name: 'Section 2' })
      .getByLabel('Guiding question (optional)')
      .fill('What puzzles you?');
    await maya.getByRole('button', { name: 'Save changes' }).click();
    await maya.getByText(`Saved “${name}”`).waitFor();
    await created.getByText('What puzzles you?').waitFor();
    await expectAccessible(maya, 'protocols page with a new protocol');
    await maya.evaluate(() => window.scrollTo(0, 0));
    await screenshot(maya, '41-protocols');

    // It is offered where a facilitator writes a prompt.
    await maya.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Home' }).click();
    await maya.getByRole('link', { name: COHORT }).first().click();
    await maya.getByRole('link', { name: 'New prompt' }).click();
    await maya.getByRole('heading', { level: 1, name: 'New prompt' }).waitFor();
    const protocol = maya.getByLabel('Feedback protocol');
    await protocol.selectOption({ label: name });
    await maya.getByText('Slow looking before judging.').waitFor(); // its description, as the hint
    assert.equal(
      await maya.getByRole('link', { name: /Manage protocols/ }).getAttribute('href'),
      new URL(maya.url()).pathname.replace(/\/cohorts\/.*$/, '/protocols'),
    );

    // A member reads the protocols but gets no controls the server would refuse.
    const luis = await signIn(LUIS);
    const nav = luis.getByRole('navigation', { name: 'Organisation' });
    await nav.getByRole('link', { name: 'Action items' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Protocols' }).count(), 0);
    await luis.goto(new URL(maya.url()).pathname.replace(/\/cohorts\/.*$/, '/protocols'));
    await luis.getByRole('article', { name }).waitFor();
    assert.equal(await luis.getByRole('link', { name: /^(Edit|Duplicate|New protocol)/ }).count(), 0);

    for (const page of [maya, luis]) await page.context().close();
  });
});
