import { buildApp, type App } from '../../bot/app';
import type { TabConfig } from '../../bot/auth/tab-config';
import { seedStore } from '../../scripts/seed-demo';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import { createStore } from '../../store/create-store';
import { TEST_KEYRING } from '../helpers/bot-harness';
import { tempDataDir } from '../helpers/server-process';

/** The real app (composition root, which mounts the report routes with the tab), with the seeded demo dataset. */
export async function startReportServer(tab: TabConfig): Promise<{ app: App; base: string }> {
  const store = createStore({ sqlitePath: ':memory:', encryptionKeys: TEST_KEYRING });
  await store.init();
  await seedStore(store);
  const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-report-') });
  const app = await buildApp(config, {
    logger: createLogger('silent'),
    store,
    tab,
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const addr = app.server.address();
  return { app, base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
}
