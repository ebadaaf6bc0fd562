import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * MESH API STAND-IN — for tests only. A local HTTP server (127.0.0.1, port 0) that behaves as
 * NHS England's published MESH API does for the calls we make, so the client is tested against
 * the protocol rather than a mock of itself. It is NOT MESH: no TLS, no chunking, no
 * compression, one in-memory store. What it checks, after the published specification
 * (NHSDigital/mesh-api-specification, mesh-api.yaml):
 * - the Authorization header: "NHSMESH " + mailbox:nonce:nonce_count:timestamp:hash, hash the
 *   HMAC-SHA256 (shared secret) of mailbox:nonce:nonce_count:password:timestamp, the timestamp
 *   within 2 hours of server time, and each token used once (a repeat is 403);
 * - send (POST /messageexchange/{mailbox}/outbox): Mex-From must be the authenticated mailbox,
 *   Mex-To and a workflow registered for the mailbox are required; Mex-To of the form
 *   GPPROVIDER_<NHS number>_<DDMMYYYY>_<surname> is routed to the registered practice (the
 *   stand-in plays the demographic lookup) — no match is 417 error 12; 202 {messageID};
 * - inbox list, download and acknowledge (the practice's side), and outbox tracking, whose
 *   status moves from "Accepted" to "Acknowledged" when the recipient acknowledges.
 * The auth check is written here independently of service/mesh/auth.ts on purpose.
 */

export interface StandInMailbox {
  id: string;
  password: string;
  workflows: string[];
}

export interface StandInMessage {
  messageId: string;
  from: string;
  to: string;
  recipient: string;
  workflowId: string;
  subject: string | null;
  localId: string | null;
  fileName: string | null;
  contentType: string | null;
  body: Buffer;
  uploadedAt: Date;
  acknowledgedAt: Date | null;
}

export interface MeshStandIn {
  url: string;
  messages: StandInMessage[];
  /** Every request with its outcome, for assertions about auth (header values are not kept). */
  log: Array<{ method: string; path: string; status: number; mailbox: string | null }>;
  close(): Promise<void>;
}

export interface StandInOptions {
  sharedSecret: string;
  mailboxes: StandInMailbox[];
  /** "nhs|DDMMYYYY|SURNAME" -> practice mailbox (the demographic routing MESH does via PDS). */
  registrations: Record<string, string>;
  clock?: () => Date;
}

const TWO_HOURS = 2 * 3600_000;

function parseTimestamp(t: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(t);
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!)) : null;
}

