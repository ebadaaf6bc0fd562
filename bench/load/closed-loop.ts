import { Agent, request } from 'node:http';
import { summarise, type Summary } from '../stats';

/**
 * A small closed-loop HTTP load generator: `concurrency` workers each send one Bot Framework
 * activity (deliveryMode expectReplies), wait for the reply, and send the next — so throughput is
 * what the server sustains at that many simultaneous link workers, not an open-loop flood.
 * Bounded by request count AND time. Loopback only. Runs in its own process (generator-process.ts)
 * so its own CPU use never lands on the server's event loop.
 */
export interface Step {
  text: string;
  /** A substring the raw JSON reply must contain, proving the turn did what we meant (not a re-ask). */
  expect?: string;
}

export interface LoadPlan {
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  concurrency: number;
  /** Stop after this many measured requests... */
  maxRequests: number;
  /** ...or this many measured seconds, whichever comes first. */
  maxSeconds: number;
  /** Requests completed before measuring starts (JIT, SQLite page cache, sockets). */
  warmupRequests: number;
  /** One conversation plays these steps in order, one per turn. */
  steps: Step[];
  /** Turns each conversation plays (cycled by conversation index); default: all steps. */
  turnsPerConversation?: number[];
  /** Stop after this many conversations have been started (memory mode); default: unbounded. */
  conversations?: number;
  /** Makes conversation and activity ids unique to this run. */
  runId: string;
  /** Return every measured latency too, so several runs can be pooled. */
  keepSamples?: boolean;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  turnsPerSecond: number;
  latencyMs: Summary;
  /** Non-200 responses or transport errors. */
  errors: number;
  /** 200 but the reply lacked the expected text: the conversation is abandoned, not counted as a turn. */
  unexpected: number;
  conversationsStarted: number;
  conversationsCompleted: number;
  /** Every request sent, warm-up included (for CPU per turn). */
  totalRequests: number;
  firstProblem?: string;
  samplesMs?: number[];
  /** HTTP reply bodies of measured turns: total bytes (mean = replyBytes / requests). */
  replyBytes: number;
}

interface Reply {
  status: number;
  body: string;
}

function post(agent: Agent, url: URL, payload: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The same activity shape as test/helpers/server-process.ts postActivity, one 1:1 Teams chat. */
export function activityJson(text: string, conversationId: string, userId: string, activityId: string): string {
  return JSON.stringify({
    type: 'message',
    id: activityId,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:1/',
    deliveryMode: 'expectReplies',
    from: { id: userId, aadObjectId: userId, name: 'Link Worker' },
    recipient: { id: 'bot', name: 'What Matters Assistant' },
    conversation: { id: conversationId, conversationType: 'personal' },
    text,
  });
}

export async function runClosedLoop(plan: LoadPlan): Promise<LoadResult> {
  if (plan.steps.length === 0) throw new Error('runClosedLoop: a load plan needs at least one step');
  const target = new URL('/api/messages', plan.url);
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const samples: number[] = [];
  let completed = 0;
  let measuring = plan.warmupRequests <= 0;
  let windowStart = measuring ? performance.now() : 0;
  let windowEnd = windowStart;
  let errors = 0;
  let unexpected = 0;
  let nextConversation = 0;
  let conversationsCompleted = 0;
  let activitySeq = 0;
  let firstProblem: string | undefined;
  let replyBytes = 0;

  const done = () => measuring && (samples.length >= plan.maxRequests || performance.now() - windowStart >= plan.maxSeconds * 1000);

  const worker = async () => {
    while (!done()) {
      const index = nextConversation++;
      if (plan.conversations !== undefined && index >= plan.conversations) return;
      const turnsList = plan.turnsPerConversation;
      const turns = turnsList?.length ? turnsList[index % turnsList.length]! : plan.steps.length;
      const conversationId = `${plan.runId}-c${index}`;
      const userId = `${plan.runId}-lw${index % 200}`;
      let ok = true;
      let played = 0;
      for (let t = 0; t < turns && ok && !done(); t++) {
        const step = plan.steps[t % plan.steps.length]!;
        const payload = activityJson(step.text, conversationId, userId, `${plan.runId}-a${++activitySeq}`);
        const t0 = performance.now();
        let reply: Reply | null = null;
        try {
          reply = await post(agent, target, payload);
        } catch (err) {
          firstProblem ??= `transport: ${(err as Error).message}`;
        }
        const t1 = performance.now();
        completed++;
        if (!reply || reply.status !== 200) {
          errors++;
          if (reply) firstProblem ??= `HTTP ${reply.status} on turn ${t + 1}`;
          ok = false;
        } else if (step.expect !== undefined && !reply.body.includes(step.expect)) {
          unexpected++;
          firstProblem ??= `turn ${t + 1}: reply lacked ${JSON.stringify(step.expect)}`;
          ok = false;
        } else {
          played++;
          if (measuring) {
            samples.push(t1 - t0);
            replyBytes += Buffer.byteLength(reply.body);
            windowEnd = t1;
          }
        }
        if (!measuring && completed >= plan.warmupRequests) {
          measuring = true;
          windowStart = performance.now();
        }
      }
      if (played === turns && turns >= plan.steps.length) conversationsCompleted++;
    }
  };

  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  agent.destroy();
  const seconds = Math.max(1e-9, (windowEnd - windowStart) / 1000);
  return {
    requests: samples.length,
    seconds,
    turnsPerSecond: samples.length / seconds,
    latencyMs: summarise(samples),
    errors,
    unexpected,
    conversationsStarted: Math.min(nextConversation, plan.conversations ?? Number.POSITIVE_INFINITY),
    conversationsCompleted,
    totalRequests: completed,
    replyBytes,
    ...(firstProblem ? { firstProblem } : {}),
    ...(plan.keepSamples ? { samplesMs: samples } : {}),
  };
}
