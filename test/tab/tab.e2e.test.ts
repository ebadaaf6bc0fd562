import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { BotProcess, freePort, postActivity, tempDataDir, type ActivityReply } from '../helpers/server-process';
import { defaultDoc, KNEW_REFERRED_NEW, KNEW_REFERRED_OLD } from './fixtures';
import { TokenIssuer } from './token-issuer';

/**
 * The managers' tab end to end: real server process (tab in Entra mode, trusting a local JWKS),
 * real Chromium, real signed tokens. Outside Teams the page cannot ask teams-js for a token, so
 * the browser context sends the token Teams would provide as an Authorization header.
 */
// Screenshots go to a temporary folder; WMA_UPDATE_SCREENSHOTS=1 writes the committed ones in docs/screenshots/.
const SHOTS = process.env['WMA_UPDATE_SCREENSHOTS'] === '1' ? 'docs/screenshots' : tempDataDir('wma-tab-shots-');
const ONS4_REASON = 'Validated instrument (ONS4, ONS, Crown copyright): wording and scoring cannot be changed; you can include or remove it';

const issuer = new TokenIssuer();
let bot: BotProcess;
let browser: Browser;

const joined = (replies: ActivityReply[]) => replies.map((r) => r.text ?? r.summary ?? '').join('\n');

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await issuer.start();
  bot = new BotProcess(await freePort(), { WMA_DATA_DIR: tempDataDir('wma-tab-e2e-'), ...issuer.env() });
  await bot.start();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await bot?.stop();
  await issuer.stop();
});

async function openTab(roles: string[]): Promise<Page> {
  const token = await issuer.token({ roles });
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const page = await context.newPage();
  await page.goto(`${bot.url}/tab`);
  await page.locator('#who').filter({ hasText: 'Morgan Manager' }).waitFor();
  return page;
}

const questionCard = (page: Page, path: string) => page.locator(`details[data-path="${path}"]`);

