import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import { createStore } from '../store/create-store';
import type { Store } from '../store/types';
import type { AppConfig } from '../service/config';
import type { Feature } from '../service/features';
import { assessmentListFeature } from '../service/features/assessment-list';
import { helpFeature } from '../service/features/help';
import { peopleFeature } from '../service/features/people';
import { caseloadFeature } from '../service/features/caseload';
import { sessionsFeature } from '../service/features/sessions';
import { createCheckinFeature, supervisionFeature } from '../service/features/supervision';
import { insightFeature } from '../service/features/insight';
import { localDevKeyring, parseKeyring } from '../service/keys';
import { ScriptRegistry } from '../service/script-registry';
import { createSecondOpinionFromEnv } from '../service/second-opinion';
import { TurnService } from '../service/turn-service';
import { WhatMattersBot } from './handler';
import { loadTabConfig, type TabConfig } from './auth/tab-config';
import { mountTabRoutes } from './tab-routes';
import { createAdapter, createServer } from './server';
import { createExportLinkSigner } from '../service/export-links';
import { loadExportSettings } from '../service/export-service';
import { createExportFeature } from '../service/features/export';
import { exportRoutesMount } from './export-routes';
import { createPlanFeatureFromEnv } from '../service/features/plan';
import { reviewFeature } from '../service/features/review';
import { progressFeature } from '../service/features/progress';
import { mountReportRoutes } from './report-routes';
import { attendanceFeature } from '../service/features/attendance';
import { ReminderScheduler, type SchedulerOptions } from '../reminders/scheduler';
import { ConversationRefs, proactiveSender } from './proactive';
import { sessionCapLookup } from '../service/session-caps';
import { warmLearned, warmRules } from '../dialogs/safeguarding';
import { runWarmUps, type WarmUp, type WarmUpOptions, type WarmUpReport } from '../service/warm-up';
import { TurnSummary, type SummaryTimer } from './turn-summary';

/** ~280 rules in all; a batch of this many compiles in roughly 10–30 ms on a shared core. */
const RULES_PER_WARM_STEP = 16;

export interface App {
  server: Server;
  store: Store;
  scripts: ScriptRegistry;
  turns: TurnService;
  /** Reminders (issue 21): started by the server start-up (bot/index.ts); null when WMA_REMINDERS is off. */
  reminders: ReminderScheduler | null;
  /**
   * Compiles the safeguarding rules and builds the directory index in small steps (service/warm-up.ts).
   * Called by the server start-up just after it listens (issue 22); without it each is done on first use.
   */
  warmUp(options?: Pick<WarmUpOptions, 'busy'>): Promise<WarmUpReport[]>;
  close(): Promise<void>;
}

export interface AppOptions {
  logger: Logger;
  store?: Store;
  features?: Feature[];
  mount?: Array<(server: Server, app: Omit<App, 'server' | 'close' | 'reminders' | 'warmUp'>) => void>;
  /** The managers' scripts tab; default from WMA_TAB_* variables, false to leave it out. */
  tab?: TabConfig | false;
  /** Budget before a slow turn answers "still working" and finishes proactively (bot/slow-turn.ts). */
  slowTurnMs?: number;
  /** The periodic "turns summary" log line's interval and timer (bot/turn-summary.ts); tests drive them. */
  summary?: { intervalMs?: number; timer?: SummaryTimer };
  /** Reminder scheduler's clock and timer (tests drive them; nothing sleeps). */
  reminders?: Partial<Pick<SchedulerOptions, 'clock' | 'timer' | 'instance' | 'intervalMs'>>;
}

