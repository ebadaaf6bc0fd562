import { buildApp } from './app';
import { ConfigError } from '../service/config';
import { createLogger } from '../service/logger';
import { LlmConfigError } from '../prompts/llm-config';
import { localModeBanner } from './banner';
import { loadStartupConfig } from './startup-config';

/** `npm start`: parse config, build the app, listen. Local mode says so loudly. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadStartupConfig();
  } catch (err) {
    if (err instanceof ConfigError || err instanceof LlmConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.env.LOG_LEVEL);
  let app;
  try {
    app = await buildApp(config, {
      logger,
      // Crash-only: without its turn worker the bot can answer nothing, so the process ends and is restarted.
      ...(config.env.WMA_TURN_WORKER !== true
        ? {}
        : {
            turnWorker: {
              onExit: (err: Error) => {
                // The class and the stack's frames only: a message may hold patient text.
                const frames = (err.stack ?? '')
                  .split('\n')
                  .filter((l) => /^\s+at /.test(l))
                  .map((l) => l.trim());
                logger.fatal({ error: err.name, frames }, 'turn worker stopped: exiting');
                process.exit(1);
              },
            },
          }),
    });
  } catch (err) {
    // Feature modules validate their own settings while the app is built; same clear exit.
    if (err instanceof ConfigError || err instanceof LlmConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  // Requests being answered right now: the background warm-up gives way to them (service/warm-up.ts).
  let inFlight = 0;
  app.server.server.on('request', (_req, res) => {
    inFlight++;
    res.once('close', () => inFlight--);
  });
  app.server.listen(config.port, config.host, () => {
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    if (config.localMode) for (const line of localModeBanner({ host: config.host, port, dataDir: config.env.WMA_DATA_DIR })) console.log(line);
    logger.info(
      {
        host: config.host,
        port,
        localMode: config.localMode,
        store: app.store.kind,
        turnWorker: config.env.WMA_TURN_WORKER === true,
        instance: config.env.WMA_INSTANCE,
      },
      'listening',
    );
    // Reminders start once the bot can be reached; stopped by app.close() (issue 21).
    app.reminders?.start();
    // What makes the first turns fast but is not needed to answer one runs now, off the path to
    // listening, in small steps that wait while a request is being answered (issue 22).
    // A failure here is only logged: the same work is retried, and reported, by the turn that needs it.
    app.warmUp({ busy: () => inFlight > 0 }).catch((err: unknown) => logger.error({ err }, 'warm-up failed'));
  });
  const stop = async () => {
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
