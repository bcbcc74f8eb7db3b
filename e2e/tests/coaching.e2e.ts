import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const LUIS = 'luis.hernandez@riverside.example'; // a teacher (member)
const MAYA = 'maya.chen@riverside.example'; // a facilitator of his cohort, his coach
const PRIYA = 'priya.raman@riverside.example'; // an admin, outside the pair
const run = Date.now().toString(36);

describe('coaching: a teacher and a coach co-construct a learning goal and check in with evidence', () => {
  let product: RunningProduct;
  let browser: Browser;
  let goalUrl = '';

  before(async () => {
    browser = await launchBrowser();
    product = await startProduct();
  });

  after(async () => {
    await browser?.close();
    await product?.stop();
  });

  const signIn = (email: string): Promise<Page> => signInAs(browser, product.url, email);
  const title = `Exit tickets every lesson ${run}`;
  const openGoals = async (page: Page) => {
    await page.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Learning goals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Learning goals' }).waitFor();
  };

  it('the teacher drafts a goal aligned to the plan, picks a coach and submits it', async () => {
    const luis = await signIn(LUIS);
    await openGoals(luis);
    await luis.getByRole('link', { name: 'Draft a learning goal' }).click();
    const form = luis.getByRole('form', { name: 'Save draft' });
    await form.getByLabel('Goal', { exact: true }).fill(title);
    await form.getByLabel('Aligned to the plan’s goal').selectOption({ index: 1 });
    await form.getByLabel('Coach').selectOption({ label: 'Maya Chen (facilitator)' });
    await expectAccessible(luis, 'new learning goal');
    await form.getByRole('button', { name: 'Save draft' }).click();
    await luis.getByRole('heading', { level: 1, name: title }).waitFor();
    goalUrl = luis.url();
    await luis.getByText('Draft', { exact: true }).waitFor();
    await luis.getByLabel('Note to your coach (optional)').fill('First try at this one.');
    await luis.getByRole('button', { name: 'Submit to coach' }).click();
    await luis.getByText('With the coach', { exact: true }).waitFor();
    await expectAccessible(luis, 'submitted learning goal');
  });

  it('the coach sees it with the overdue follow-up on her page, and asks for a change', async () => {
    const maya = await signIn(MAYA);
    await openGoals(maya);
    await maya.getByRole('heading', { name: 'Overdue follow-ups' }).waitFor();
    await maya.getByRole('heading', { name: 'Goals I coach' }).waitFor();
    await expectAccessible(maya, 'coach’s learning goals');
    await screenshot(maya, '70-learning-goals-coach');
    await maya.getByRole('link', { name: title }).click();
    await maya.getByRole('heading', { level: 2, name: 'Review this goal' }).waitFor();
    // Asking for changes says which.
    await maya.getByRole('button', { name: 'Request changes' }).click();
    await maya.getByText('Say what to change.').first().waitFor();
    await maya.getByLabel('Your comment').fill('Say how many students you expect to meet the target.');
    await maya.getByRole('button', { name: 'Request changes' }).click();
    await maya.getByText('Changes requested', { exact: true }).waitFor();
  });

  it('the teacher revises and resubmits; the coach approves', async () => {
    const luis = await signIn(LUIS);
    await luis.goto(goalUrl);
    await luis.getByText('Say how many students you expect to meet the target.').waitFor();
    await luis.getByRole('button', { name: 'Edit goal' }).click();
    await luis
      .getByLabel('What you will try, and how you will know it works')
      .fill('An exit ticket every lesson; 80% of students meet the target by June.');
    await luis.getByRole('button', { name: 'Save changes' }).click();
    await luis.getByText('An exit ticket every lesson; 80% of students meet the target by June.').waitFor();
    await luis.getByRole('button', { name: 'Submit to coach' }).click();
    await luis.getByText('With the coach', { exact: true }).waitFor();

    const maya = await signIn(MAYA);
    await maya.goto(goalUrl);
    await maya.getByLabel('Your comment').fill('Measurable now. Approved!');
    await maya.getByRole('button', { name: 'Approve' }).click();
    await maya.getByText('Approved', { exact: true }).waitFor();
    await maya.getByText('Measurable now. Approved!').waitFor();
  });

  it('the teacher checks in with evidence; the coach reads it and responds', async () => {
    const luis = await signIn(LUIS);
    await luis.goto(goalUrl);
    const form = luis.getByRole('form', { name: 'Check in' });
    await form.getByLabel('Reflection').fill('Exit tickets in 4 of 5 lessons this week.');
    const evidence = form.getByRole('checkbox');
    assert.ok((await evidence.count()) > 0, 'the teacher has contributions to link');
    await evidence.first().check();
    await form.getByLabel('Student-learning measure').fill('Students meeting the exit-ticket target');
    await form.getByLabel('Value').fill('19');
    await form.getByRole('button', { name: 'Add check-in' }).click();
    await luis.getByText('Exit tickets in 4 of 5 lessons this week.').waitFor();
    await expectAccessible(luis, 'learning goal with a check-in');
    await screenshot(luis, '71-learning-goal-check-in');

    const maya = await signIn(MAYA);
    await maya.goto(goalUrl);
    const checkIns = maya.getByRole('region', { name: 'Check-ins' });
    await checkIns.getByText('Students meeting the exit-ticket target').first().waitFor();
    await maya.getByLabel('Your response').fill('Great start. Bring three tickets to our conversation.');
    await maya.getByRole('button', { name: 'Respond' }).click();
    await maya.getByText('Great start. Bring three tickets to our conversation.').waitFor();
    await expectAccessible(maya, 'coach’s learning goal');
  });

  it('an admin outside the pair cannot open the goal', async () => {
    const priya = await signIn(PRIYA);
    await priya.goto(goalUrl);
    await priya.getByRole('alert').first().waitFor();
    assert.equal(await priya.getByRole('heading', { level: 1, name: title }).count(), 0);
    await openGoals(priya);
    assert.equal(await priya.getByRole('link', { name: title }).count(), 0);
  });
});
