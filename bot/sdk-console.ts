import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The Bot Framework SDK writes to the console on every refused token: CloudAdapter.process
 * `console.error`s the whole error (a multi-line stack), and the token extractor prints the
 * signing key it tried. That floods stderr on every forged request and bypasses our pino logs.
 * Code run through `quietSdk` has its console.error/warn/log dropped; the caller logs one pino
 * line instead. AsyncLocalStorage scopes this to the request's own async work, so concurrent
 * requests and the rest of the process keep their console.
 */
const quiet = new AsyncLocalStorage<true>();
const ours = new WeakSet<object>();

/** Re-checked on every call: if something replaced a console method since, wrap the new one. */
function install(): void {
  for (const level of ['error', 'warn', 'log', 'info', 'debug'] as const) {
    const current = console[level];
    if (ours.has(current)) continue;
    const wrapper = (...args: unknown[]) => {
      if (!quiet.getStore()) current.apply(console, args);
    };
    ours.add(wrapper);
    console[level] = wrapper;
  }
}

export function quietSdk<T>(work: () => Promise<T>): Promise<T> {
  install();
  return quiet.run(true, work);
}
