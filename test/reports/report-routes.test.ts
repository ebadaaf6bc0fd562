import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../bot/app';
import { loadTabConfig } from '../../bot/auth/tab-config';
import { readPngHeader } from '../../manifest/png';
import type { PublishedReport } from '../../reports';
import { TokenIssuer } from '../tab/token-issuer';
import { startReportServer } from './report-server';

const issuer = new TokenIssuer();
let app: App;
let base = '';

beforeAll(async () => {
  await issuer.start();
  ({ app, base } = await startReportServer(loadTabConfig(issuer.env(), { host: '127.0.0.1', localMode: true })));
});
afterAll(async () => {
  await app?.close();
  await issuer.stop();
});

const get = (path: string, token?: string) => fetch(`${base}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const YEAR = 'from=2026-01-01&to=2026-12-31';

describe('report routes (managers only, anonymised)', () => {
  it("refuses without a token (401) and without the managers' role (403)", async () => {
    expect((await get(`/api/report?${YEAR}`)).status).toBe(401);
    expect((await get(`/api/report/csv?${YEAR}`)).status).toBe(401);
    const reader = await issuer.token({ roles: [] });
    const r = await get(`/api/report?${YEAR}`, reader);
    expect(r.status).toBe(403);
    expect(((await r.json()) as { error: string }).error).toMatch(/service report needs the "Scripts\.Manage"/);
  });

  it('returns the suppressed report as JSON, with inline charts on request', async () => {
    const manager = await issuer.token({ roles: ['Scripts.Manage'] });
    const r = await get(`/api/report?${YEAR}&charts=inline`, manager);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { report: PublishedReport; charts: Array<{ id: string; src: string }> };
    expect(body.report.headline[0]).toEqual({ label: 'Referrals', cell: { display: '240', value: 240 } });
    expect(body.charts.find((c) => c.id === 'outcome-change')?.src).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(JSON.stringify(body.report)).not.toMatch(/aad-demo|DEMO-\d|demo contact|walking group/);
  });

  it('serves the CSV as a download and each chart as a PNG', async () => {
    const manager = await issuer.token({ roles: ['Scripts.Manage'] });
    const csv = await get(`/api/report/csv?${YEAR}`, manager);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="service-report-2026-01-01-to-2026-12-31.csv"');
    // Issue 20: the download is the wide layout (tables as blocks); the long one is on request.
    const wide = await csv.text();
    expect(wide).toMatch(/^Social prescribing service report\r\nReferrals received from,2026-01-01,to,2026-12-31\r\n/);
    expect(wide).toContain('\r\nReferrals: Screening outcomes\r\n,Referrals\r\nAccepted,');
    expect(await (await get(`/api/report/csv?${YEAR}&layout=long`, manager)).text()).toMatch(/^section,table,row,column,value\r\n/);
    const png = await get(`/api/report/charts/link-workers-sessions?${YEAR}`, manager);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(readPngHeader(new Uint8Array(await png.arrayBuffer())).width).toBe(640);
    expect((await get(`/api/report/charts/nope?${YEAR}`, manager)).status).toBe(404);
  });

  it('answers bad dates with a clear 400', async () => {
    const manager = await issuer.token({ roles: ['Scripts.Manage'] });
    const r = await get('/api/report?from=2026-02-30&to=2026-12-31', manager);
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: string }).error).toMatch(/from must be a date/);
    expect((await get('/api/report?from=2026-12-31&to=2026-01-01', manager)).status).toBe(400);
  });
});
