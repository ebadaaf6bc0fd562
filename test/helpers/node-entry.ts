import { inject } from 'vitest';

/**
 * The `node` arguments that run a repository entry point (e.g. 'bot/index.ts') in a child
 * process: its prebuilt bundle when the run has one (test/setup/bundles.global.ts), otherwise through tsx as `npm start` does.
 * Either way it is the same source, the same process boundary and the same environment.
 */
export function nodeArgsFor(entry: string): string[] {
  const bundle = (inject('bundles') as Record<string, string> | undefined)?.[entry];
  return bundle ? [bundle] : ['--import', 'tsx', entry];
}
