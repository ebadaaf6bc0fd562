import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { launchBrowser } from '../helpers/browser';
import { tempDataDir } from '../helpers/server-process';
import { TokenIssuer } from '../tab/token-issuer';
import { masked } from './helpers';
import { LW1, LW2, PEOPLE, startCaseloadServer } from './caseload-server';

/**
 * "My caseload" in the tab: the API returns only the signed-in link worker's own people (the
 * token's object id is the owner), and the page renders them in a real Chromium. Screenshots go
 * to a temporary folder; WMA_UPDATE_SCREENSHOTS=1 writes docs/screenshots/caseload.png instead.
 */
const OUT = process.env['WMA_UPDATE_SCREENSHOTS'] === '1' ? join(process.cwd(), 'docs', 'screenshots') : tempDataDir('wma-caseload-shots-');
const issuer = new TokenIssuer();
let app: App;
let base = '';
let browser: Browser;

beforeAll(async () => {
  await issuer.start();
  ({ app, base } = await startCaseloadServer(issuer));
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await issuer.stop();
});

const get = async (path: string, token?: string) => {
  const r = await fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: r.status, body: (await r.json()) as { rows: Array<{ masked: string; status: string }>; counts: Record<string, number>; error?: string } };
};

describe('/api/caseload', () => {
  it('returns the caller’s own people, masked, in caseload order; another user gets none of them', async () => {
    const mine = await get('/api/caseload', await issuer.token({ oid: LW1, name: 'Sam Patel' }));
    expect(mine.status).toBe(200);
    expect(mine.body.rows.map((r) => [r.masked, r.status])).toEqual([
      [masked(PEOPLE.overdue), 'review_due'],
      [masked(PEOPLE.atCap), 'at_cap'],
      [masked(PEOPLE.draft), 'plan_draft'],
      [masked(PEOPLE.screening), 'screening'],
      [masked(PEOPLE.flagged), 'plan_agreed'],
      [masked(PEOPLE.discharged), 'discharged'],
    ]);
    expect(mine.body.counts).toEqual({ all: 6, due: 2, cap: 1 });
    const raw = JSON.stringify(mine.body);
    for (const p of Object.values(PEOPLE)) expect(raw).not.toContain(p);
    expect(raw).not.toContain('three calls'); // the discharge note stays in the record

    const theirs = await get('/api/caseload', await issuer.token({ oid: LW2 }));
    expect(theirs.body.rows.map((r) => r.masked)).toEqual([masked(PEOPLE.other)]);
    const stranger = await get('/api/caseload', await issuer.token({ oid: 'aad-nobody' }));
    expect(stranger.body.rows).toEqual([]);
    expect((await get('/api/caseload?filter=cap', await issuer.token({ oid: LW1 }))).body.rows.map((r) => r.masked)).toEqual([masked(PEOPLE.atCap)]);
  });

  it('refuses without a valid sign-in, and a bad filter changes nothing', async () => {
    expect((await get('/api/caseload')).status).toBe(401);
    expect((await get('/api/caseload', await issuer.token({ oid: LW1, foreignKey: true }))).status).toBe(401);
    const bad = await get('/api/caseload?filter=everyone', await issuer.token({ oid: LW1 }));
    expect(bad).toMatchObject({ status: 400, body: { error: 'filter must be all, due or cap.' } });
  });
});

describe('My caseload page (real Chromium)', () => {
  it('renders a row per person with status, filters and an open action; screenshot', async () => {
    const token = await issuer.token({ oid: LW1, name: 'Sam Patel', upn: 'sam.patel@example.nhs.uk' });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      const url = m.location().url;
      if (m.type() === 'error' && !url.startsWith('https://res.cdn.office.net/') && !url.endsWith('/favicon.ico')) problems.push(`${m.text()} ${url}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/tab/caseload.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const rows = page.locator('#rows tr');
    expect(await rows.count()).toBe(6);
    expect(await rows.locator('.masked').allTextContents()).toEqual(
      [PEOPLE.overdue, PEOPLE.atCap, PEOPLE.draft, PEOPLE.screening, PEOPLE.flagged, PEOPLE.discharged].map(masked),
    );
    expect(await rows.locator('.status').allTextContents()).toEqual(['Review due', 'At session cap', 'Plan draft', 'Screening', 'Plan agreed', 'Discharged']);
    expect(await rows.nth(1).locator('td').nth(2).textContent()).toBe('6 of 6');
    expect(await rows.nth(4).textContent()).toContain('⚑ supervision');
    expect(await rows.nth(5).textContent()).toContain('Could not be contacted');
    expect(await page.locator('#who').textContent()).toBe('Sam Patel');
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'caseload.png'), fullPage: true });

    // Open: the command that opens the person in chat.
    await rows
      .nth(0)
      .getByRole('button', { name: `Open ${masked(PEOPLE.overdue)}` })
      .click();
    await expect.poll(() => page.locator('#open-hint').textContent()).toContain(`open ${masked(PEOPLE.overdue)}`);

    // Filters.
    await page.getByRole('button', { name: /^At cap \(1\)/ }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.locator('.masked').textContent()).toBe(masked(PEOPLE.atCap));
    await page.getByRole('button', { name: /^Due this week \(2\)/ }).click();
    await expect.poll(() => rows.locator('.masked').allTextContents()).toEqual([masked(PEOPLE.overdue), masked(PEOPLE.atCap)]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('another link worker’s page shows only their person', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { authorization: `Bearer ${await issuer.token({ oid: LW2, name: 'Alex Other' })}` } });
    const page = await context.newPage();
    await page.goto(`${base}/tab/caseload.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    expect(await page.locator('#rows .masked').allTextContents()).toEqual([masked(PEOPLE.other)]);
    await context.close();
  });
});
