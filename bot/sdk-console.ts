/**
 * The Bot Framework SDK writes to the console on every refused token: CloudAdapter.process
 * `console.error`s the whole error (a multi-line stack), and the token extractor prints the
 * signing key it tried. That floods stderr on every forged request and bypasses our pino logs.
 * Those lines are dropped; the caller logs one pino line instead.
 *
 * Which lines are dropped is decided by what each line is, not by which request is running.
 * It used to be the latter, with an AsyncLocalStorage around each request; but while any
 * AsyncLocalStorage is in use Node runs an async_hooks hook on every promise of the process
 * (~12 KiB and ~4–5 % of the main thread per HTTP turn; issue 22, s22e). What is dropped now:
 *  - an error that came back out of our adapter's processActivity (`markSdkHandled`, called by
 *    bot/server.ts for every error CloudAdapter.process is about to print, after our own pino line);
 *  - the token extractor's two lines (botframework-connector/lib/auth/jwtTokenExtractor.js):
 *    the "Error finding key for token" text and jsonwebtoken's TokenExpiredError object.
 * Anything else — other libraries, our own code, a different SDK line — keeps its console,
 * concurrently or not. test/security/sdk-console-sites.test.ts pins the SDK's console calls on
 * the request path, so an SDK upgrade that adds one fails a test instead of leaking.
 */
const handled = new WeakSet<object>();
const ours = new WeakSet<object>();

/** The token extractor's line for a token whose key id is not among the trusted keys. */
export const SDK_KEY_NOT_FOUND = 'Error finding key for token.';

/** An error our code has logged (or chosen to answer) itself: the SDK's console copy of it is dropped. */
export function markSdkHandled(error: unknown): void {
  if (error !== null && typeof error === 'object') handled.add(error);
}

/** True for exactly the SDK console lines this module replaces with pino lines. */
export function isSdkRefusalLine(args: readonly unknown[]): boolean {
  if (args.length !== 1) return false;
  const only = args[0];
  if (typeof only === 'string') return only.startsWith(SDK_KEY_NOT_FOUND);
  // Whatever processActivity rejected with was marked, Error or not (a thrown plain object too):
  // CloudAdapter.process prints it whole, and we have logged its class already.
  if (only !== null && typeof only === 'object' && handled.has(only)) return true;
  return only instanceof Error && only.name === 'TokenExpiredError';
}

/**
 * Puts the filter on top of console.error/warn/log/info/debug. Cheap enough to call per request
 * (five property reads and WeakSet lookups), and called per request: if something replaced a
 * console method since (a test's spy, another logger), the new one is wrapped too.
 */
export function installSdkConsoleFilter(): void {
  for (const level of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    const current = console[level];
    if (ours.has(current)) continue;
    const wrapper = (...args: unknown[]) => {
      if (!isSdkRefusalLine(args)) current.apply(console, args);
    };
    ours.add(wrapper);
    console[level] = wrapper;
  }
}
