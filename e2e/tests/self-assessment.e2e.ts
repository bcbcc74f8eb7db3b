import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { expectAccessible, gqlAs, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator of the demo cohort
const LUIS = 'luis.hernandez@riverside.example'; // member
const FOUR: Array<[email: string, growth: string[]]> = [
  ['sarah.kim@riverside.example', ['formative-assessment']],
  ['tom.becker@riverside.example', ['formative-assessment', 'differentiation']],
  ['aisha.bello@riverside.example', ['student-discussion']],
  ['jonah.weiss@riverside.example', ['student-discussion']],
];
const KEYS = [
  'clear-learning-intentions',
  'formative-assessment',
  'sequencing-for-understanding',
  'student-discussion',
  'belonging-and-safety',
  'differentiation',
  'reflective-practice',
  'collaborative-inquiry',
  'feedback-to-colleagues',
];
const run = Date.now().toString(36);

describe('a member self-assesses with the keyboard alone; a facilitator forms teams from the results', () => {
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

  it('opens a round, answers it by keyboard, reads the thresholded results and creates teams by need', async () => {
    const title = `Autumn self-assessment ${run}`;

    // The facilitator reads the example framework: a table of levels per practice.
    const maya = await signInAs(browser, product.url, MAYA);
    await maya.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Frameworks' }).click();
    await maya.getByRole('link', { name: 'Learning together: a practice framework' }).click();
    await maya
      .getByRole('table', { name: 'Formative assessment' })
      .getByRole('rowheader', { name: '3. Established' })
      .waitFor();
    await expectAccessible(maya, 'a framework');

    // She opens a round for her cohort from the navigation.
    await maya.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Self-assessment' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Self-assessments' }).waitFor();
    await maya.getByLabel('Who is asked').selectOption({ label: 'Grade 7 Math PLC' });
    await maya.getByLabel('Title').fill(title);
    await expectAccessible(maya, 'open a self-assessment round');
    await maya.getByRole('button', { name: 'Open the round' }).click();
    await maya.getByRole('heading', { level: 1, name: title }).waitFor();
    const organizationId = new URL(maya.url()).pathname.split('/')[2]!;
    const roundId = new URL(maya.url()).pathname.split('/').at(-1)!;

    // Four members answer through the API, each with their own session.
    for (const [i, [email, growth]] of FOUR.entries()) {
      const member = await signInAs(browser, product.url, email);
      await gqlAs(
        member,
        `mutation ($input: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $input) { id } }`,
        {
          input: {
            organizationId,
            roundId,
            growthPracticeKeys: growth,
            ratings: KEYS.map((practiceKey, k) => ({ practiceKey, level: 1 + ((i + k) % 4), note: '' })),
          },
        },
      );
      await member.context().close();
    }
    await maya.getByRole('link', { name: 'Results' }).click();
    await maya.getByText('Results appear when 5 people have answered (4 so far).').waitFor();

    // Luis finds the round from the navigation, reads who sees his answers, and answers with the keyboard alone.
    const luis = await signInAs(browser, product.url, LUIS);
    await luis.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Self-assessment' }).click();
    await luis.getByRole('link', { name: title }).click();
    await luis.getByRole('heading', { level: 1, name: title }).waitFor();
    await luis.getByText(/^Only you see your ratings and evidence\./).waitFor();
    await expectAccessible(luis, 'the self-assessment form');
    await screenshot(luis, 'self-assessment-01-form');
    await luis.getByRole('group', { name: 'Clear learning intentions' }).getByRole('radio').first().focus();
    for (let p = 0; p < KEYS.length; p++) {
      if (p > 0) await luis.keyboard.press('Tab'); // from the previous note to this practice's levels
      await luis.keyboard.press('Space'); // level 1
      for (let k = 0; k < p % 3; k++) await luis.keyboard.press('ArrowDown'); // levels 1, 2, 3, 1, 2, 3…
      await luis.keyboard.press('Tab'); // the evidence note
      if (p === 1) await luis.keyboard.type('Hinge questions before every practice task.');
    }
    // Growth picks: the second checkbox is "Formative assessment".
    await luis.keyboard.press('Tab');
    await luis.keyboard.press('Tab');
    await luis.keyboard.press('Space');
    for (let i = 0; i < 20; i++) {
      const onButton = await luis.evaluate(() => document.activeElement?.textContent === 'Send my self-assessment');
      if (onButton) break;
      await luis.keyboard.press('Tab');
    }
    await luis.keyboard.press('Enter');
    await luis.getByText('Your self-assessment is saved').waitFor();
    // He answered the start-of-year round too: his growth since then, shown to him only.
    await luis.getByRole('heading', { level: 2, name: 'Your growth' }).waitFor();
    assert.equal(
      await luis
        .getByRole('group', { name: 'Formative assessment' })
        .getByRole('radio', { checked: true })
        .getAttribute('value'),
      '2',
    );
    assert.equal(await luis.getByRole('checkbox', { name: 'Formative assessment' }).isChecked(), true);
    assert.equal(
      await luis.getByLabel('Evidence for “Formative assessment”').inputValue(),
      'Hinge questions before every practice task.',
    );
    assert.equal(await luis.getByRole('link', { name: 'Results' }).count(), 0, 'members do not read results');
    await screenshot(luis, 'self-assessment-02-saved');

    // Five answered: the facilitator reads distributions and the heatmap in accessible tables.
    await maya.reload();
    await maya.getByRole('heading', { level: 2, name: 'Ratings per practice' }).waitFor();
    const row = maya.getByRole('row', { name: /Formative assessment/ }).first();
    await row.waitFor();
    await maya.getByRole('heading', { level: 2, name: 'Heatmap' }).waitFor();
    assert.equal(await maya.getByRole('heading', { name: 'Each person' }).count(), 0, 'no individuals in this round');
    await expectAccessible(maya, 'self-assessment results');
    await screenshot(maya, 'self-assessment-03-results');

    // Teams formed by need: suggested, one person moved with the keyboard, created as cohorts in one step.
    await maya.getByRole('link', { name: 'Form teams by need' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Form teams by need' }).waitFor();
    await maya.getByLabel('People per team').fill('3');
    await maya.getByRole('button', { name: 'Suggest teams' }).click();
    const first = maya.getByRole('region', { name: /^Team 1: Formative assessment/ });
    await first.waitFor();
    await first.getByText(/chose Formative assessment as a practice to grow/).waitFor();
    await maya.getByRole('region', { name: /^Team 2: Student discussion/ }).waitFor();
    await expectAccessible(maya, 'teams formed by need');
    await screenshot(maya, 'self-assessment-04-teams');
    const mover = first.getByRole('combobox', { name: /^Move / }).first();
    const moved = ((await mover.getAttribute('aria-label')) ?? '').replace(/^Move | to$/g, '');
    await mover.focus();
    await maya.keyboard.press('ArrowDown'); // Team 2 (Chromium changes a closed select with the arrows)
    await maya.getByRole('list', { name: 'Members of team 2' }).getByText(moved, { exact: true }).waitFor();
    const createButton = maya.getByRole('button', { name: /^Create 2 cohorts$/ });
    await createButton.click();
    await maya.getByText('2 cohorts created').waitFor();
    await maya.getByRole('link', { name: 'Student discussion' }).waitFor();
    await screenshot(maya, 'self-assessment-05-created');
    await maya.getByRole('link', { name: 'Student discussion' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Student discussion' }).waitFor();
    await maya.getByText(moved).first().waitFor();
  });
});
