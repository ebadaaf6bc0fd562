import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeArgsFor } from './node-entry';

/** A free loopback port, so parallel test files never collide. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

export function tempDataDir(prefix = 'wma-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** The real bot, started exactly as `npm start` does, in its own process. */
export class BotProcess {
  child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly port: number,
    readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(timeoutMs = 30_000): Promise<void> {
    this.output = '';
    this.child = spawn(process.execPath, nodeArgsFor('bot/index.ts'), {
      cwd: process.cwd(),
      env: { ...process.env, PORT: String(this.port), LOG_LEVEL: 'info', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (b: Buffer) => (this.output += b.toString()));
    this.child.stderr?.on('data', (b: Buffer) => (this.output += b.toString()));
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`bot exited early (${this.child.exitCode}):\n${this.output}`);
      try {
        const r = await fetch(`${this.url}/healthz`);
        if (r.ok) return;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    // Never leave a half-started child behind to hold the port or the database.
    this.child.kill('SIGKILL');
    throw new Error(`bot did not start in time:\n${this.output}`);
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      // The child may exit between the check above and kill(); a timer guarantees we return.
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      if (child.exitCode !== null || !child.kill(signal)) {
        clearTimeout(timer);
        resolve();
      }
    });
    this.child = null;
  }
}

export interface ActivityReply {
  type: string;
  text?: string;
  /** Card messages carry their chat-history line here instead of text. */
  summary?: string;
  attachments?: Array<{ contentType: string; content: Record<string, unknown> }>;
}

let seq = 0;

/** Sends one message activity with deliveryMode expectReplies and returns the bot's replies. */
export async function postActivity(
  url: string,
  body: { text?: string; value?: unknown; conversationId?: string; userId?: string; id?: string; conversationType?: string },
): Promise<{ status: number; replies: ActivityReply[] }> {
  const activity = {
    type: 'message',
    id: body.id ?? `act-${process.pid}-${Date.now()}-${++seq}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:1/',
    deliveryMode: 'expectReplies',
    from: { id: body.userId ?? 'user-1', aadObjectId: body.userId ?? 'aad-lw-1', name: 'Link Worker' },
    recipient: { id: 'bot', name: 'What Matters Assistant' },
    conversation: { id: body.conversationId ?? 'conv-1', conversationType: body.conversationType ?? 'personal' },
    ...(body.text !== undefined ? { text: body.text } : {}),
    ...(body.value !== undefined ? { value: body.value } : {}),
  };
  const r = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const json = r.status === 200 ? ((await r.json()) as { activities?: ActivityReply[] }) : { activities: [] };
  return { status: r.status, replies: json.activities ?? [] };
}
