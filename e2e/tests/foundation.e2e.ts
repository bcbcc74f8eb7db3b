import * as fs from 'node:fs';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, screenshot, signInAs } from '../support/browser';
import { startProduct, type RunningProduct } from '../support/product';

const DEMO = { email: 'maya.chen@riverside.example', password: 'openhuddle-demo' };
const run = Date.now().toString(36);
// A real 1×1 PNG: OpenHuddle re-encodes it to its 256 px square.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('foundation: accounts, organisations, invitations, roles', () => {
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

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ baseURL: product.url, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  it('a wrong password shows the message on the password field', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in to OpenHuddle' }).waitFor();
    assert.equal(await page.title(), 'Sign in to OpenHuddle · OpenHuddle');
    await expectAccessible(page, 'sign-in page');
    await screenshot(page, '01-sign-in');

    await page.getByLabel('Email').fill(DEMO.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();

    const password = page.getByLabel('Password');
    await page.getByText('Email or password is incorrect.').waitFor();
    assert.equal(await password.getAttribute('aria-invalid'), 'true');
    const describedBy = (await password.getAttribute('aria-describedby')) ?? '';
    const described = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      describedBy.split(' '),
    );
    assert.match(described, /Email or password is incorrect/);
    assert.ok(page.url().endsWith('/sign-in'), 'stays on the sign-in page');
    await screenshot(page, '02-sign-in-wrong-password');
    await page.context().close();
  });

  it('the sign-in form can be completed with the keyboard alone', async () => {
    const page = await newPage();
    await page.goto('/sign-in');
    await page.getByRole('heading', { level: 1 }).waitFor();

    // Tab from the top of the page: skip link first, then on to the email field.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('autocomplete') ?? '');
    for (let i = 0; i < 10 && (await focused()) !== 'email'; i++) await page.keyboard.press('Tab');
    assert.equal(await focused(), 'email', 'Tab reaches the email field');
    await page.keyboard.type(DEMO.email);
    await page.keyboard.press('Tab');
    assert.equal(await focused(), 'current-password', 'Tab moves from email to password');
    await page.keyboard.type(DEMO.password);
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/o\/[0-9a-f-]+$/);
    await page.getByRole('heading', { level: 1, name: 'Riverside Middle School' }).waitFor();
    await page.context().close();
  });

  it('A creates an organisation and invites B, who joins; A changes B’s role', async () => {
    const alice = { name: 'Alice Moreau', email: `alice.${run}@e2e.example`, password: 'alice-secret-1' };
    const bob = { name: 'Bruno Silva', email: `bruno.${run}@e2e.example`, password: 'bruno-secret-1' };
    const orgName = `Hilltop Learning Lab ${run}`;

    // A signs up and, having no organisation, is guided to create one.
    const a = await newPage();
    await a.goto('/sign-up');
    await a.getByLabel('Your name').fill(alice.name);
    await a.getByLabel('Email').fill(alice.email);
    await a.getByLabel('Password').fill(alice.password);
    await a.getByRole('button', { name: 'Create account' }).click();
    await a.getByText('Check your inbox').waitFor();
    // The account exists once the emailed link is opened.
    await a.goto((await product.mailbox.link(alice.email, '/verify-email')).toString());
    await a.waitForURL('**/organizations/new');
    await a.getByRole('heading', { level: 1, name: 'Create your organisation' }).waitFor();
    await screenshot(a, '03-create-organization');
    await a.getByLabel('Organisation name').fill(orgName);
    await a.getByRole('button', { name: 'Create organisation' }).click();

    await a.waitForURL(/\/o\/[0-9a-f-]+$/);
    const orgPath = new URL(a.url()).pathname;
    await a.getByRole('heading', { level: 1, name: orgName }).waitFor();
    assert.equal(await a.title(), `${orgName} · OpenHuddle`);
    await a.getByRole('main').getByText('Owner', { exact: true }).waitFor();
    await expectAccessible(a, 'organisation home');
    await screenshot(a, '04-organization-home');

    // A invites B as a member and reads the link from the page.
    await a.getByRole('navigation', { name: 'Organisation' }).getByRole('link', { name: 'Members' }).click();
    await a.waitForURL(`**${orgPath}/members`);
    await a.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await a.getByLabel('Email address').fill(bob.email);
    await a.getByLabel('Role').selectOption('MEMBER');
    await a.getByRole('button', { name: 'Create invitation' }).click();
    const linkField = a.getByLabel(`Invitation link for ${bob.email}`);
    await linkField.waitFor();
    const acceptUrl = await linkField.inputValue();
    assert.match(acceptUrl, new RegExp(`^${product.url}/invitations/[A-Za-z0-9_-]+$`));
    const invitation = await product.mailbox.next(bob.email);
    assert.equal(invitation.subject, `${alice.name} invited you to ${orgName} on OpenHuddle`);
    assert.equal(invitation.links[0], acceptUrl, 'the email carries the same link');
    await expectAccessible(a, 'members page');
    await screenshot(a, '05-members-invited');

    // B opens the link in another browser, signs up with the invited email, and accepts.
    const b = await newPage();
    await b.goto(acceptUrl);
    await b.getByRole('heading', { level: 1, name: `Join ${orgName}` }).waitFor();
    await b.getByText(`${alice.name} invited`).waitFor();
    assert.equal(await b.getByLabel('Email').inputValue(), bob.email, 'the invited email is prefilled');
    await expectAccessible(b, 'invitation page');
    await screenshot(b, '06-invitation');
    await b.getByLabel('Your name').fill(bob.name);
    await b.getByLabel('Password').fill(bob.password);
    await b.getByRole('button', { name: 'Create account and continue' }).click();
    await b.getByText('Check your inbox').waitFor();
    // The confirmation link brings B back to the invitation, signed in.
    await b.goto((await product.mailbox.link(bob.email, '/verify-email')).toString());
    await b.getByRole('button', { name: `Accept and join ${orgName}` }).click();
    await b.waitForURL(`**${orgPath}`);
    await b.getByRole('heading', { level: 1, name: orgName }).waitFor();
    await b.getByRole('main').getByText('Member', { exact: true }).waitFor();
    await screenshot(b, '07-joined');

    // A sees B among the members and makes B a facilitator.
    await a.reload();
    const roleOfBob = a.getByLabel(`Role of ${bob.name}`);
    await roleOfBob.waitFor();
    assert.equal(await roleOfBob.inputValue(), 'MEMBER');
    assert.equal(await a.getByText(`Invitation link for ${bob.email}`).count(), 0, 'the accepted invitation is gone');
    await roleOfBob.selectOption('FACILITATOR');
    await a.getByRole('button', { name: `Save role of ${bob.name}` }).click();
    await a.getByText(`${bob.name} is now a facilitator.`).waitFor();
    await screenshot(a, '08-role-changed');

    await a.reload();
    await a.getByLabel(`Role of ${bob.name}`).waitFor();
    assert.equal(await a.getByLabel(`Role of ${bob.name}`).inputValue(), 'FACILITATOR', 'the new role is saved');
    await a.context().close();
    await b.context().close();
  });
  it('a member uploads a picture; colleagues see it, served by OpenHuddle at 256 px', async () => {
    const luis = await signInAs(browser, product.url, 'luis.hernandez@riverside.example');
    await luis.goto('/profile');
    await luis.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    assert.equal(await luis.getByLabel('Photo address (optional)').count(), 0, 'no address on another site');
    await luis.getByLabel('Picture file').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
    await luis.getByRole('status').filter({ hasText: 'Your picture is saved.' }).waitFor();
    await luis.getByRole('button', { name: 'Change picture' }).waitFor();
    await expectAccessible(luis, 'profile with a picture');
    await screenshot(luis, '09-profile-picture');
    await luis.context().close();

    // A colleague sees it on Luis's contribution, from OpenHuddle itself.
    const maya = await signInAs(browser, product.url, DEMO.email);
    await maya.getByRole('link', { name: 'Grade 7 Math PLC' }).first().click();
    await maya.getByRole('link', { name: 'Week 3: One formative assessment that worked this week' }).first().click();
    const picture = maya
      .locator('article[id^="contribution-"]')
      .filter({ hasText: 'Luis Hernández' })
      .locator('img[src^="/api/avatars/"]')
      .first();
    await picture.waitFor();
    await maya.waitForFunction((img) => (img as HTMLImageElement).naturalWidth === 256, await picture.elementHandle());
    await maya.context().close();
  });
  it('a member downloads their data, then deletes their account, and cannot sign in again', async () => {
    const email = 'kofi.mensah@riverside.example';
    const kofi = await signInAs(browser, product.url, email);
    await kofi.goto('/profile');
    const section = kofi.getByRole('region', { name: 'Your data' });
    const [download] = await Promise.all([
      kofi.waitForEvent('download'),
      section.getByRole('link', { name: 'Download my data' }).click(),
    ]);
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    assert.equal(exported.profile.email, email);
    assert.ok(exported.contributions.length > 0, 'the export holds his contributions');

    await section.getByRole('button', { name: 'Delete my account…' }).click();
    const form = kofi.getByRole('form', { name: 'Delete my account' });
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await form.getByText('Type your email address to confirm.').first().waitFor();
    await form.getByLabel(/^Type your email address/).fill(email);
    await form.getByLabel('Password').fill(DEMO_PASSWORD);
    await expectAccessible(kofi, 'deleting an account');
    await screenshot(kofi, '10-delete-account');
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await kofi.waitForURL((url) => url.pathname === '/');
    await kofi.goto('/sign-in');
    await kofi.getByLabel('Email').fill(email);
    await kofi.getByLabel('Password').fill(DEMO_PASSWORD);
    await kofi.getByRole('button', { name: 'Sign in' }).click();
    await kofi.getByText('Email or password is incorrect.').first().waitFor();
    await kofi.context().close();
  });
});