describe('managers tab (Playwright, running server)', () => {
  it('edit, validation error, preview, publish: new assessments get the new wording, in-progress ones keep theirs', async () => {
    // An assessment started before the publish.
    const before = await postActivity(bot.url, { text: 'start 9434765919', conversationId: 'conv-before', userId: 'lw-before' });
    expect(joined(before.replies)).toContain('In your own words, why do you think you were referred to us?');

    const page = await openTab(['Scripts.Manage']);
    await expect.poll(() => page.locator('#who').textContent()).toContain('can edit and publish');
    await page.click('#edit-draft');

    // Reword a question.
    const knew = questionCard(page, 'sections[0].questions[1]');
    await knew.locator('summary').click();
    await knew.locator('textarea[name="sections[0].questions[1].text"]').fill(KNEW_REFERRED_NEW);

    // A bad edit: an options list with one option is refused with a precise, visible message.
    const share = questionCard(page, 'sections[1].questions[0]');
    await share.locator('summary').click();
    // Issue 20: answers are named by their labels; a removal can be undone from the notice.
    await share.getByRole('button', { name: /Remove answer “Nothing”/ }).click();
    await share.getByRole('button', { name: /Remove answer “Codes only”/ }).click();
    await page.locator('#problems').filter({ hasText: 'expected at least 2 options' }).waitFor();
    expect(await page.locator('#problems').textContent()).toContain(
      'Section 2 “Consent and context”, question “What may we share with your GP?”, answers: expected at least 2 options',
    );
    expect(await share.locator('.field-error').first().textContent()).toBe('expected at least 2 options');
    await share.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/tab-validation-error.png` });
    expect(await page.locator('#save').isEnabled()).toBe(true);
    // Validation is live and changes nothing: the store still has only v1.
    const listed = await page.evaluate(() => fetch('/api/scripts').then((r) => r.json()));
    expect(listed.scripts[0].versions.map((v: { version: number }) => v.version)).toEqual([1]);

    // Fix it by adding the option back.
    // The new answer's code is made from its label ("Codes only" → codes_only).
    await share.getByRole('button', { name: 'Add an answer to question 1 in “Consent and context”' }).click();
    await share.getByRole('textbox', { name: 'Answer 2 of question 1 in “Consent and context”' }).fill('Codes only');
    await page.locator('#valid').waitFor();
    await page.click('#save');
    await page.locator('#notice').filter({ hasText: 'Draft v2 saved' }).waitFor();

    // Preview the draft in the test chat.
    await page.click('#preview-start');
    await page.locator('.chat-log').filter({ hasText: 'why do you think you were referred' }).waitFor();
    await page.fill('.chat-input', 'Feeling low since the move');
    await page.press('.chat-input', 'Enter');
    await page.locator('.chat-log').filter({ hasText: KNEW_REFERRED_NEW }).waitFor();
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await page.locator('.chat-log').filter({ hasText: 'happy to talk with me today' }).waitFor();
    await knew.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/tab-preview.png` });

    // Publish.
    await page.click('#publish');
    await page.getByRole('button', { name: 'Publish v2' }).click();
    await page.locator('#notice').filter({ hasText: 'Published v2' }).waitFor();
    await page.locator('li[data-version="1"][data-status="retired"]').waitFor();
    await page.locator('#audit').filter({ hasText: 'morgan.manager@example.nhs.uk' }).waitFor();
    expect(await page.locator('#audit').textContent()).toMatch(/Published v2/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/tab-published.png` });

    // Diff v1 → v2.
    await page.getByRole('button', { name: 'Show differences' }).click();
    await page.locator('#diff').filter({ hasText: 'Reworded a question in “Referral screening”' }).waitFor();
    expect(await page.locator('#diff ins').first().textContent()).toBe(KNEW_REFERRED_NEW);
    await page.locator('#diff').screenshot({ path: `${SHOTS}/tab-diff.png` });

    // Over HTTP: the in-progress assessment keeps the old wording, a new one gets the new wording.
    const cont = await postActivity(bot.url, { text: 'Lonely since moving', conversationId: 'conv-before', userId: 'lw-before' });
    expect(joined(cont.replies)).toContain(KNEW_REFERRED_OLD);
    expect(joined(cont.replies)).not.toContain(KNEW_REFERRED_NEW);
    await postActivity(bot.url, { text: 'start 9434765870', conversationId: 'conv-after', userId: 'lw-after' });
    const fresh = await postActivity(bot.url, { text: 'Lonely since moving', conversationId: 'conv-after', userId: 'lw-after' });
    expect(joined(fresh.replies)).toContain(KNEW_REFERRED_NEW);

    // Export v2 as a FHIR Questionnaire from the page.
    await page.getByRole('combobox', { name: 'Export format for v2' }).selectOption('fhir');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download v2 as the chosen format' }).click()]);
    expect(download.suggestedFilename()).toBe('what_matters_default-v2.questionnaire.json');
    const fhir = JSON.parse(await new Response((await download.createReadStream()) as unknown as ReadableStream).text());
    expect(fhir).toMatchObject({ resourceType: 'Questionnaire', version: '2', status: 'active' });

    // Roll back to v1: republished as v3, and the next new assessment asks the old wording again.
    await page.getByRole('button', { name: 'Roll back to v1' }).click();
    await page.getByRole('button', { name: 'Republish v1' }).click();
    await page.locator('#notice').filter({ hasText: 'v1 republished as v3' }).waitFor();
    await page.locator('li[data-version="3"][data-status="published"]').waitFor();
    // Issue 20: the editor shows the real live version after a roll back, not the retired v2.
    await page.locator('#editor-status').filter({ hasText: 'v3 · published · live' }).waitFor();
    await postActivity(bot.url, { text: 'start 4010232137', conversationId: 'conv-rolled-back', userId: 'lw-rb' });
    const rolled = await postActivity(bot.url, { text: 'Lonely since moving', conversationId: 'conv-rolled-back', userId: 'lw-rb' });
    expect(joined(rolled.replies)).toContain(KNEW_REFERRED_OLD);
    await page.context().close();
  });

  it('a locked instrument shows why it is locked, cannot be reworded in the page, and the API refuses it', async () => {
    const page = await openTab(['Scripts.Manage']);
    await page.click('#edit-draft');
    const wellbeing = page.locator('section[data-path="sections[4]"]');
    expect(await wellbeing.locator('.lock-text').textContent()).toBe(ONS4_REASON);
    expect(await wellbeing.locator('.locked-wording').first().textContent()).toBe('Overall, how satisfied are you with your life nowadays?');
    const editableWithWording = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].some((e) =>
        e.value.includes('how satisfied are you with your life'),
      ),
    );
    expect(editableWithWording).toBe(false);
    await wellbeing.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/tab-locked-instrument.png` });

    // A power user tries it in the raw view: the reason is shown at the exact place.
    await page.getByRole('tab', { name: 'Raw YAML / JSON' }).click();
    const raw = page.locator('#raw');
    const text = await raw.inputValue();
    await raw.fill(text.replace(/\n(\s*)instrument: ons4\n/, '\n$1instrument: ons4\n$1items:\n$1  - text: How happy are you these days?\n'));
    await page.locator('#problems').filter({ hasText: ONS4_REASON }).waitFor();
    expect(await page.locator('#problems code').first().textContent()).toBe('sections[4].items');
    await page.evaluate(() => window.scrollTo(0, 0));
    // Show the offending lines in the screenshot.
    await raw.evaluate((el: HTMLTextAreaElement) => {
      const line = el.value.slice(0, el.value.indexOf('items:')).split('\n').length;
      el.scrollTop = Math.max(0, (line - 10) * 14.5);
    });
    await page.screenshot({ path: `${SHOTS}/tab-raw-locked.png` });

    const doc = defaultDoc();
    doc.sections[4]!.items = [{ key: 'life_satisfaction', text: 'How happy are you these days?' }];
    const token = await issuer.token({ roles: ['Scripts.Manage'] });
    const r = await fetch(`${bot.url}/api/scripts/what_matters_default/draft`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ document: doc }),
    });
    expect(r.status).toBe(422);
    expect(await r.json()).toMatchObject({ issues: [{ path: 'sections[4].items', message: ONS4_REASON }] });
    await page.context().close();
  });

  it('refuses changes without the role (403) and any request without a token (401)', async () => {
    const body = JSON.stringify({ document: defaultDoc() });
    const put = (headers: Record<string, string>) =>
      fetch(`${bot.url}/api/scripts/what_matters_default/draft`, { method: 'PUT', headers: { 'content-type': 'application/json', ...headers }, body });
    expect((await put({})).status).toBe(401);
    expect((await fetch(`${bot.url}/api/scripts`)).status).toBe(401);
    const reader = await issuer.token({ roles: [] });
    expect((await put({ authorization: `Bearer ${reader}` })).status).toBe(403);

    // The page itself: a reader sees scripts read-only, with no edit or publish controls.
    const page = await openTab([]);
    await expect.poll(() => page.locator('#who').textContent()).toContain('read only');
    expect(await page.locator('#edit-draft').count()).toBe(0);
    expect(await page.locator('#publish').count()).toBe(0);
    await page.locator('#editor-head h2').waitFor();
    expect(await page.locator('input[name="title"]').isEditable()).toBe(false);
    await page.screenshot({ path: `${SHOTS}/tab-read-only.png` });
    await page.context().close();

    // Without a token (outside Teams) the page says sign-in is required.
    const anon = await browser.newPage({ viewport: { width: 1600, height: 600 } });
    await anon.goto(`${bot.url}/tab`);
    await anon.locator('#notice').filter({ hasText: 'Sign-in required' }).waitFor();
    await anon.close();
  });

  it('local mode (no tenant configured) uses the development identity and says so on the page', async () => {
    const local = new BotProcess(await freePort(), { WMA_DATA_DIR: tempDataDir('wma-tab-local-') });
    await local.start();
    try {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(`${local.url}/tab`);
      await page.locator('#who').filter({ hasText: 'local-dev-manager' }).waitFor();
      expect(await page.locator('#local-banner').textContent()).toMatch(/Local development mode: no Teams sign-in\. You are "local-dev-manager".*localhost/);
      await page.locator('#editor-head h2').waitFor();
      await page.screenshot({ path: `${SHOTS}/tab-local-mode.png` });
      await page.close();
    } finally {
      await local.stop();
    }
  });
});
