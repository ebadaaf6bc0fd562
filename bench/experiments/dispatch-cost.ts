import { ActivityHandler, TeamsActivityHandler, type TurnContext } from 'botbuilder';

/**
 * `npx tsx bench/experiments/dispatch-cost.ts [turns]`: CPU per message of the SDK's ActivityHandler
 * dispatch (run → onTurnActivity → handle('Turn') → onMessageActivity → handle('Message') → one
 * handler → defaultNextEvent → handle('Dialog')) against calling the handler directly, as
 * WhatMattersBot.run now does for a message (issue 22, s22e). The handler does nothing, so the
 * difference is the dispatch alone; alternated twice.
 */
const turns = Number(process.argv[2] ?? 200_000);
let handled = 0;
const work = async (_context: TurnContext) => {
  handled++;
};
class Teams extends TeamsActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await work(context);
      await next();
    });
  }
}
class Plain extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await work(context);
      await next();
    });
  }
}
const context = { activity: { type: 'message' } } as unknown as TurnContext;
const teams = new Teams();
const plain = new Plain();

async function cpuPerTurn(label: string, run: () => Promise<void>): Promise<void> {
  for (let i = 0; i < turns / 10; i++) await run();
  const t0 = process.cpuUsage();
  for (let i = 0; i < turns; i++) await run();
  const d = process.cpuUsage(t0);
  console.log(`${label.padEnd(34)} ${((d.user + d.system) / turns).toFixed(2)} µs CPU per message`);
}

for (let round = 0; round < 2; round++) {
  await cpuPerTurn('TeamsActivityHandler.run (real bot)', () => teams.run(context));
  await cpuPerTurn('ActivityHandler.run (echo bot)', () => plain.run(context));
  await cpuPerTurn('handler called directly', () => work(context));
}
if (handled === 0) throw new Error('no message was handled');
