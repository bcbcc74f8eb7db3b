import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator of the demo cohort
const LUIS = 'luis.hernandez@riverside.example'; // member
const COHORT = 'Grade 7 Math PLC';
const PROMPT = 'Week 3: One formative assessment that worked this week';
const run = Date.now().toString(36);

describe('a huddle: brief, agenda, live mode followed by every screen, notes into the minutes', () => {
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

  it('the facilitator schedules and runs a huddle; the member follows live; both notes reach the minutes', async () => {
    const title = `Thursday huddle ${run}`;

    // The facilitator schedules a huddle on the cohort page, linked to this week's prompt.
    const maya = await signIn(MAYA);
    await maya.getByRole('link', { name: COHORT }).first().click();
    const huddles = maya.getByRole('region', { name: 'Huddles' });
    await huddles.getByRole('link', { name: 'Schedule huddle' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Schedule huddle' }).waitFor();
    await maya.getByLabel('Title').fill(title);
    await maya.getByLabel('Join link (optional)').fill('https://meet.example.com/plc-thursday');
    await maya.getByRole('checkbox', { name: PROMPT }).check();
    await maya.getByRole('button', { name: 'Schedule huddle' }).click();

    // Its brief: participation, spotlights and excerpts from the linked prompt.
    await maya.getByRole('heading', { level: 1, name: title }).waitFor();
    await maya.getByRole('heading', { name: 'Who took part' }).waitFor();
    await maya.getByRole('heading', { name: `Contributions: ${PROMPT}` }).waitFor();
    const briefPath = new URL(maya.url()).pathname;
    assert.match(briefPath, /\/huddles\/[0-9a-f-]+$/);

    // The agenda: suggested from the brief, plus a check-in moved to the top with the keyboard.
    const agenda = maya.getByRole('region', { name: 'Agenda' });
    await agenda.getByRole('button', { name: 'Suggest from brief' }).click();
    await agenda.getByRole('listitem').first().waitFor();
    await agenda.getByLabel('New item').fill('Check-in: one win this week');
    await agenda.getByLabel('Minutes').fill('5');
    await agenda.getByRole('button', { name: 'Add item' }).click();
    await agenda.getByText('Check-in: one win this week', { exact: true }).waitFor();
    const moveUp = agenda.getByRole('button', { name: 'Move “Check-in: one win this week” up' });
    const itemCount = await agenda.getByRole('listitem').count();
    for (let i = 1; i < itemCount; i++) {
      await moveUp.focus();
      await maya.keyboard.press('Enter');
      await agenda.getByText(new RegExp(`to position ${itemCount - i} of ${itemCount}`)).waitFor({ state: 'attached' });
    }
    await agenda.getByRole('listitem').first().getByText('Check-in: one win this week', { exact: true }).waitFor();
    await expectAccessible(maya, 'huddle brief');
    await maya.evaluate(() => window.scrollTo(0, 0));
    await screenshot(maya, '30-huddle-brief');

    // The member reads the brief; the facilitator sees who has.
    const luis = await signIn(LUIS);
    await luis.goto(briefPath);
    await luis.getByRole('heading', { name: 'Who took part' }).waitFor();
    await luis.getByRole('button', { name: 'I’ve read it' }).click();
    await luis.getByText('Thanks, you have read the brief.', { exact: false }).waitFor();
    await maya.reload();
    await maya.getByText(/have read the brief: Luis Hernández/).waitFor();

    // The member flags a contribution "needs discussion": the facilitator's open brief counts it
    // without a reload (cohort activity over WebSocket; the event does not say who flagged).
    const flag = luis.getByRole('button', { name: /^⚐ Needs discussion \(contribution by / }).first();
    const author = /contribution by (.+)\)$/.exec((await flag.textContent()) ?? '')![1];
    const flagsOnMayasPage = async () => {
      const card = maya.getByRole('article', { name: new RegExp(` by ${author}$`) }).first();
      const meta = (await card.locator('.brief-contribution-foot .meta').textContent()) ?? '';
      return Number(/(\d+) flags? to discuss/.exec(meta)?.[1] ?? 0);
    };
    const before = await flagsOnMayasPage();
    await flag.click();
    await luis
      .getByRole('button', { name: `⚑ Flagged to discuss (contribution by ${author})` })
      .first()
      .waitFor();
    for (let i = 0; (await flagsOnMayasPage()) !== before + 1; i++) {
      assert.ok(i < 50, `the facilitator's brief should count the new flag (still ${before})`);
      await maya.waitForTimeout(100);
    }

    // Live mode: the facilitator starts; the member's screen follows the current item.
    const livePath = `${briefPath}/live`;
    await luis.goto(livePath);
    await luis.getByText('The huddle has not started yet').waitFor();
    await maya.goto(livePath);
    await maya.getByRole('button', { name: 'Start huddle' }).click();
    await maya.getByText(`Now discussing item 1 of ${itemCount}: Check-in: one win this week`).waitFor();
    await luis.getByText(`Now discussing item 1 of ${itemCount}: Check-in: one win this week`).waitFor();
    await maya.getByRole('button', { name: 'Next item →' }).click();
    const second = maya.getByText(new RegExp(`^Now discussing item 2 of ${itemCount}: `));
    await second.waitFor();
    const secondText = await second.innerText();
    await luis.getByText(secondText, { exact: true }).waitFor();

    // Both write notes at the same time; each block saves itself and shows up on the other screen.
    const mayaNote = `Maya ${run}: every team tries one hinge question next week.`;
    const luisNote = `Luis ${run}: I will share my distractor bank.`;
    await Promise.all([
      maya.getByRole('textbox', { name: 'Your notes' }).fill(mayaNote),
      luis.getByRole('textbox', { name: 'Your notes' }).fill(luisNote),
    ]);
    await Promise.all([
      maya.getByRole('status').filter({ hasText: 'Saved' }).waitFor(),
      luis.getByRole('status').filter({ hasText: 'Saved' }).waitFor(),
    ]);
    await maya.getByRole('list', { name: 'Everyone’s notes' }).getByText(luisNote).waitFor();
    await luis.getByRole('list', { name: 'Everyone’s notes' }).getByText(mayaNote).waitFor();

    // The facilitator records a decision and gives the member an action item; the member sees both.
    await maya.getByRole('textbox', { name: 'Decision' }).fill('Hinge questions every Monday.');
    await maya.getByRole('button', { name: 'Record decision' }).click();
    await maya.getByRole('textbox', { name: 'Action item' }).fill(`Share the distractor bank ${run}`);
    await maya.getByLabel('Owner').selectOption({ label: 'Luis Hernández' });
    await maya.getByRole('button', { name: 'Add action item' }).click();
    await luis.getByText('Hinge questions every Monday.').waitFor();
    await luis.getByText(`Share the distractor bank ${run}`, { exact: true }).waitFor();
    await expectAccessible(luis, 'live huddle (member)');
    await screenshot(maya, '31-huddle-live-facilitator');
    await screenshot(luis, '32-huddle-live-member');

    // Ending posts the minutes on every screen, with both people's notes.
    await maya.getByRole('button', { name: 'End huddle' }).click();
    await maya.getByRole('button', { name: 'Yes, end huddle' }).click();
    for (const page of [maya, luis]) {
      const minutes = page.getByRole('region', { name: 'Minutes' });
      await minutes.getByText(mayaNote, { exact: false }).waitFor();
      await minutes.getByText(luisNote, { exact: false }).waitFor();
    }
    await luis.evaluate(() => window.scrollTo(0, 0));
    await screenshot(luis, '33-huddle-minutes');

    // The action item waits in the member's action items.
    await luis.getByRole('link', { name: 'Action items' }).click();
    await luis.getByRole('heading', { level: 1, name: 'My action items' }).waitFor();
    await luis.getByText(`Share the distractor bank ${run}`, { exact: true }).waitFor();

    for (const page of [maya, luis]) await page.context().close();
  });

  it('the facilitator moves a huddle from its brief, then cancels it; a member is told', async () => {
    const title = `Planning huddle ${run}`;
    const maya = await signIn(MAYA);
    await maya.getByRole('link', { name: COHORT }).first().click();
    await maya.getByRole('region', { name: 'Huddles' }).getByRole('link', { name: 'Schedule huddle' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Schedule huddle' }).waitFor();
    await maya.getByLabel('Title').fill(title);
    const day = (await maya.getByLabel('Starts').inputValue()).slice(0, 10);
    await maya.getByRole('button', { name: 'Schedule huddle' }).click();
    await maya.getByRole('heading', { level: 1, name: title }).waitFor();

    // Moved to 17:05 the same day from the brief's header; the brief shows the new time at once.
    await maya.getByRole('link', { name: 'Edit huddle' }).click();
    await maya.getByRole('heading', { level: 1, name: 'Edit huddle' }).waitFor();
    await maya.getByLabel('Starts').fill(`${day}T17:05`);
    await expectAccessible(maya, 'edit huddle');
    await screenshot(maya, '34-huddle-edit');
    await maya.getByRole('button', { name: 'Save changes' }).click();
    await maya.getByRole('heading', { level: 1, name: title }).waitFor();
    await maya.locator('.page-eyebrow', { hasText: /\b(17|5):05\b/ }).waitFor();

    // Cancelled after a confirm step: the brief stays, marked cancelled.
    await maya.getByRole('link', { name: 'Edit huddle' }).click();
    await maya.getByRole('button', { name: 'Cancel huddle…' }).click();
    await maya.getByRole('button', { name: 'Yes, cancel huddle' }).click();
    await maya.getByText('This huddle is cancelled').waitFor();
    assert.equal(await maya.getByRole('link', { name: 'Edit huddle' }).count(), 0);

    const luis = await signIn(LUIS);
    await luis.getByRole('button', { name: /^Notifications/ }).click();
    await luis.getByText(`“${title}” moved to`, { exact: false }).waitFor();
    await luis.getByText(`“${title}” on `, { exact: false }).waitFor();
    for (const page of [maya, luis]) await page.context().close();
  });
});
