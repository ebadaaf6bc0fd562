import type { ActivityHandler } from 'botbuilder';
import type { WhatMattersBot } from '../bot/handler';
import { createAdapter, createServer } from '../bot/server';
import { loadConfig } from '../service/config';
import { createLogger } from '../service/logger';

/**
 * Serves a bot through the real bot's HTTP pipeline exactly — the same restify 11 server and
 * plugins, the same CloudAdapter and fail-closed authentication — on PORT/HOST from the
 * environment, until SIGTERM or SIGINT (`onStop` runs first). The framework floor (echo-bot.ts) and
 * the experiments built on it (experiments/offload-echo.ts) share this, so they cannot drift apart.
 */
export function serveFloor(bot: ActivityHandler, name: string, onStop?: () => void): void {
  const config = loadConfig();
  const logger = createLogger(config.env.LOG_LEVEL);
  const adapter = createAdapter(config, logger);
  // createServer only ever calls bot.run(context), which every ActivityHandler has; the cast lets
  // the floor reuse the real server set-up line for line instead of a copy that could drift.
  const server = createServer({ config, adapter, bot: bot as unknown as WhatMattersBot, logger });
  server.listen(config.port, config.host, () => logger.info({ port: config.port }, `${name} listening`));
  const stop = () => {
    server.close();
    onStop?.();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
