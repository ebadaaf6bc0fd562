import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { arch, platform, release } from 'node:os';
import type { MeshConfig } from '../config';
import { meshAuthHeader } from './auth';

/**
 * A small MESH API client: validate the mailbox (handshake), send a message from the outbox,
 * and track it. Mutual TLS with the certificate and key from configuration; a loopback URL (the
 * test stand-in) may go without. Errors are values with a reason a link worker can act on;
 * nothing patient-identifiable is put in them.
 */

export interface MeshSend {
  to: string;
  workflowId: string;
  subject: string;
  localId: string;
  fileName: string;
  body: Buffer;
  contentType: string;
}

export type MeshStatus = 'accepted' | 'acknowledged' | 'undelivered' | 'unknown';

export interface MeshTracking {
  messageId: string;
  status: MeshStatus;
  /** MESH's own words, e.g. "Accepted", "Acknowledged". */
  meshStatus: string;
  statusDescription: string | null;
  downloadedAt: string | null;
}

export type MeshResult<T> = { ok: true; value: T } | { ok: false; reason: string; httpStatus: number | null };

export interface MeshClient {
  handshake(): Promise<MeshResult<true>>;
  send(message: MeshSend): Promise<MeshResult<{ messageId: string }>>;
  track(messageId: string): Promise<MeshResult<MeshTracking>>;
}

interface RawResponse {
  status: number;
  body: string;
}

const CLIENT_VERSION = 'WhatMattersAssistant==0.1.0';

export function createMeshClient(config: MeshConfig, options: { clock?: () => Date; timeoutMs?: number } = {}): MeshClient {
  const clock = options.clock ?? (() => new Date());
  const base = new URL(config.url);
  const secure = base.protocol === 'https:';
  const tls = secure
    ? {
        ...(config.clientCert ? { cert: readFileSync(config.clientCert) } : {}),
        ...(config.clientKey ? { key: readFileSync(config.clientKey) } : {}),
        ...(config.caCert ? { ca: readFileSync(config.caCert) } : {}),
      }
    : {};
  const mailbox = config.mailbox.toUpperCase();

  function request(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<RawResponse> {
    const url = new URL(path, `${config.url}/`);
    const all = {
      authorization: meshAuthHeader(config, clock()),
      'mex-clientversion': CLIENT_VERSION,
      'mex-osname': platform(),
      'mex-osversion': release(),
      'mex-osarchitecture': arch(),
      ...headers,
      ...(body ? { 'content-length': String(body.length) } : {}),
    };
    return new Promise((resolve, reject) => {
      const req = (secure ? https : http).request(url, { method, headers: all, timeout: options.timeoutMs ?? 30_000, ...tls }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('timeout', () => req.destroy(new Error('MESH did not answer in time')));
      req.on('error', reject);
      req.end(body);
    });
  }

  async function call(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<MeshResult<RawResponse>> {
    try {
      const r = await request(method, path, headers, body);
      if (r.status >= 200 && r.status < 300) return { ok: true, value: r };
      return { ok: false, httpStatus: r.status, reason: failure(r) };
    } catch (e) {
      return { ok: false, httpStatus: null, reason: `MESH could not be reached (${(e as Error).message}).` };
    }
  }

  return {
    async handshake() {
      const r = await call('GET', `messageexchange/${mailbox}`, {});
      return r.ok ? { ok: true, value: true } : r;
    },
    async send(m) {
      const r = await call(
        'POST',
        `messageexchange/${mailbox}/outbox`,
        {
          'content-type': m.contentType,
          'mex-from': mailbox,
          'mex-to': m.to,
          'mex-workflowid': m.workflowId,
          'mex-filename': m.fileName,
          'mex-localid': m.localId,
          'mex-subject': m.subject,
        },
        m.body,
      );
      if (!r.ok) return r;
      const id = parseJson(r.value.body)?.messageID;
      return typeof id === 'string' && id
        ? { ok: true, value: { messageId: id } }
        : { ok: false, httpStatus: r.value.status, reason: 'MESH accepted the message but returned no message id.' };
    },
    async track(messageId) {
      const r = await call('GET', `messageexchange/${mailbox}/outbox/tracking?messageID=${encodeURIComponent(messageId)}`, {});
      if (!r.ok) return r;
      const j = parseJson(r.value.body) ?? {};
      const meshStatus = typeof j.status === 'string' ? j.status : 'unknown';
      return {
        ok: true,
        value: {
          messageId,
          meshStatus,
          status: /^acknowledged$/i.test(meshStatus)
            ? 'acknowledged'
            : /^accepted$/i.test(meshStatus)
              ? 'accepted'
              : /undeliver|error|expired/i.test(meshStatus)
                ? 'undelivered'
                : 'unknown',
          statusDescription: typeof j.statusDescription === 'string' ? j.statusDescription : null,
          downloadedAt: typeof j.downloadTimestamp === 'string' ? j.downloadTimestamp : null,
        },
      };
    },
  };
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** MESH's error body (errorCode / errorDescription) in words; the status code alone otherwise. */
function failure(r: RawResponse): string {
  const j = parseJson(r.body);
  const code = j?.errorCode !== undefined ? String(j.errorCode) : null;
  const text = typeof j?.errorDescription === 'string' ? j.errorDescription : null;
  if (r.status === 403) return `MESH refused the mailbox credentials (403${text ? `: ${text}` : ''}).`;
  if (r.status === 417)
    return `MESH could not route the message to the practice (${code ?? '417'}${text ? `: ${text}` : ''}). Check the NHS number, date of birth and surname.`;
  return `MESH answered ${r.status}${text ? `: ${text}` : ''}.`;
}