export async function startMeshStandIn(options: StandInOptions): Promise<MeshStandIn> {
  const clock = options.clock ?? (() => new Date());
  const boxes = new Map(options.mailboxes.map((b) => [b.id, b]));
  const usedTokens = new Set<string>();
  const messages: StandInMessage[] = [];
  const log: MeshStandIn['log'] = [];
  let seq = 0;

  function authenticate(header: string | undefined): { ok: true; mailbox: StandInMailbox } | { ok: false; why: string } {
    if (!header?.startsWith('NHSMESH ')) return { ok: false, why: 'missing NHSMESH scheme' };
    const parts = header.slice('NHSMESH '.length).split(':');
    if (parts.length !== 5) return { ok: false, why: 'malformed token' };
    const [mailboxId, nonce, count, timestamp, hash] = parts as [string, string, string, string, string];
    const box = boxes.get(mailboxId);
    if (!box || mailboxId !== mailboxId.toUpperCase()) return { ok: false, why: 'unknown mailbox' };
    const at = parseTimestamp(timestamp);
    if (!at || Math.abs(at.getTime() - clock().getTime()) > TWO_HOURS) return { ok: false, why: 'timestamp out of range' };
    const expected = createHmac('sha256', options.sharedSecret).update([mailboxId, nonce, count, box.password, timestamp].join(':')).digest();
    const given = Buffer.from(hash, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, why: 'bad hash' };
    const token = `${mailboxId}:${nonce}:${count}`;
    if (usedTokens.has(token)) return { ok: false, why: 'token reused' };
    usedTokens.add(token);
    return { ok: true, mailbox: box };
  }

  function route(to: string): string | null {
    if (boxes.has(to)) return to;
    const m = /^GPPROVIDER_(\d{10})_(\d{8})_(.+)$/.exec(to);
    return m ? (options.registrations[`${m[1]}|${m[2]}|${m[3]!.toUpperCase()}`] ?? null) : null;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const send = (status: number, body: unknown, mailbox: string | null) => {
        log.push({ method: req.method ?? '', path: url.pathname, status, mailbox });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const auth = authenticate(req.headers.authorization);
      if (!auth.ok) return send(403, { errorEvent: 'AUTH', errorCode: 403, errorDescription: `Authentication failed: ${auth.why}` }, null);
      const me = auth.mailbox;
      const path = url.pathname.split('/').filter(Boolean);
      if (path[0] !== 'messageexchange' || path[1] !== me.id)
        return send(403, { errorCode: 403, errorDescription: 'Mailbox does not match the Authorization header' }, me.id);
      const h = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : null);

      if (req.method === 'GET' && path.length === 2) return send(200, {}, me.id);
      if (req.method === 'POST' && path[2] === 'outbox' && path.length === 3) {
        if (h('mex-from') !== me.id)
          return send(403, { errorCode: '07', errorDescription: 'Invalid From Address, the mailbox does not match the authorization header' }, me.id);
        const to = h('mex-to');
        if (!to) return send(417, { errorCode: '08', errorDescription: 'Missing Mex-To header' }, me.id);
        const workflowId = h('mex-workflowid');
        if (!workflowId || !me.workflows.includes(workflowId))
          return send(403, { errorCode: '17', errorDescription: 'Workflow ID not registered for mailbox' }, me.id);
        if (!h('mex-filename')) return send(400, { errorCode: '06', errorDescription: 'Malformed headers: Mex-FileName is required' }, me.id);
        const recipient = route(to);
        if (!recipient) return send(417, { errorCode: '12', errorDescription: 'Unregistered to address' }, me.id);
        const messageId = `${meshStamp(clock())}${String(++seq).padStart(6, '0')}_STANDIN`;
        messages.push({
          messageId,
          from: me.id,
          to,
          recipient,
          workflowId,
          subject: h('mex-subject'),
          localId: h('mex-localid'),
          fileName: h('mex-filename'),
          contentType: h('content-type'),
          body: Buffer.concat(chunks),
          uploadedAt: clock(),
          acknowledgedAt: null,
        });
        return send(202, { messageID: messageId }, me.id);
      }
      if (req.method === 'GET' && path[2] === 'outbox' && path[3] === 'tracking') {
        const m = messages.find((x) => x.messageId === url.searchParams.get('messageID') && x.from === me.id);
        if (!m) return send(404, { errorCode: 404, errorDescription: 'Message not found' }, me.id);
        return send(
          200,
          {
            messageId: m.messageId,
            localId: m.localId,
            workflowId: m.workflowId,
            sender: m.from,
            recipient: m.recipient,
            status: m.acknowledgedAt ? 'Acknowledged' : 'Accepted',
            uploadTimestamp: meshStamp(m.uploadedAt),
            downloadTimestamp: m.acknowledgedAt ? meshStamp(m.acknowledgedAt) : null,
            statusDescription: null,
          },
          me.id,
        );
      }
      if (req.method === 'GET' && path[2] === 'inbox' && path.length === 3)
        return send(200, { messages: messages.filter((m) => m.recipient === me.id && !m.acknowledgedAt).map((m) => m.messageId) }, me.id);
      if (req.method === 'GET' && path[2] === 'inbox' && path.length === 4) {
        const m = messages.find((x) => x.messageId === path[3] && x.recipient === me.id);
        if (!m) return send(404, { errorCode: 404, errorDescription: 'Message not found' }, me.id);
        log.push({ method: 'GET', path: url.pathname, status: 200, mailbox: me.id });
        res.writeHead(200, {
          'content-type': m.contentType ?? 'application/octet-stream',
          'mex-messagetype': 'DATA',
          'mex-from': m.from,
          'mex-workflowid': m.workflowId,
          'mex-messageid': m.messageId,
        });
        return res.end(m.body);
      }
      if (req.method === 'PUT' && path[2] === 'inbox' && path[4] === 'status' && path[5] === 'acknowledged') {
        const m = messages.find((x) => x.messageId === path[3] && x.recipient === me.id);
        if (!m) return send(404, { errorCode: 404, errorDescription: 'Message not found' }, me.id);
        m.acknowledgedAt = clock();
        return send(200, { messageId: m.messageId }, me.id);
      }
      return send(404, { errorCode: 404, errorDescription: 'Not found' }, me.id);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, messages, log, close: () => new Promise((r) => server.close(() => r())) };
}

/** yyyyMMddHHmmss, the form MESH uses in message ids and tracking timestamps. */
function meshStamp(d: Date): string {
  return d.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
