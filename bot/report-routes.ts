import type { Request, Response, Server } from 'restify';
import { parsePeriod, reportToCsv, reportToLongCsv } from '../reports';
import { loadServiceReport } from '../reports/source';
import type { ScriptRegistry } from '../service/script-registry';
import type { Store } from '../store/types';
import { createTabAuthenticator } from './auth/tab-auth';
import { MANAGE_ROLE, type TabConfig } from './auth/tab-config';

/**
 * The managers' service report (issue 10): JSON, CSV and chart PNGs over a date range, behind the
 * same server-side authentication as the scripts API. The report is anonymised and suppressed
 * before it reaches this module (reports/publish.ts), so nothing here can return an identifier.
 *
 *   GET /api/report?from=YYYY-MM-DD&to=YYYY-MM-DD[&charts=inline]   published report (+ charts as data URIs)
 *   GET /api/report/csv?from=…&to=…[&layout=long]                   the same report as CSV (tables as blocks; long: one line per cell)
 *   GET /api/report/charts/:id?from=…&to=…                          one chart as image/png
 *
 * Reading the report needs the managers' role: it compares link workers, which is for managers.
 */
export function mountReportRoutes(cfg: TabConfig) {
  const authenticate = createTabAuthenticator(cfg);
  return (server: Server, core: { store: Store; scripts: ScriptRegistry }): void => {
    const json = (res: Response, status: number, body: unknown) => {
      res.header('cache-control', 'no-store');
      res.send(status, body);
    };

    const route = (handler: (req: Request, res: Response, period: { from: string; to: string }) => Promise<void>) => async (req: Request, res: Response) => {
      try {
        const auth = await authenticate(req, 'manage');
        if (!auth.ok)
          return json(res, auth.status, {
            error: auth.status === 403 ? `The service report needs the "${MANAGE_ROLE}" app role; ask your Teams administrator.` : auth.message,
          });
        const period = parsePeriod(req.query?.from, req.query?.to);
        if (!period.ok) return json(res, 400, { error: period.message });
        await handler(req, res, period.period);
      } catch (err) {
        req.log?.error?.({ err: (err as Error).name }, 'report api error');
        json(res, 500, { error: 'The report could not be produced. Try again.' });
      }
    };

    // The PNG rasteriser (resvg, a 4 MB native module) is loaded on the first chart asked for, not at start (issue 22).
    const charts = () => import('../reports/charts/report-charts');
    const build = (period: { from: string; to: string }) => loadServiceReport(core.store, core.scripts, period, new Date()).then((r) => r.report);
    const fileName = (period: { from: string; to: string }, ext: string) => `service-report-${period.from}-to-${period.to}.${ext}`;

    server.get(
      '/api/report',
      route(async (req, res, period) => {
        const report = await build(period);
        const inline = req.query?.charts === 'inline';
        const drawn = inline
          ? (await charts())
              .renderAllCharts(report)
              .map((c) => ({ id: c.id, title: c.title, tableId: c.tableId, src: `data:image/png;base64,${c.png.toString('base64')}` }))
          : undefined;
        json(res, 200, { report, ...(drawn ? { charts: drawn } : {}) });
      }),
    );

    server.get(
      '/api/report/csv',
      route(async (req, res, period) => {
        const long = req.query?.layout === 'long';
        const csv = (long ? reportToLongCsv : reportToCsv)(await build(period));
        res.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${fileName(period, long ? 'long.csv' : 'csv')}"`,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        });
        res.end(csv);
      }),
    );

    server.get(
      '/api/report/charts/:id',
      route(async (req, res, period) => {
        const id = String(req.params?.id ?? '');
        if (!/^[a-z0-9-]{1,64}$/.test(id)) return json(res, 400, { error: 'chart id must be lower-case letters, digits and hyphens' });
        const chart = (await charts()).renderChart(await build(period), id);
        if (!chart) return json(res, 404, { error: `There is no chart "${id}".` });
        res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
        res.end(chart.png);
      }),
    );
  };
}
