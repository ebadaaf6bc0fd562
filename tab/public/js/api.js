// Talks to /api/scripts. In Teams the page asks teams-js for an SSO token and sends it as a
// Bearer token; the server validates it and decides what this user may do. The Teams context
// is never used to authorise anything here.
let teamsReady = null;

function inTeams() {
  return window.parent !== window || Boolean(window.nativeInterface) || /Teams/i.test(navigator.userAgent);
}

async function initTeams() {
  const sdk = window.microsoftTeams;
  if (!sdk || !inTeams()) return false;
  try {
    await Promise.race([sdk.app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000))]);
    sdk.app.notifySuccess?.();
    return true;
  } catch {
    return false;
  }
}

let mode = 'local';
export function setAuthMode(m) {
  mode = m;
}

async function token() {
  if (mode !== 'entra') return null;
  teamsReady ??= initTeams();
  if (!(await teamsReady)) return null; // Outside Teams: the server will answer 401 and we say so.
  try {
    return await window.microsoftTeams.authentication.getAuthToken();
  } catch {
    return null;
  }
}

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error ?? `Request failed (${status})`);
    this.status = status;
    this.issues = body?.issues ?? [];
    this.body = body ?? {};
  }
}

export async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  const t = await token();
  if (t) headers.authorization = `Bearer ${t}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = r.headers.get('content-type') ?? '';
  const data = type.includes('json') && !r.headers.get('content-disposition') ? await r.json() : await r.text();
  if (!r.ok) throw new ApiError(r.status, typeof data === 'object' ? data : { error: data });
  return data;
}

/** Downloads an export through fetch (it needs the token), then hands it to the browser. */
export async function download(path) {
  const headers = {};
  const t = await token();
  if (t) headers.authorization = `Bearer ${t}`;
  const r = await fetch(path, { headers });
  if (!r.ok) throw new ApiError(r.status, await r.json().catch(() => ({})));
  const name = /filename="([^"]+)"/.exec(r.headers.get('content-disposition') ?? '')?.[1] ?? 'script';
  const url = URL.createObjectURL(await r.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}
