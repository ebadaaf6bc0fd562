import { randomUUID } from 'node:crypto';
import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { Store } from '../store/types';
import type { AppConfig } from '../service/config';
import type { Feature } from '../service/features';
import { ScriptRegistry } from '../service/script-registry';
import { replayedReply } from '../service/stored-reply';
import type { TurnHandler } from '../service/turn-service';
import type { TurnCoreOptions } from '../service/turn-core';
import { startTurnWorker } from '../service/turn-worker/host';
import { WhatMattersBot } from './handler';
import { loadTabConfig, type TabConfig } from './auth/tab-config';
import { mountTabRoutes } from './tab-routes';
import { createAdapter, createServer } from './server';
import { createExportLinkSigner } from '../service/export-links';
import { loadExportSettings } from '../service/export-service';
import { exportRoutesMount } from './export-routes';
import { mountReportRoutes } from './report-routes';
import { ReminderScheduler, type SchedulerOptions } from '../reminders/scheduler';
import { ConversationRefs, proactiveSender } from './proactive';
import { sessionCapLookup } from '../service/session-caps';
import { runWarmUps, type WarmUpOptions, type WarmUpReport } from '../service/warm-up';
import { TurnSummary, type SummaryTimer } from './turn-summary';

export interface App {
  server: Server;
  store: Store;
  scripts: ScriptRegistry;
  turns: TurnHandler;
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
  /**
   * Answer turns in a worker thread (service/turn-worker/): the server start-up asks for it when
   * WMA_TURN_WORKER is on (off by default: it costs a second V8 heap). The worker builds its own store from the configuration, so it cannot be
   * combined with `store` or `features` (tests that pass those answer turns in this thread).
   * `onExit` hears of a worker that stopped on its own.
   */
  turnWorker?: { onExit: (err: Error) => void };
}

/** The composition root: the only place that knows which store, features and routes are in use. */
export async function buildApp(config: AppConfig, options: AppOptions): Promise<App> {
  const { logger } = options;
  const e = config.env;
  const exportSettings = loadExportSettings(process.env, config);
  const exportLinks = createExportLinkSigner({ secret: exportSettings.linkSecret, ttlMs: exportSettings.linkTtlMs });
  if (options.turnWorker && (options.store || options.features))
    throw new Error('buildApp: turnWorker builds its own store and features; pass neither with it');
  const core = options.turnWorker
    ? await inWorker(config, exportSettings.linkSecret, options.turnWorker.onExit)
    : await inThisThread(config, {
        logger,
        ...(options.store ? { store: options.store } : {}),
        ...(options.features ? { features: options.features } : {}),
        exportSettings,
        exportLinks,
      });
  const { store, scripts, turns } = core;
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
  const tab = options.tab ?? loadTabConfig(process.env, config);
  const mounts = [
    ...(tab ? [mountTabRoutes(tab), mountReportRoutes(tab)] : []),
    exportRoutesMount({ settings: exportSettings, links: exportLinks, logger }),
    ...(options.mount ?? []),
  ];
  const server = createServer({ config, adapter, bot, logger, mount: mounts.map((m) => (s: Server) => m(s, { store, scripts, turns })) });
  return {
    server,
    store,
    scripts,
    turns,
    reminders,
    warmUp: (o = {}) => core.warmUp(o),
    async close() {
      await reminders?.stop();
      server.close();
      await bot.drain(); // deferred replies of slow turns go out before the store closes
      summary.stop(); // the turns since the last summary line
      await core.close();
    },
  };
}

interface Core {
  store: Store;
  scripts: ScriptRegistry;
  turns: TurnHandler;
  warmUp(options: Pick<WarmUpOptions, 'busy'>): Promise<WarmUpReport[]>;
  close(): Promise<void>;
}

async function inThisThread(config: AppConfig, options: TurnCoreOptions): Promise<Core> {
  const { logger } = options;
  // Loaded only here: with the turn worker this thread never evaluates the engine's, safeguarding's
  // or the features' modules and their data (the bundle keeps them in chunks of their own).
  const { buildTurnCore } = await import('../service/turn-core');
  const { store, scripts, turns, warmUps } = await buildTurnCore(config, options);
  return {
    store,
    scripts,
    turns,
    warmUp: (o) => runWarmUps(warmUps, { ...o, log: (r) => logger.info({ warmUp: r.name, ms: r.ms, steps: r.steps }, `warmed up: ${r.name} (${r.ms} ms)`) }),
    close: () => store.close(),
  };
}

/**
 * The worker answers turns from its own store. This thread's registry reads scripts through it, and
 * puts a reply's named questions back from its own immutable copies (service/stored-reply.ts).
 */
async function inWorker(config: AppConfig, exportLinkSecret: string | Buffer, onExit: (err: Error) => void): Promise<Core> {
  const host = await startTurnWorker({ config, exportLinkSecret }, { onExit });
  const scripts = new ScriptRegistry(host.store);
  // Compiled here before the first reply needs its questions, not on the reply path of a committed turn.
  await scripts.latestPublished(config.env.WMA_SCRIPT_ID);
  return {
    store: host.store,
    scripts,
    turns: { handle: async (req) => replayedReply(await host.turn(req), scripts) },
    // The worker warms up by itself, waiting while it has turns to answer (its own notion of busy).
    warmUp: () => host.warmUp(),
    close: () => host.close(),
  };
}
