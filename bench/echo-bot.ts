import { ActivityHandler } from 'botbuilder';
import { createAdapter, createServer } from '../bot/server';
import type { WhatMattersBot } from '../bot/handler';
import { loadConfig } from '../service/config';
import { createLogger } from '../service/logger';

/**
 * The framework floor: the real bot's HTTP pipeline exactly — the same restify 11 server and
 * plugins, the same CloudAdapter and fail-closed authentication, deliveryMode expectReplies —
 * with a handler that echoes the text and keeps no state. Whatever the real bot costs beyond
 * this is ours, not botbuilder's or restify's.
 *
 * Started as its own process (`node --import tsx bench/echo-bot.ts`, PORT from the environment),
 * exactly as the real bot is, so both run under the same loader and the same Node flags.
 */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const config = loadConfig();
const logger = createLogger(config.env.LOG_LEVEL);
const adapter = createAdapter(config, logger);
// createServer only ever calls bot.run(context), which every ActivityHandler has; the cast lets
// the baseline reuse the real server set-up line for line instead of a copy that could drift.
const bot = new EchoBot() as unknown as WhatMattersBot;
const server = createServer({ config, adapter, bot, logger });
server.listen(config.port, config.host, () => {
  logger.info({ port: config.port }, 'echo bot listening');
});
const stop = () => {
  server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
