import type { Next, Request, Response } from 'restify';

/**
 * Local mode authenticates nobody; "only this computer can reach it" is its whole defence. A web
 * page open in the user's own browser runs on this computer too, so two browser tricks must fail
 * (issue 19):
 *  - DNS rebinding: attacker.example resolves to 127.0.0.1 and the page reads our answers as
 *    same-origin. Its requests still carry `Host: attacker.example`, so only loopback names pass.
 *  - Cross-site writes: a form or no-cors fetch needs no CORS preflight. Such requests carry a
 *    foreign `Origin` (or `null`); ours carry our own origin or, from non-browser clients such as
 *    the Agents Playground, none. Form-encoded bodies are refused by the JSON-only body parser.
 */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isLoopbackName(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** The hostname of a Host header value ("name:port", "[::1]:port"), or null if it is not one. */
export function hostHeaderName(host: string | undefined): string | null {
  if (!host) return null;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

export type GuardVerdict = { ok: true } | { ok: false; status: 403 | 421; message: string };

/**
 * `requireLoopbackHost` is false only when the operator deliberately exposed local mode beyond
 * this machine (WMA_UNSAFE_ALLOW_UNAUTHENTICATED_REMOTE); the Origin rule applies regardless.
 */
export function checkLocalRequest(method: string, headers: Record<string, string | string[] | undefined>, requireLoopbackHost = true): GuardVerdict {
  const host = typeof headers.host === 'string' ? headers.host : undefined;
  const name = hostHeaderName(host);
  if (!name || (requireLoopbackHost && !isLoopbackName(name)))
    return { ok: false, status: 421, message: 'This bot runs in local mode and only answers requests addressed to localhost or 127.0.0.1.' };
  if (!STATE_CHANGING.has(method)) return { ok: true };
  const origin = headers.origin;
  if (origin !== undefined && !sameOrigin(String(origin), host!))
    return { ok: false, status: 403, message: 'Refused: this request came from another site. Local mode only accepts changes from its own pages.' };
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return { ok: false, status: 403, message: 'Refused: this request came from another site. Local mode only accepts changes from its own pages.' };
  return { ok: true };
}

/** Same host and port as the request was addressed to (the Host check vouches for that name). */
function sameOrigin(origin: string, host: string): boolean {
  let url: URL;
  try {
    url = new URL(origin); // "null" (sandboxed frames, file pages) does not parse
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === new URL(`http://${host}`).host;
}

export function localModeGuard(requireLoopbackHost: boolean) {
  return (req: Request, res: Response, next: Next): void => {
    const verdict = checkLocalRequest(req.method ?? 'GET', req.headers, requireLoopbackHost);
    if (verdict.ok) return next();
    res.setHeader('cache-control', 'no-store');
    res.send(verdict.status, { error: verdict.message });
    next(false);
  };
}
