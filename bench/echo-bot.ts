import { ActivityHandler } from 'botbuilder';
import { serveFloor } from './floor-server';

/**
 * The framework floor: the real bot's HTTP pipeline exactly (floor-server.ts) — deliveryMode
 * expectReplies included — with a handler that echoes the text and keeps no state. Whatever the
 * real bot costs beyond this is ours, not botbuilder's or restify's.
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

serveFloor(new EchoBot(), 'echo bot');
