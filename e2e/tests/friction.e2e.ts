import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const LUIS = 'luis.hernandez@riverside.example'; // member of the Grade 7 Math PLC
const MAYA = 'maya.chen@riverside.example'; // its facilitator
const OPEN_PROMPT = 'Week 3: One formative assessment that worked this week';
const PHONE = { width: 375, height: 740 };

/** Nothing on the page is wider than the phone: no sideways scrolling. */
async function assertNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `${label} is ${width} px wide at ${PHONE.width} px`);
}

describe('a week without friction: first visit, phone width, keyboard after publishing', () => {
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

  it('a first visit explains OpenHuddle and opens the demo in one click', async () => {
    const context = await browser.newContext({ baseURL: product.url, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Learn together, asynchronously.' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/', 'stays on / instead of the sign-in form');
    await page.getByText(LUIS.replace('luis.hernandez', 'maya.chen')).waitFor();
    await page.getByText(DEMO_PASSWORD).waitFor();
    await expectAccessible(page, 'landing page');
    await screenshot(page, 'friction-01-landing');
    assert.equal(await page.getByRole('link', { name: 'Sign in' }).getAttribute('href'), '/sign-in');
    assert.equal(await page.getByRole('link', { name: 'Create an account' }).getAttribute('href'), '/sign-up');

    await page.getByRole('button', { name: 'Open the demo' }).click();
    await page.waitForURL(/\/o\/[0-9a-f-]+$/);
    // Signed in, `/` goes to the organisation rather than the landing page.
    await page.goto('/');
    await page.waitForURL(/\/o\/[0-9a-f-]+$/);
    await context.close();
  });

  it('at 375 px the header is one row with a menu, the pages fit, and a form can be filled', async () => {
    const landing = await browser.newPage({ baseURL: product.url, viewport: PHONE });
    await landing.goto('/');
    await landing.getByRole('heading', { level: 1 }).waitFor();
    await assertNoSidewaysScroll(landing, 'the landing page');
    await expectAccessible(landing, 'landing page at phone width');
    await screenshot(landing, 'friction-02-landing-phone');
    await landing.close();

    const page = await signInAs(browser, product.url, LUIS);
    await page.setViewportSize(PHONE);
    const header = page.getByRole('banner');
    await screenshot(page, 'friction-03-home-phone');
    const height = (await header.boundingBox())!.height;
    assert.ok(height <= 72, `the header is ${height} px tall`);
    const nav = page.getByRole('navigation', { name: 'Organisation' });
    assert.equal(await nav.isVisible(), false, 'the links fold behind the menu');
    await assertNoSidewaysScroll(page, 'the organisation home');
    await expectAccessible(page, 'organisation home at phone width');

    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    const actionItems = nav.getByRole('link', { name: 'Action items' });
    const box = (await actionItems.boundingBox())!;
    assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, 'the whole label is on screen');
    await assertNoSidewaysScroll(page, 'the open menu');
    await screenshot(page, 'friction-04-menu-phone');
    await actionItems.click();
    await page.waitForURL(/\/actions$/);
    await nav.waitFor({ state: 'hidden' }); // navigating folds the menu
    await page.getByRole('heading', { level: 1 }).waitFor();
    await assertNoSidewaysScroll(page, 'the action items page');

    await menu.click();
    await nav.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('link', { name: 'Grade 7 Math PLC' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Grade 7 Math PLC' }).waitFor();
    await assertNoSidewaysScroll(page, 'the cohort page');
    await expectAccessible(page, 'cohort page at phone width');
    await page.getByRole('link', { name: OPEN_PROMPT }).first().click();
    await page.getByRole('heading', { level: 1, name: OPEN_PROMPT }).waitFor();
    await assertNoSidewaysScroll(page, 'the prompt page');
    await expectAccessible(page, 'prompt page at phone width');

    // The composer is usable: its field and its Publish button are within the screen's width.
    const another = page.getByRole('button', { name: 'Add another contribution' });
    if (await another.isVisible()) await another.click();
    const body = page.getByLabel('What you want to share');
    await body.fill('An exit ticket with one hinge question, sorted into three piles.');
    const field = (await body.boundingBox())!;
    assert.ok(field.x >= 0 && field.x + field.width <= PHONE.width, 'the text field fits the screen');
    const publish = page.getByRole('button', { name: 'Publish', exact: true });
    const button = (await publish.boundingBox())!;
    assert.ok(button.x + button.width <= PHONE.width, 'the Publish button fits the screen');
    await assertNoSidewaysScroll(page, 'the prompt page with the composer');
    await screenshot(page, 'friction-05-prompt-phone');
    await page.context().close();
  });

  it('after publishing with the keyboard, focus is on the published contribution, not the top of the page', async () => {
    const page = await signInAs(browser, product.url, MAYA);
    await page.getByRole('link', { name: 'Grade 7 Math PLC' }).first().click();
    // The cohort page first: the home page may link the same prompt title elsewhere.
    await page.getByRole('heading', { level: 1, name: 'Grade 7 Math PLC' }).waitFor();
    await page.getByRole('link', { name: OPEN_PROMPT }).first().click();
    await page.getByRole('heading', { level: 1, name: OPEN_PROMPT }).waitFor();
    const write = page.getByRole('button', { name: /^(Write a contribution|Add another contribution)$/ });
    await write.focus();
    await page.keyboard.press('Enter');
    const body = page.getByLabel('What you want to share');
    await body.focus();
    await page.keyboard.type('A facilitator note: we will start from the hinge questions.');
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Publish', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Posted' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id.startsWith('contribution-'));
    const focused = await page.evaluate(() => ({
      text: document.activeElement?.textContent ?? '',
      top: document.activeElement?.getBoundingClientRect().top ?? -1,
    }));
    assert.match(focused.text, /we will start from the hinge questions/);
    assert.ok(focused.top >= 0 && focused.top < 900, 'the focused card is on screen');
    // The next Tab continues inside the published card, not from the skip link.
    await page.keyboard.press('Tab');
    const inside = await page.evaluate(() => !!document.activeElement?.closest('article[id^="contribution-"]'));
    assert.ok(inside, 'Tab continues from the published contribution');
    await expectAccessible(page, 'prompt page after publishing');
    await screenshot(page, 'friction-06-after-publishing');
    await page.context().close();
  });
});
