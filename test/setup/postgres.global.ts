import type { TestProject } from 'vitest/node';
import { startTestPostgres } from '../helpers/embedded-postgres';

/**
 * vitest globalSetup: one PostgreSQL server for the whole run (about 1.5 s to start), handed to
 * the store contract, two-instance and scale-out tests through `inject('pgUrl')`. An existing
 * server can be used instead by setting WMA_TEST_PG_URL.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const given = process.env['WMA_TEST_PG_URL'];
  if (given) {
    project.provide('pgUrl', given);
    return;
  }
  const server = await startTestPostgres();
  project.provide('pgUrl', server.url);
  return () => server.stop();
}
