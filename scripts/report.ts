/**
 * `npm run report -- --from 2026-01-01 --to 2026-12-31 [--out dir] [--demo]`
 *
 * The managers' service report from the command line: reads the same store as the bot (the
 * same WMA_DATA_DIR / DATABASE_URL / WMA_ENCRYPTION_KEYS variables), writes report.json,
 * report.csv and charts/*.png to the output folder, and prints the tables. With --demo it uses
 * the seeded demo dataset instead of the store. Output is anonymised and small-number suppressed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildServiceReport, parsePeriod, reportToCsv, reportToLongCsv, type PublishedReport } from '../reports';
import { renderAllCharts } from '../reports/charts/report-charts';
import { loadServiceReport } from '../reports/source';
import { ConfigError, loadConfig } from '../service/config';
import { localDevKeyring, parseKeyring } from '../service/keys';
import { ScriptRegistry } from '../service/script-registry';
import { createStore } from '../store/create-store';
import { seedDemoAssessments } from './seed-demo';

const USAGE = 'Usage: npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--out <folder>] [--demo]';

function args(argv: string[]): { from?: string; to?: string; out?: string; demo: boolean } {
  const out: { from?: string; to?: string; out?: string; demo: boolean } = { demo: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--demo') out.demo = true;
    else if (a === '--from' || a === '--to' || a === '--out') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${a} needs a value`);
      out[a.slice(2) as 'from' | 'to' | 'out'] = v;
    } else throw new UsageError(`unknown option "${a}"`);
  }
  return out;
}

class UsageError extends Error {}

async function fromStore(period: { from: string; to: string }): Promise<PublishedReport> {
  const e = loadConfig().env;
  const store = createStore({
    ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
    sqlitePath: join(e.WMA_DATA_DIR, 'wma.sqlite'),
    encryptionKeys: e.WMA_ENCRYPTION_KEYS ? parseKeyring(e.WMA_ENCRYPTION_KEYS) : localDevKeyring(e.WMA_DATA_DIR),
  });
  await store.init();
  try {
    return (await loadServiceReport(store, new ScriptRegistry(store), period, new Date())).report;
  } finally {
    await store.close();
  }
}

function printTables(report: PublishedReport): void {
  console.log(`${report.title}: referrals received ${report.period.from} to ${report.period.to}`);
  for (const h of report.headline) console.log(`  ${h.label}: ${h.cell.display}`);
  for (const t of report.tables) {
    console.log(`\n${t.section} — ${t.title} (${t.columns.join(' | ')})`);
    for (const r of [...t.rows, ...(t.total ? [t.total] : [])]) console.log(`  ${r.label.padEnd(44)} ${r.cells.map((c) => c.display.padStart(6)).join(' ')}`);
  }
  console.log(`\n${report.notes.map((n) => `* ${n}`).join('\n')}`);
}

async function main(): Promise<number> {
  let o;
  try {
    o = args(process.argv.slice(2));
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const period = parsePeriod(o.from, o.to);
  if (!period.ok) {
    console.error(`${period.message}\n${USAGE}`);
    return 2;
  }
  let report: PublishedReport;
  try {
    report = o.demo
      ? buildServiceReport(seedDemoAssessments(), { period: period.period, generatedAt: new Date().toISOString() }).report
      : await fromStore(period.period);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    throw err;
  }
  const dir = o.out ?? `report-${period.period.from}-to-${period.period.to}`;
  mkdirSync(join(dir, 'charts'), { recursive: true });
  writeFileSync(join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'report.csv'), reportToCsv(report));
  writeFileSync(join(dir, 'report-long.csv'), reportToLongCsv(report));
  const charts = renderAllCharts(report);
  for (const c of charts) writeFileSync(join(dir, 'charts', `${c.id}.png`), c.png);
  printTables(report);
  console.log(
    `\nWrote ${dir}/report.json, ${dir}/report.csv (tables as blocks), ${dir}/report-long.csv (one line per cell) and ${charts.length} charts in ${dir}/charts/.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`The report failed: ${err.message}`);
    process.exit(1);
  },
);
