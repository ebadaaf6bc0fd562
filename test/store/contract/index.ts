import { describe } from 'vitest';
import type { HarnessFactory } from './harness';
import { turnContract } from './turns';
import { securityContract } from './security';
import { adminContract } from './admin';
import { documentContract } from './documents';
import { entryContract } from './entries';
import { outboxContract } from './outbox';

/**
 * The behaviour every Store engine must show, run against SQLite always and PostgreSQL when a
 * server is configured. Engine-specific files only provide the harness.
 */
export function storeContract(engine: string, makeHarness: HarnessFactory): void {
  describe(`${engine} store contract`, () => {
    turnContract(makeHarness);
    securityContract(makeHarness);
    adminContract(makeHarness);
    documentContract(makeHarness);
    entryContract(makeHarness);
    outboxContract(makeHarness);
  });
}
