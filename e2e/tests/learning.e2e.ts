import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const MAYA = 'maya.chen@riverside.example'; // facilitator
const LUIS = 'luis.hernandez@riverside.example'; // member
const SARAH = 'sarah.kim@riverside.example'; // member
const run = Date.now().toString(36);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('learning together: cohort, prompt, contribution, Glow & Grow feedback, revision', () => {
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

  /** The facilitator's setup through the UI: a new cohort with Luis and Sarah in it. */
  async function createCohortWithMembers(maya: Page, name: string): Promise<void> {
    await maya.getByRole('link', { name: 'New cohort' }).click();
    await maya.getByLabel('Name').fill(name);
    await maya.getByRole('button', { name: 'Create cohort' }).click();
    await maya.getByRole('heading', { level: 1, name }).waitFor();
    await maya.getByRole('checkbox', { name: 'Luis Hernández' }).check();
    await maya.getByRole('checkbox', { name: 'Sarah Kim' }).check();
    await maya.getByRole('button', { name: 'Add 2 people' }).click();
    await maya.getByText('Added Luis Hernández, Sarah Kim.').waitFor();
  }

  async function post(page: Page, promptPath: string, text: string): Promise<void> {
    await page.goto(promptPath);
    await page.getByLabel('What you want to share').fill(text);
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: /^You/ }).waitFor();
  }

  it('a facilitator runs a prompt; members post, give feedback, mark it helpful and revise', async () => {
    const cohortName = `Reading circle ${run}`;
    const promptTitle = `Share one routine that gets students talking ${run}`;

    // The facilitator starts a cohort from the organisation home.
    const maya = await signIn(MAYA);
    await maya.getByRole('link', { name: 'New cohort' }).click();
    await maya.getByRole('heading', { level: 1, name: 'New cohort' }).waitFor();
    await maya.getByLabel('Name').fill(cohortName);
    await maya.getByRole('button', { name: 'Create cohort' }).click();
    await maya.getByRole('heading', { level: 1, name: cohortName }).waitFor();

    // … adds two members of the organisation …
    await maya.getByRole('checkbox', { name: 'Luis Hernández' }).check();
    await maya.getByRole('checkbox', { name: 'Sarah Kim' }).check();
    await maya.getByRole('button', { name: 'Add 2 people' }).click();
    await maya.getByText('Added Luis Hernández, Sarah Kim.').waitFor();
    const people = maya.getByRole('region', { name: 'People', exact: true });
    await people.getByText('Sarah Kim', { exact: true }).waitFor();
    await expectAccessible(maya, 'cohort page');

    // … and publishes a prompt with the Glow & Grow protocol.
    await maya.getByRole('link', { name: 'New prompt' }).click();
    await maya.getByRole('heading', { level: 1, name: 'New prompt' }).waitFor();
    await maya.getByLabel('Title').fill(promptTitle);
    await maya.getByLabel('Instructions').fill('Describe **one** routine.\n\n- What did you try?\n- What happened?');
    await maya.getByLabel('Feedback protocol').selectOption({ label: 'Glow & Grow' });
    await expectAccessible(maya, 'new prompt form');
    await maya.getByRole('button', { name: 'Publish prompt' }).click();
    await maya.getByRole('heading', { level: 1, name: promptTitle }).waitFor();
    await maya.getByText('Open', { exact: true }).first().waitFor();
    await maya.getByRole('strong').filter({ hasText: 'one' }).waitFor(); // Markdown rendered
    const promptPath = new URL(maya.url()).pathname;
    assert.match(promptPath, /\/prompts\/[0-9a-f-]+$/);

    // A second member already has the prompt open: what peers post appears there live.
    const sarah = await signIn(SARAH);
    await sarah.goto(promptPath);
    await sarah.getByText('No contributions yet').waitFor();

    // A member writes; the draft saves itself, then they publish.
    const luis = await signIn(LUIS);
    await luis.goto(promptPath);
    await luis.getByRole('heading', { level: 1, name: promptTitle }).waitFor();
    await luis
      .getByLabel('What you want to share')
      .fill('Turn and talk with a **sentence frame** before every answer.');
    await luis.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor({ state: 'attached' });
    // … with a photo of the board (a 1×1 PNG): it uploads at once and joins the draft.
    await luis.getByLabel('Files (optional)').setInputFiles({ name: 'board.png', mimeType: 'image/png', buffer: PNG });
    await luis.getByRole('status').filter({ hasText: 'Attached board.png.' }).waitFor();
    await luis.getByRole('button', { name: 'Publish', exact: true }).click();
    await luis.getByRole('heading', { level: 3, name: /^You/ }).waitFor();
    await luis.getByText('sentence frame', { exact: true }).waitFor();

    // Without reloading, the second member sees it arrive, and hears about it politely.
    await sarah.getByRole('heading', { level: 3, name: 'Luis Hernández' }).waitFor();
    await sarah.getByRole('status').filter({ hasText: 'New contribution from Luis Hernández.' }).waitFor({
      state: 'attached',
    });
    const image = sarah.getByRole('img', { name: 'board.png' });
    await image.waitFor();
    await sarah.waitForFunction((img) => (img as HTMLImageElement).naturalWidth === 1, await image.elementHandle());

    // The second member gives Glow & Grow feedback; the protocol's required section is enforced.
    await sarah.getByRole('button', { name: 'Give feedback to Luis Hernández' }).click();
    await sarah.getByText(/^Glow & Grow:/).waitFor();
    await sarah.getByRole('textbox', { name: 'Glow (required)' }).fill('The frame gives everyone a way in.');
    await sarah.getByRole('button', { name: 'Send feedback' }).click();
    const grow = sarah.getByRole('textbox', { name: 'Grow (required)' });
    await sarah.getByText('Grow is required.').waitFor();
    assert.equal(await grow.getAttribute('aria-invalid'), 'true');
    // A sentence stem goes into its section, and typing carries on right after it.
    await sarah.getByRole('button', { name: 'Next time you might…' }).click();
    await sarah.keyboard.type('post the frame on the board.');
    assert.equal(await grow.inputValue(), 'Next time you might… post the frame on the board.');
    await expectAccessible(sarah, 'prompt page with the feedback form');
    await sarah.getByRole('button', { name: 'Send feedback' }).click();
    await sarah.getByText('Feedback sent. Thank you!').waitFor();
    await sarah.getByText('Next time you might… post the frame on the board.').waitFor();
    const reactions = sarah.getByRole('group', { name: 'Reactions' });
    await reactions.getByRole('button', { name: 'I’ll try this' }).click();
    await reactions.getByRole('button', { name: 'I’ll try this 1' }).waitFor();
    assert.equal(await reactions.getByRole('button', { name: 'I’ll try this 1' }).getAttribute('aria-pressed'), 'true');

    // The author finds the new feedback in their queue, and the link lands on the contribution.
    await luis.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'My queue' }).click();
    await luis.getByRole('heading', { level: 1, name: 'My queue' }).waitFor();
    await expectAccessible(luis, 'queue page');
    await luis.getByRole('link', { name: 'Sarah Kim gave you feedback' }).click();
    await luis.waitForURL(/#contribution-[0-9a-f-]+$/);

    // The author marks it helpful, then revises, answering that feedback.
    const feedback = luis.getByRole('article', { name: 'Feedback from Sarah Kim' });
    await feedback.getByText('The frame gives everyone a way in.').waitFor();
    await luis.getByText('I’ll try this: 1').waitFor(); // counts only, never who
    await feedback.getByRole('button', { name: 'Mark helpful' }).click();
    await feedback.getByRole('button', { name: '✓ Helpful' }).waitFor();
    assert.equal(await feedback.getByRole('button', { name: '✓ Helpful' }).getAttribute('aria-pressed'), 'true');

    await luis.getByRole('button', { name: 'Revise', exact: true }).click();
    await luis
      .getByLabel('Contribution', { exact: true })
      .fill('Turn and talk with a **sentence frame**, posted on the board.');
    await luis.getByLabel('This revision answers feedback from (optional)').selectOption({ label: 'Sarah Kim' });
    await luis.getByRole('button', { name: 'Save revision' }).click();
    await luis.getByText('posted on the board.').first().waitFor();
    await luis.getByText('Earlier versions (1)').click();
    await luis.getByText(/the change answered feedback from Sarah Kim/).waitFor();
    await expectAccessible(luis, 'prompt page after revising');
    await luis.evaluate(() => window.scrollTo(0, 0));
    await screenshot(luis, '20-prompt-feedback-revised');

    // Sarah sees the helpful mark.
    await sarah.reload();
    await sarah.getByText('Helpful to the author').waitFor();

    // Search finds the feedback and the contribution, from the organisation home.
    await sarah.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Home' }).click();
    await sarah
      .getByRole('searchbox')
      .or(sarah.getByLabel('Search contributions, feedback and comments'))
      .first()
      .fill('frame board');
    await sarah.getByRole('search').getByRole('button', { name: 'Search' }).click();
    await sarah.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    await sarah.getByText(/results? for “frame board”/).waitFor();
    await sarah.getByText('Feedback', { exact: true }).first().waitFor();
    await expectAccessible(sarah, 'search results');

    for (const page of [maya, luis, sarah]) await page.context().close();
  });

  it('post-first, anonymous prompt: peers stay hidden until you post, then show as "Anonymous member"', async () => {
    const promptTitle = `Where do students get stuck? ${run}`;
    const maya = await signIn(MAYA);
    await createCohortWithMembers(maya, `Anonymous circle ${run}`);
    await maya.getByRole('link', { name: 'New prompt' }).click();
    await maya.getByLabel('Title').fill(promptTitle);
    await maya.getByLabel('When members see each other’s contributions').selectOption('POST_FIRST');
    await maya.getByLabel('Names').selectOption('TO_PEERS');
    await maya.getByRole('button', { name: 'Publish prompt' }).click();
    await maya.getByRole('heading', { level: 1, name: promptTitle }).waitFor();
    await maya.getByText('You see how peers answered once you have posted your own.').waitFor();
    const promptPath = new URL(maya.url()).pathname;

    const sarah = await signIn(SARAH);
    await sarah.goto(promptPath);
    await sarah.getByText('Post yours to see how peers answered').waitFor();
    await post(sarah, promptPath, 'They subtract before dividing.');

    // Luis has not posted: Sarah's contribution is hidden, and the page says why.
    const luis = await signIn(LUIS);
    await luis.goto(promptPath);
    await luis.getByText('Post yours to see how peers answered').waitFor();
    assert.equal(await luis.locator('article.contribution').count(), 0, 'no peer contribution before posting');
    await post(luis, promptPath, 'They drop the negative sign.');
    await luis.getByRole('heading', { level: 3, name: 'Anonymous member' }).waitFor();
    await luis.getByText('They subtract before dividing.').waitFor();
    // On the page (the bell may rightly name Sarah for feedback she gave Luis on another prompt).
    assert.equal(
      await luis.getByRole('main').getByText('Sarah Kim').count(),
      0,
      'the anonymous author is never named to peers',
    );
    assert.equal(await luis.getByText('Post yours to see how peers answered').count(), 0);
    await expectAccessible(luis, 'post-first prompt after posting');
    await luis.evaluate(() => window.scrollTo(0, 0));
    await screenshot(luis, '21-prompt-anonymous-post-first');

    // Facilitators always see who wrote what.
    await maya.reload();
    await maya.getByRole('heading', { level: 3, name: 'Sarah Kim' }).waitFor();

    for (const page of [maya, luis, sarah]) await page.context().close();
  });
});
