import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { launchBrowser } from '../helpers/browser';
import { LOCAL_DEV_IDENTITY } from '../../bot/auth/tab-config';
import { tempDataDir } from '../helpers/server-process';
import { startReportServer } from './report-server';

/**
 * The report page in the managers' tab, in a real browser against the real app with the seeded
 * dataset. Screenshots go to a temporary folder; WMA_UPDATE_SCREENSHOTS=1 writes them to
 * docs/screenshots/ instead (how the committed ones were made).
 */
const OUT = process.env['WMA_UPDATE_SCREENSHOTS'] === '1' ? join(process.cwd(), 'docs', 'screenshots') : tempDataDir('wma-report-shots-');

let app: App;
let base = '';
let browser: Browser;

beforeAll(async () => {
  ({ app, base } = await startReportServer({ mode: 'local', identity: LOCAL_DEV_IDENTITY }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('service report page (tab)', () => {
  it('shows the tables with their server-rendered charts, and no identifiers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    // teams-js looks up Teams host domains on the Microsoft CDN (offline here) and browsers ask for
    // a favicon: neither is the report's doing. Anything else logged as an error fails the test.
    page.on('console', (m) => {
      const url = m.location().url;
      if (m.type() === 'error' && !url.startsWith('https://res.cdn.office.net/') && !url.endsWith('/favicon.ico')) problems.push(`${m.text()} ${url}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${base}/tab/report/index.html?from=2026-01-01&to=2026-12-31`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    await expect.poll(() => page.evaluate(() => [...document.images].every((i) => i.complete && i.naturalWidth === 640))).toBe(true);

    expect(await page.locator('.tile .value').first().textContent()).toBe('240');
    expect(await page.locator('img[data-chart]').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('[data-table="referrals-by-source"] td', { hasText: '<5' }).count()).toBeGreaterThan(0);
    expect(await page.locator('#local-banner').isVisible()).toBe(true);
    const text = await page.locator('body').innerText();
    expect(text).toContain('Change from first assessment to latest review');
    expect(text).not.toMatch(/aad-demo|DEMO-\d|walking group/);
    expect(problems).toEqual([]);

    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'report-overview.png') });
    await page.screenshot({ path: join(OUT, 'report-page.png'), fullPage: true });
    await page.locator('.report-section:has(> h2:text-is("Outcomes"))').screenshot({ path: join(OUT, 'report-outcomes.png') });
    await page.locator('.report-section:has(> h2:text-is("Variation between link workers"))').screenshot({ path: join(OUT, 'report-link-workers.png') });
    await page.close();
  });

  it('shows the commissioner sections (trend, comparison, practices, reach, waits, intervals, codes), prints to PDF, follows the dark theme', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/tab/report/index.html?from=2026-04-01&to=2026-06-30`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    const headings = await page.locator('.report-section > h2').allTextContents();
    for (const s of [
      'Compared with the previous period',
      'Monthly trend',
      'GP practices and primary care networks',
      'Who the service reached',
      'Waiting times',
      'Exits',
      'National social prescribing codes',
      'Script versions and session cap',
    ])
      expect(headings).toContain(s);
    // The page shows exactly what the API published (the numbers are checked in commissioner.test.ts).
    const { report } = await page.evaluate(() => fetch('/api/report?from=2026-04-01&to=2026-06-30').then((r) => r.json()));
    const ci = report.tables.find((t: { id: string }) => t.id === 'outcome-change-ci');
    const shownCi = await page.locator('[data-table="outcome-change-ci"] tbody tr').first().locator('td').allTextContents();
    expect(shownCi).toEqual(ci.rows[0].cells.map((c: { display: string }) => c.display));
    expect(await page.locator('#contents a').count()).toBeGreaterThanOrEqual(12);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).count()).toBe(1);
    mkdirSync(OUT, { recursive: true });
    for (const [id, file] of [
      ['previous-period', 'report-comparison'],
      ['monthly-trend', 'report-trend'],
      ['referrals-by-pcn', 'report-pcn'],
      ['age-band', 'report-age-band'],
      ['wait-first-contact', 'report-wait'],
      ['low-wellbeing', 'report-low-wellbeing'],
      ['national-codes', 'report-codes'],
    ] as const)
      await page.locator(`[data-table="${id}"]`).screenshot({ path: join(OUT, `${file}.png`) });
    await page.locator('[data-table="outcome-change-ci"]').screenshot({ path: join(OUT, 'report-confidence-intervals.png') });

    // Print: the controls disappear and the PDF is A4 with the report's text.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#period').isVisible()).toBe(false);
    expect(await page.locator('#print-period').isVisible()).toBe(true);
    await page.screenshot({ path: join(OUT, 'report-print.png') });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(3);
    await page.close();

    const dark = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await dark.goto(`${base}/tab/report/index.html?from=2026-04-01&to=2026-06-30&theme=dark`);
    await dark.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    expect(await dark.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await dark.evaluate(() => getComputedStyle(document.querySelector('.panel')!).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await dark.screenshot({ path: join(OUT, 'report-dark.png') });
    await dark.close();
  });
});
