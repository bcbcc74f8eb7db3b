/**
 * Saves 1280×800 screenshots of the key pages, signed in as the demo facilitator, into
 * docs/screenshots/ (committed; the README shows them). Run: pnpm --filter @openhuddle/e2e screenshots
 */
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, screenshot } from '../support/browser';
import { REPO_ROOT, startProduct } from '../support/product';

const OUT = path.join(REPO_ROOT, 'docs', 'screenshots');
const DEMO = {
  facilitator: { email: 'maya.chen@riverside.example' },
  owner: { email: 'daniel.okafor@riverside.example' },
  password: 'openhuddle-demo',
};

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/o\/[0-9a-f-]+$/);
}

/** Lets fonts settle and hides the caret, so screenshots are stable. */
// The caret style is injected inline, which the product's CSP refuses: screenshot contexts bypass CSP.
async function settle(page: Page): Promise<void> {
  await page.addStyleTag({ content: '*{caret-color:transparent !important}' });
  await page.waitForLoadState('networkidle');
}

async function main(): Promise<void> {
  const browser = await launchBrowser();
  const product = await startProduct({ mail: 'outbox' });
  const saved: string[] = [];
  try {
    const context = await browser.newContext({
      baseURL: product.url,
      viewport: { width: 1280, height: 800 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);

    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settle(page);
    saved.push(await screenshot(page, 'sign-in', OUT));

    // The owner invites someone, so the members page shows a pending invitation with its link.
    await signIn(page, DEMO.owner.email);
    const orgPath = new URL(page.url()).pathname;
    await page.goto(`${orgPath}/members`);
    await page.getByLabel('Email address').fill('new.teacher@riverside.example');
    await page.getByRole('button', { name: 'Create invitation' }).click();
    await page.getByLabel('Invitation link for new.teacher@riverside.example').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    saved.push(await screenshot(page, 'members-admin', OUT));
    const acceptUrl = await page.getByLabel('Invitation link for new.teacher@riverside.example').inputValue();
    // The invitation email, in the outbox admins read when no SMTP server is set (the demo).
    await page.goto(`${orgPath}/outbox`);
    await page.getByRole('heading', { level: 1, name: 'Email outbox' }).waitFor();
    await page.getByText('invited you to Riverside Middle School').first().click();
    await settle(page);
    saved.push(await screenshot(page, 'outbox', OUT));
    await context.clearCookies();

    const guest = await browser.newContext({
      baseURL: product.url,
      viewport: { width: 1280, height: 800 },
      bypassCSP: true,
    });
    const invitee = await guest.newPage();
    await invitee.goto(acceptUrl);
    await invitee.getByRole('heading', { level: 1 }).waitFor();
    await settle(invitee);
    saved.push(await screenshot(invitee, 'invitation', OUT));
    await guest.close();

    // The demo facilitator's everyday view.
    await signIn(page, DEMO.facilitator.email);
    await page.getByRole('heading', { level: 1, name: 'Riverside Middle School' }).waitFor();
    await settle(page);
    saved.push(await screenshot(page, 'organization-home', OUT));

    // The asynchronous core and the huddle, from the demo PLC.
    await page.getByRole('link', { name: 'Grade 7 Math PLC' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Grade 7 Math PLC' }).waitFor();
    await settle(page);
    saved.push(await screenshot(page, 'cohort', OUT));
    const cohortUrl = page.url();
    await page
      .getByRole('link', { name: /One formative assessment that worked/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /One formative assessment that worked/ }).waitFor();
    await page.getByText('Hinge question on unit rates').first().waitFor();
    await settle(page);
    saved.push(await screenshot(page, 'prompt', OUT));
    await page.goto(cohortUrl);
    await page
      .getByRole('link', { name: /PLC huddle — formative assessment/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /PLC huddle — formative assessment/ }).waitFor();
    await settle(page);
    saved.push(await screenshot(page, 'brief', OUT));

    // Live mode on that huddle: the agenda suggested from the brief, started, a note and a decision.
    const briefUrl = page.url();
    const agenda = page.getByRole('region', { name: 'Agenda' });
    if ((await agenda.getByRole('listitem').count()) === 0) {
      await agenda.getByRole('button', { name: 'Suggest from brief' }).click();
      await agenda.getByRole('listitem').first().waitFor();
    }
    await page.goto(`${briefUrl}/live`);
    await page.getByRole('button', { name: 'Start huddle' }).click();
    await page.getByText(/^Now discussing item 1 of /).waitFor();
    await page.getByRole('button', { name: 'Next item →' }).click();
    await page.getByText(/^Now discussing item 2 of /).waitFor();
    await page
      .getByRole('textbox', { name: 'Your notes' })
      .fill('Every team tries one hinge question next week; bring the results on Thursday.');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page
      .getByRole('textbox', { name: 'Decision' })
      .fill('Hinge questions every Monday, shared in the PLC folder.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText('Hinge questions every Monday, shared in the PLC folder.').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await settle(page);
    saved.push(await screenshot(page, 'huddle-live', OUT));

    await page.goto(`${orgPath.replace(/\/$/, '')}/notifications/preferences`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await settle(page);
    saved.push(await screenshot(page, 'notification-preferences', OUT));

    await page.goto(`${orgPath.replace(/\/$/, '')}/protocols`);
    await page.getByRole('heading', { level: 1, name: 'Feedback protocols' }).waitFor();
    await settle(page);
    saved.push(await screenshot(page, 'protocols', OUT));
    await page.goto(orgPath.replace(/\/$/, ''));

    await page.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await page.getByText('Maya Chen').first().waitFor();
    await settle(page);
    saved.push(await screenshot(page, 'members', OUT));

    await page.getByRole('button', { name: 'Organisation: Riverside Middle School' }).click();
    await settle(page);
    saved.push(await screenshot(page, 'organization-switcher', OUT));
    await page.keyboard.press('Escape');

    await page.goto('/profile');
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    await settle(page);
    saved.push(await screenshot(page, 'profile', OUT));
  } finally {
    await browser.close();
    await product.stop();
  }
  process.stdout.write(`Saved:\n${saved.map((f) => `  ${path.relative(REPO_ROOT, f)}`).join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
