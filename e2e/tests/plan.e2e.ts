import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const PRIYA = 'priya.raman@riverside.example'; // admin
const LUIS = 'luis.hernandez@riverside.example'; // member
const run = Date.now().toString(36);

describe('the plan: an admin builds it, a member follows it and gives feedback', () => {
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

  const signIn = (email: string): Promise<Page> => signInAs(browser, product.url, email);
  const goal = `Attendance ${run}`;
  const strategy = `Morning check-ins ${run}`;
  const step = `Call home after two absences ${run}`;

  it('an admin adds a goal with a measure and values, a strategy and an action step', async () => {
    const priya = await signIn(PRIYA);
    await priya.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Plan' }).click();
    await priya.getByRole('heading', { level: 1, name: 'Riverside school improvement plan' }).waitFor();

    await priya.getByRole('button', { name: 'Add a goal' }).click();
    const goalForm = priya.getByRole('form', { name: 'New goal' });
    await goalForm.getByLabel('Goal title').fill(goal);
    await goalForm.getByLabel('Owner').selectOption({ label: 'Priya Raman' });
    await goalForm.getByLabel('What is measured').fill('Students attending 95% of days');
    await goalForm.getByLabel('Unit').fill('%');
    await goalForm.getByLabel('Baseline').fill('80');
    await goalForm.getByLabel('Target').fill('92');
    await goalForm.getByRole('button', { name: 'Add goal' }).click();
    await priya.getByRole('article', { name: goal }).waitFor();

    await priya.getByRole('button', { name: `Add a strategy to “${goal}”` }).click();
    const strategyForm = priya.getByRole('form', { name: 'New strategy' });
    await strategyForm.getByLabel('Strategy title').fill(strategy);
    await strategyForm.getByLabel('Owner').selectOption({ label: 'Luis Hernández' });
    await strategyForm.getByRole('button', { name: 'Add strategy' }).click();
    await priya.getByRole('article', { name: strategy }).waitFor();

    await priya.getByRole('button', { name: `Add an action step to “${strategy}”` }).click();
    const stepForm = priya.getByRole('form', { name: 'New action step' });
    await stepForm.getByLabel('Action step title').fill(step);
    await stepForm.getByLabel('Owner').selectOption({ label: 'Luis Hernández' });
    await stepForm.getByRole('button', { name: 'Add action step' }).click();
    await priya.getByRole('article', { name: step }).waitFor();

    // Two values of the goal's measure, from its page.
    await priya.getByRole('link', { name: goal, exact: true }).click();
    await priya.getByRole('heading', { level: 2, name: 'Evidence' }).waitFor();
    for (const value of ['81', '85']) {
      const form = priya.getByRole('form', { name: 'Add evidence' });
      await form.getByLabel('Value').fill(value);
      await form.getByRole('button', { name: 'Add evidence' }).click();
      await priya.getByText(`${value}%`, { exact: false }).first().waitFor();
    }
    await expectAccessible(priya, 'plan item page');
  });

  it('a member sees the plan, filters by owner and gives feedback on an item', async () => {
    const luis = await signIn(LUIS);
    await luis.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Plan' }).click();
    await luis.getByRole('article', { name: goal }).waitFor();
    assert.equal(await luis.getByRole('button', { name: 'Add a goal' }).count(), 0);
    await luis.getByRole('heading', { name: 'What changed this month' }).waitFor();
    await expectAccessible(luis, 'plan page');
    await screenshot(luis, '60-plan-page');

    await luis.getByLabel('Owner').selectOption({ label: 'Luis Hernández' });
    await luis.getByRole('article', { name: strategy }).waitFor();
    await luis.getByRole('article', { name: step }).waitFor();
    assert.equal(await luis.getByRole('article', { name: 'Every student feels they belong' }).count(), 0);

    await luis.getByRole('link', { name: strategy, exact: true }).click();
    await luis.getByRole('heading', { level: 2, name: 'Feedback' }).waitFor();
    await luis.getByLabel('Your feedback').fill('Could check-ins start in advisory?');
    await luis.getByRole('button', { name: 'Post feedback' }).click();
    await luis.getByText('Could check-ins start in advisory?').waitFor();
    await expectAccessible(luis, 'plan item page with feedback');
  });
});
