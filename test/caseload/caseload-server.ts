import { buildApp, type App } from '../../bot/app';
import { loadConfig } from '../../service/config';
import { createLogger } from '../../service/logger';
import type { Harness } from '../helpers/bot-harness';
import { tempDataDir } from '../helpers/server-process';
import { runDefaultAssessment } from '../call/helpers';
import { APP_ID_URI, CLIENT_ID, ISSUER, TENANT, type TokenIssuer } from '../tab/token-issuer';
import { caseloadHarness, nhsNumber } from './helpers';

/**
 * The real app (tab in Entra mode, trusting the test issuer's keys) over a store filled by real
 * conversations: link worker aad-lw-1's six people in different states, dated relative to the
 * real clock (the tab route reads it), and one person of aad-lw-2.
 */
export const LW1 = 'aad-lw-1';
export const LW2 = 'aad-lw-2';
export const PEOPLE = {
  overdue: nhsNumber('943476591'),
  atCap: nhsNumber('450557871'),
  draft: nhsNumber('401023211'),
  screening: nhsNumber('485777345'),
  flagged: nhsNumber('401023789'),
  discharged: nhsNumber('472362119'),
  other: nhsNumber('495612344'),
};

async function converse(h: Harness, clock: { now: Date }): Promise<void> {
  const day = 86_400_000;
  const real = Date.now();
  const at = (daysAgo: number) => (clock.now = new Date(real - daysAgo * day));
  const approved = async (nhs: string) => {
    await runDefaultAssessment(h, { fast: true, patient: nhs });
    await h.say('approve');
  };
  at(50);
  await approved(PEOPLE.overdue); // review 8 days ago
  at(40);
  await approved(PEOPLE.atCap); // review in 2 days
  for (let i = 1; i <= 6; i++) await h.say(`session phone 30 contact ${i}`);
  at(30);
  await approved(PEOPLE.discharged);
  at(2);
  await h.say('discharge no contact: three calls and a letter');
  at(10);
  await approved(PEOPLE.flagged);
  await h.say('supervision carer strain');
  at(3);
  await runDefaultAssessment(h, { fast: true, patient: PEOPLE.draft });
  at(1);
  await h.say(`start ${PEOPLE.screening}`);
  await h.say(`start ${PEOPLE.other}`, { userId: LW2 });
  clock.now = new Date(real);
}

export async function startCaseloadServer(issuer: TokenIssuer): Promise<{ app: App; base: string }> {
  const clock = { now: new Date() };
  const h = await caseloadHarness(clock);
  await converse(h, clock);
  const config = loadConfig({ WMA_DATA_DIR: tempDataDir('wma-caseload-') });
  const app = await buildApp(config, {
    logger: createLogger('silent'),
    store: h.store,
    tab: { mode: 'entra', tenantId: TENANT, clientId: CLIENT_ID, issuer: ISSUER, jwksUrl: issuer.jwksUrl, appIdUri: APP_ID_URI },
  });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', () => resolve()));
  const addr = app.server.address();
  return { app, base: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
}
