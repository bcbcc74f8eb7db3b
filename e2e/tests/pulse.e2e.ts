import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator of the demo cohort
const LUIS = 'luis.hernandez@riverside.example'; // member
const FOUR = [
  'sarah.kim@riverside.example',
  'tom.becker@riverside.example',
  'aisha.bello@riverside.example',
  'jonah.weiss@riverside.example',
];
const run = Date.now().toString(36);

/** A GraphQL call with the page's session cookie (the browser's own context). */
async function gql(page: Page, query: string, variables: Record<string, unknown>) {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: any; errors?: Array<{ message: string }> };
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

describe('a cohort answers a pulse and sees the trend after the threshold', () => {
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

  it('the facilitator sends a pulse; four answer, nothing shows; the fifth answers by keyboard and the results appear', async () => {
    const title = `How is our PLC going? ${run}`;

    // The facilitator sends a pulse from the cohort's page, starting from the default statements.
    const maya = await signInAs(browser, product.url, MAYA);
    await maya.getByRole('link', { name: 'Grade 7 Math PLC' }).first().click();
    await maya.getByRole('link', { name: 'Pulse surveys' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Pulse surveys' }).waitFor();
    await maya.getByLabel('Title').fill(title);
    await maya.getByLabel('Statement 4', { exact: true }).fill('The feedback I get here helps my students.');
    await expectAccessible(maya, 'send a pulse');
    await maya.getByRole('button', { name: 'Send pulse' }).click();
    await maya.getByRole('heading', { level: 1, name: title }).waitFor();
    const surveyPath = new URL(maya.url()).pathname;
    const surveyId = surveyPath.split('/').at(-1)!;
    await maya.getByText('Results appear when 5 people have answered (0 so far).').waitFor();

    // Four members answer through the API (each with their own session).
    const { pulseSurveyResults } = await gql(
      maya,
      `query ($id: ID!) { pulseSurveyResults(surveyId: $id) { survey { openRound { id } } } }`,
      { id: surveyId },
    );
    const roundId = pulseSurveyResults.survey.openRound.id as string;
    for (const [i, email] of FOUR.entries()) {
      const member = await signInAs(browser, product.url, email);
      await gql(member, `mutation ($input: AnswerPulseInput!) { answerPulse(input: $input) { id } }`, {
        input: {
          roundId,
          scores: [4, 3 + (i % 2), 4, 5 - (i % 2)],
          comment: i === 0 ? 'Starting from the brief helps.' : null,
        },
      });
      await member.context().close();
    }
    await maya.reload();
    await maya.getByText('Results appear when 5 people have answered (4 so far).').waitFor();
    assert.equal(await maya.getByText('Starting from the brief helps.').count(), 0, 'no comment below the threshold');

    // The fifth: Luis finds it on his home page and answers with the keyboard alone.
    const luis = await signInAs(browser, product.url, LUIS);
    const card = luis.getByRole('region', { name: /pulses? to answer/ });
    await card.waitFor();
    await card.getByRole('link', { name: `Answer “${title}”` }).click();
    await luis.getByRole('heading', { level: 1, name: title }).waitFor();
    await luis.getByText('Results appear when 5 people have answered (4 so far).').waitFor();
    await expectAccessible(luis, 'answer a pulse');
    await screenshot(luis, 'pulse-01-answer');
    const firstRadio = luis.getByRole('radio', { name: 'Strongly disagree' }).first();
    await firstRadio.focus();
    // Each statement: arrows choose (3 right from "Strongly disagree" = "Agree"), Tab goes to the next statement.
    for (let q = 0; q < 4; q++) {
      if (q > 0) await luis.keyboard.press('Tab');
      await luis.keyboard.press('Space');
      for (let k = 0; k < 3; k++) await luis.keyboard.press('ArrowRight');
    }
    await luis.keyboard.press('Tab');
    await luis.keyboard.type('More time for feedback.');
    await luis.keyboard.press('Tab');
    await luis.keyboard.press('Enter');
    await luis.getByText('Thank you — you have answered this round').waitFor();

    // Five answered: distributions, means, comments without names, and the trend.
    await luis.getByText('5 people answered.', { exact: false }).waitFor();
    await luis.getByText('More time for feedback.').waitFor();
    await luis.getByText('Starting from the brief helps.').waitFor();
    await luis.getByRole('table').getByRole('columnheader', { name: 'Round 1' }).waitFor();
    const row = luis.getByRole('row', { name: /Our huddles are a good use of my time/ });
    assert.match((await row.textContent()) ?? '', /4\.0/);
    await expectAccessible(luis, 'pulse results');
    await screenshot(luis, 'pulse-02-results');

    // The facilitator sees the same aggregate — and the card is gone from Luis's home page.
    await maya.reload();
    await maya.getByText('5 people answered.', { exact: false }).waitFor();
    await luis.goto(new URL(luis.url()).pathname.replace(/\/pulses\/.*$/, ''));
    await luis.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await luis.getByRole('link', { name: `Answer “${title}”` }).count(), 0);
  });
});
