import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { validateScriptText } from '../../dialogs/script/validate';
import { BotProcess, freePort, postActivity, tempDataDir } from '../helpers/server-process';
import { ACTIVITY_CASES, HTTP_CASES, type BadInputCase, type CaseContext } from './support/bad-input-cases';
import { SCRIPT_CASES } from './support/bad-script-cases';
import { sqlitePath } from './support/db';
import { askedQuestion } from './support/drive';

let bot: BotProcess;
let dataDir: string;
let db: Database.Database;
let other: string;
const outcomes: string[] = [];

beforeAll(async () => {
  dataDir = tempDataDir('wma-bad-');
  bot = new BotProcess(await freePort(), { WMA_DATA_DIR: dataDir });
  await bot.start(90_000);
  other = (await prepareConversation('bad-other')).assessmentId;
  db = new Database(sqlitePath(dataDir), { readonly: true });
});
afterAll(async () => {
  db?.close();
  await bot?.stop();
  console.log(
    `Bad input: ${HTTP_CASES.length + ACTIVITY_CASES.length} HTTP cases + ${SCRIPT_CASES.length} script files = ${HTTP_CASES.length + ACTIVITY_CASES.length + SCRIPT_CASES.length} hostile inputs\n  ${outcomes.join('\n  ')}`,
  );
});

/** A conversation with an assessment waiting at the yes/no question "screen.knew_referred". */
async function prepareConversation(conversationId: string): Promise<CaseContext> {
  await postActivity(bot.url, { conversationId, text: 'start 9434765919' });
  const r = await postActivity(bot.url, { conversationId, text: 'Referred for loneliness' });
  const q = askedQuestion(r.replies);
  expect(q?.questionId).toBe('screen.knew_referred');
  return { conversationId, assessmentId: q!.assessmentId, otherAssessmentId: other };
}

/** The stored assessment exactly as written (ciphertext included) and its answer rows. */
function stored(assessmentId: string) {
  const row = db.prepare('SELECT version, state_enc FROM assessments WHERE id = ?').get(assessmentId);
  const answers = (db.prepare('SELECT count(*) AS n FROM answer_log WHERE assessment_id = ?').get(assessmentId) as { n: number }).n;
  const assessments = (db.prepare('SELECT count(*) AS n FROM assessments').get() as { n: number }).n;
  return { row, answers, assessments };
}

async function send(c: BadInputCase, ctx: CaseContext): Promise<{ status: number; text: string }> {
  const r = c.request;
  if ('activity' in r) {
    const base = {
      type: 'message',
      id: `bad-${randomUUID()}`,
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:1/',
      deliveryMode: 'expectReplies',
      from: { id: 'user-1', aadObjectId: 'aad-lw-1', name: 'Link Worker' },
      recipient: { id: 'bot' },
      conversation: { id: ctx.conversationId, conversationType: 'personal' },
    };
    return post(JSON.stringify({ ...base, ...r.activity(ctx) }), 'application/json');
  }
  if ('rawActivity' in r) return post(r.rawActivity(ctx), 'application/json');
  return post(r.raw, r.contentType === undefined ? 'application/json' : r.contentType, r.method);
}

async function post(body: string | Buffer, contentType: string | null, method = 'POST') {
  const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
  const res = await fetch(`${bot.url}/api/messages`, {
    method,
    headers,
    ...(method === 'GET' ? {} : { body: typeof body === 'string' ? body : new Uint8Array(body) }),
  });
  const raw = await res.text();
  let text = raw;
  try {
    const json = JSON.parse(raw) as { activities?: Array<{ text?: string; summary?: string }> };
    if (json.activities) text = json.activities.map((a) => a.text ?? a.summary ?? '').join('\n');
  } catch {
    /* not JSON: keep the raw body */
  }
  return { status: res.status, text };
}

describe('hostile and malformed requests over HTTP', () => {
  const all = [...HTTP_CASES, ...ACTIVITY_CASES];
  it('has at least 60 cases', () => expect(all.length + SCRIPT_CASES.length).toBeGreaterThanOrEqual(60));

  it.each(all.map((c, i) => [i + 1, c.name, c] as const))('%i. %s', async (i, _name, c) => {
    const ctx = await prepareConversation(`bad-${i}`);
    const before = stored(ctx.assessmentId);
    const r = await send(c, ctx);
    expect(r.status).toBe(c.status);
    if (c.reply) expect(r.text).toMatch(c.reply);
    expect(r.text).not.toMatch(/something went wrong|at .+\.(ts|js):\d+/);
    const after = stored(ctx.assessmentId);
    if (c.changes) expect(after.answers).toBe(before.answers + 1);
    else expect(after).toEqual(before);
    outcomes.push(`${r.status} ${c.changes ? 'changed  ' : 'unchanged'} ${c.name}`);
  });

  it('the server is still healthy and still answering afterwards', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    const ctx = await prepareConversation('bad-after');
    const r = await postActivity(bot.url, { conversationId: ctx.conversationId, text: 'yes' });
    expect(askedQuestion(r.replies)?.questionId).toBe('screen.consent');
    expect(bot.child?.exitCode).toBeNull();
  });
});

describe('hostile script files', () => {
  it.each(SCRIPT_CASES.map((c) => [c.name, c] as const))('%s is refused with a helpful issue', (_name, c) => {
    const result = validateScriptText(c.source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toMatch(c.issue);
    outcomes.push(`refused  ${c.name}: ${result.issues[0]!.path}: ${result.issues[0]!.message.slice(0, 90)}`);
  });
});
