import { Agent, request } from 'node:http';
import { defaultAssessmentSteps } from '../assessment-steps';
import { activityJson } from '../load/closed-loop';
import { spawnServer, startProdNodeFlags, tempDir, waitUntilHealthy } from '../servers';

/**
 * `npx tsx bench/experiments/reply-sizes.ts [bundle.mjs …]`: the bytes of each HTTP reply body
 * (deliveryMode expectReplies, what the bench's B/reply counts) by card kind, for one whole default
 * assessment and the feature cards that follow it (plan, insight, caseload, help), on each bundle
 * given (default dist/bot.mjs). Every bundle plays the same turns, so a before/after is per kind.
 */
const bundles = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (bundles.length === 0) bundles.push('dist/bot.mjs');

interface CardJson {
  body?: Array<Record<string, unknown>>;
  actions?: Array<{ data?: Record<string, unknown> }>;
}

/** A name for the reply: the question's input kind, or the card's title line, or plain text. */
function kindOf(body: string): string {
  const parsed = JSON.parse(body) as { activities?: Array<{ attachments?: Array<{ content: CardJson }> }> };
  const kinds: string[] = [];
  for (const a of parsed.activities ?? []) {
    const card = a.attachments?.[0]?.content;
    if (!card) {
      kinds.push('text');
      continue;
    }
    const json = JSON.stringify(card);
    const answer = card.actions?.some((x) => x.data?.wma === 'answer');
    if (answer) {
      const input = json.includes('"Input.Text"')
        ? 'text'
        : json.includes('"isMultiSelect"')
          ? 'multi'
          : json.includes('"Input.ChoiceSet"')
            ? 'choice'
            : 'yes/no';
      kinds.push(`question (${input})`);
      continue;
    }
    const title = (card.body ?? [])
      .slice(1)
      .map((b) => (b.type === 'TextBlock' ? String(b.text) : ''))
      .find(Boolean);
    kinds.push(`card: ${(title ?? '?').replace(/[^A-Za-z ].*$/s, '').slice(0, 24)}`);
  }
  return kinds.join(' + ');
}

function post(agent: Agent, url: URL, payload: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const steps = [...defaultAssessmentSteps().map((s) => s.text), 'plan', 'insight', 'caseload', 'help'];
const table = new Map<string, number[]>();
for (const [b, bundle] of bundles.entries()) {
  const h = await spawnServer({ name: `sizes-${b}`, args: [...startProdNodeFlags(), bundle], env: { WMA_DATA_DIR: tempDir('wma-sizes-'), LOG_LEVEL: 'warn' } });
  try {
    await waitUntilHealthy(h);
    const agent = new Agent({ keepAlive: true });
    const url = new URL('/api/messages', h.url);
    const byKind = new Map<string, { n: number; bytes: number }>();
    let all = 0;
    for (const [i, text] of steps.entries()) {
      const body = await post(agent, url, activityJson(text, 'sizes-c1', 'sizes-lw1', `sizes-a${i}`));
      const k = kindOf(body);
      const e = byKind.get(k) ?? { n: 0, bytes: 0 };
      e.n++;
      e.bytes += Buffer.byteLength(body);
      byKind.set(k, e);
      if (i < steps.length - 4) all += Buffer.byteLength(body);
    }
    agent.destroy();
    for (const [k, e] of byKind) {
      const row = table.get(k) ?? [];
      row[b] = Math.round(e.bytes / e.n);
      table.set(k, row);
      (table.get(`${k} #`) ?? table.set(`${k} #`, []).get(`${k} #`)!)[b] = e.n;
    }
    const whole = table.get('whole assessment, mean per turn') ?? [];
    whole[b] = Math.round(all / (steps.length - 4));
    table.set('whole assessment, mean per turn', whole);
  } finally {
    await h.stop();
  }
}
console.log(['kind', ...bundles].join(' | '));
for (const [k, row] of [...table].filter(([k]) => !k.endsWith(' #')).sort()) {
  const n = table.get(`${k} #`)?.[0];
  console.log([`${k}${n ? ` (${n}×)` : ''}`, ...bundles.map((_, i) => String(row[i] ?? '-'))].join(' | '));
}