/** The composition root: the only place that knows which store, features and routes are in use. */
export async function buildApp(config: AppConfig, options: AppOptions): Promise<App> {
  const { logger } = options;
  const e = config.env;
  const store =
    options.store ??
    createStore({
      ...(e.DATABASE_URL ? { databaseUrl: e.DATABASE_URL } : {}),
      sqlitePath: join(e.WMA_DATA_DIR, 'wma.sqlite'),
      sqliteSynchronous: e.WMA_SQLITE_SYNCHRONOUS,
      encryptionKeys: e.WMA_ENCRYPTION_KEYS ? parseKeyring(e.WMA_ENCRYPTION_KEYS) : localDevKeyring(e.WMA_DATA_DIR),
    });
  await store.init();
  const scripts = new ScriptRegistry(store);
  await scripts.ensureDefaultPublished(new Date().toISOString());
  // Rules first: every typed message is checked, while only the area answer and plans need the directory.
  const warmUps: WarmUp[] = [
    { name: 'safeguarding rules', step: () => warmRules(RULES_PER_WARM_STEP) > 0 },
    // ~35 ms, once: the learned layer's weights as a table, otherwise built on the first typed message.
    { name: 'safeguarding learned layer', step: () => (warmLearned(), false) },
  ];
  const planFeature = await createPlanFeatureFromEnv({ dataDir: e.WMA_DATA_DIR, env: process.env, logger, warmUps });
  const exportSettings = loadExportSettings(process.env, config);
  const exportLinks = createExportLinkSigner({ secret: exportSettings.linkSecret, ttlMs: exportSettings.linkTtlMs });
  const turns = new TurnService({
    store,
    scripts,
    logger,
    scriptId: e.WMA_SCRIPT_ID,
    newId: randomUUID,
    secondOpinion: await createSecondOpinionFromEnv({ logger }),
    // The order they are tried in (and their completion hooks' order) is service/route-table.ts.
    features: withOverrides(
      [
        helpFeature,
        peopleFeature,
        caseloadFeature,
        assessmentListFeature,
        insightFeature,
        sessionsFeature,
        supervisionFeature,
        createCheckinFeature({ employeeSupport: e.WMA_EMPLOYEE_SUPPORT }),
        planFeature,
        reviewFeature,
        progressFeature,
        createExportFeature({ settings: exportSettings, links: exportLinks }),
        attendanceFeature,
      ],
      options.features ?? [],
    ),
  });
  const adapter = createAdapter(config, logger);
  const appId = e.MicrosoftAppId ?? '';
  const refs = new ConversationRefs(store, logger);
  // The default level's only line about turns: a count per interval (the per-turn line is debug).
  const summary = new TurnSummary(logger, options.summary?.intervalMs, options.summary?.timer);
  summary.start();
  const bot = new WhatMattersBot(turns, logger, {
    count: (outcome) => summary.count(outcome),
    remember: (userId, reference) => refs.remember(userId, reference),
    // A slow turn's reply, sent after its HTTP request has been answered (bot/slow-turn.ts).
    proactive: (reference, activities) =>
      adapter.continueConversationAsync(appId, reference, async (context) => void (await context.sendActivities(activities))),
    ...(options.slowTurnMs !== undefined ? { slowTurnMs: options.slowTurnMs } : {}),
  });
  const reminders =
    e.WMA_REMINDERS === false
      ? null
      : new ReminderScheduler({
          store,
          logger,
          // Unique per process, so a claim names exactly one holder even if two share WMA_INSTANCE.
          instance: `${e.WMA_INSTANCE}:${randomUUID().slice(0, 8)}`,
          send: proactiveSender(adapter, appId, store),
          timeOfDay: e.WMA_REMINDER_TIME,
          sessionCap: sessionCapLookup(scripts),
          ...options.reminders,
        });
  const core = { store, scripts, turns };
  const tab = options.tab ?? loadTabConfig(process.env, config);
  const mounts = [
    ...(tab ? [mountTabRoutes(tab), mountReportRoutes(tab)] : []),
    exportRoutesMount({ settings: exportSettings, links: exportLinks, logger }),
    ...(options.mount ?? []),
  ];
  const server = createServer({ config, adapter, bot, logger, mount: mounts.map((m) => (s: Server) => m(s, core)) });
  return {
    server,
    ...core,
    reminders,
    warmUp: (o = {}) =>
      runWarmUps(warmUps, { ...o, log: (r) => logger.info({ warmUp: r.name, ms: r.ms, steps: r.steps }, `warmed up: ${r.name} (${r.ms} ms)`) }),
    async close() {
      await reminders?.stop();
      server.close();
      await bot.drain(); // deferred replies of slow turns go out before the store closes
      summary.stop(); // the turns since the last summary line
      await store.close();
    },
  };
}

/** Features passed in (tests, embedders) replace the built-in feature of the same route name. */
function withOverrides(builtIn: Feature[], overrides: Feature[]): Feature[] {
  const replaced = new Set(overrides.map((f) => f.name));
  return [...builtIn.filter((f) => !replaced.has(f.name)), ...overrides];
}
