import type { Next, Request, Response } from 'restify';

/**
 * The only request-body parser the server uses (issue 19). Every route that takes a body takes
 * JSON, so this reads at most `maxBytes` into memory and nothing else: no multipart (restify's
 * parser left `upload_*` files in the temp folder), no form encoding, and no Content-Encoding —
 * a 239 KB gzip body inflated to 240 MB before anyone checked who sent it. Refusing compression
 * is simpler than capping inflation, and the Bot Framework and our own tab never compress.
 */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isJsonType(contentType: string | undefined): boolean {
  const type = String(contentType ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function refuse(res: Response, next: Next, status: number, error: string): void {
  // Unread bytes would otherwise have to be drained before the connection could be reused.
  if (status === 413 || status === 415) res.setHeader('connection', 'close');
  res.send(status, { error });
  next(false);
}

export function jsonBodyParser(maxBytes: number) {
  return (req: Request, res: Response, next: Next): void => {
    if (!BODY_METHODS.has(req.method ?? '')) return next();
    const encoding = String(req.headers['content-encoding'] ?? '')
      .trim()
      .toLowerCase();
    if (encoding !== '' && encoding !== 'identity') return refuse(res, next, 415, 'Content-Encoding is not accepted: send the JSON body uncompressed.');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) return refuse(res, next, 413, `Request body too large (limit ${maxBytes} bytes).`);
    const hasBody = declared > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody && !isJsonType(req.headers['content-type'])) return refuse(res, next, 415, 'Content-Type must be application/json.');
    if (!hasBody) return next();

    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      req.removeListener('data', onData);
      fn();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        req.resume(); // discard the rest without keeping it
        return finish(() => refuse(res, next, 413, `Request body too large (limit ${maxBytes} bytes).`));
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('error', () => finish(() => refuse(res, next, 400, 'The request body could not be read.')));
    req.once('end', () =>
      finish(() => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (text.trim() === '') return next();
        try {
          (req as { body?: unknown }).body = JSON.parse(text);
        } catch {
          return refuse(res, next, 400, 'The request body is not valid JSON.');
        }
        next();
      }),
    );
  };
}
