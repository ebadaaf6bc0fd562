import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { warmLearned, warmRules } from '../dialogs/safeguarding';
import { createStore } from '../store/create-store';
import type { Store } from '../store/types';
import type { AppConfig } from './config';
import type { ExportSettings } from './export-service';
import type { ExportLinkSigner } from './export-links';
import type { Feature } from './features';
import { assessmentListFeature } from './features/assessment-list';
import { attendanceFeature } from './features/attendance';
import { caseloadFeature } from './features/caseload';
import { createExportFeature } from './features/export';
import { helpFeature } from './features/help';
import { insightFeature } from './features/insight';
import { peopleFeature } from './features/people';
import { createPlanFeatureFromEnv } from './features/plan';
import { progressFeature } from './features/progress';
import { reviewFeature } from './features/review';
import { sessionsFeature } from './features/sessions';
import { createCheckinFeature, supervisionFeature } from './features/supervision';
import { localDevKeyring, parseKeyring } from './keys';
import { ScriptRegistry } from './script-registry';
import { createSecondOpinionFromEnv } from './second-opinion';
import { TurnService } from './turn-service';
import type { WarmUp } from './warm-up';

/** ~280 rules in all; a batch of this many compiles in roughly 10–30 ms on a shared core. */
const RULES_PER_WARM_STEP = 16;

/** What answers a turn: the store, the scripts and the turn service with every feature. */
export interface TurnCore {
  store: Store;
  scripts: ScriptRegistry;
  turns: TurnService;
  /** What makes the first turns fast, for runWarmUps (service/warm-up.ts). */
  warmUps: WarmUp[];
}

export interface TurnCoreOptions {
  logger: Logger;
  /** A store built by the caller (tests, embedders); otherwise the one the configuration names. */
  store?: Store;
  /** Features passed in replace the built-in feature of the same route name. */
  features?: Feature[];
  exportSettings: ExportSettings;
  exportLinks: ExportLinkSigner;
}

/**
 * Builds the turn-answering half of the app, the same way wherever it runs: in the server's own
 * thread (bot/app.ts, tests) or in the turn worker (service/turn-worker/worker.ts). No SDK here.
 */
export async function buildTurnCore(config: AppConfig, options: TurnCoreOptions): Promise<TurnCore> {
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
    // ~200–250 ms of CPU, once (s22l): the learned layer's weights as a table, otherwise built on the first typed message.
    { name: 'safeguarding learned layer', step: () => (warmLearned(), false) },
  ];
  const planFeature = await createPlanFeatureFromEnv({ dataDir: e.WMA_DATA_DIR, env: process.env, logger, warmUps });
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
        createExportFeature({ settings: options.exportSettings, links: options.exportLinks }),
        attendanceFeature,
      ],
      options.features ?? [],
    ),
  });
  return { store, scripts, turns, warmUps };
}

/** Features passed in (tests, embedders) replace the built-in feature of the same route name. */
function withOverrides(builtIn: Feature[], overrides: Feature[]): Feature[] {
  const replaced = new Set(overrides.map((f) => f.name));
  return [...builtIn.filter((f) => !replaced.has(f.name)), ...overrides];
}
