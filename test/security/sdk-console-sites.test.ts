import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AuthenticationError } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { isSdkRefusalLine, markSdkHandled, SDK_KEY_NOT_FOUND } from '../../bot/sdk-console';

/**
 * bot/sdk-console.ts drops the SDK's console lines by what they are (issue 22, s22e: no
 * AsyncLocalStorage on the request path). That is only safe while we know every console call the
 * SDK can make on an inbound request: this pins them. An SDK upgrade that adds, removes or
 * changes one fails here, and the filter (and refused-token-log.test.ts) must be looked at again.
 */
const require = createRequire(import.meta.url);
const lib = (pkg: string, sub = 'lib') => join(dirname(require.resolve(`${pkg}/package.json`)), sub);

/** The SDK files an inbound activity runs through: CloudAdapter, the turn pipeline, the handlers, and all of auth/. */
const requestPath = [
  join(lib('botbuilder'), 'cloudAdapter.js'),
  join(lib('botbuilder'), 'teamsActivityHandler.js'),
  ...[
    'cloudAdapterBase',
    'botAdapter',
    'turnContext',
    'activityHandler',
    'activityHandlerBase',
    'middlewareSet',
    'configurationBotFrameworkAuthentication',
  ].map((f) => join(lib('botbuilder-core'), `${f}.js`)),
  ...readdirSync(lib('botframework-connector', 'lib/auth'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(lib('botframework-connector', 'lib/auth'), f)),
];

function consoleCalls(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /\bconsole\.\w+\(/.test(l) && !l.startsWith('*') && !l.startsWith('//'));
}

describe("the SDK's console calls on the request path", () => {
  it('are exactly the four bot/sdk-console.ts and bot/server.ts account for', () => {
    const found = requestPath.flatMap((f) => consoleCalls(f).map((line) => `${f.split('node_modules/')[1]}: ${line}`));
    expect(found).toEqual([
      // Prevented: bot/server.ts answers an empty activity type with 400 before the SDK sees it.
      "botbuilder/lib/cloudAdapter.js: console.warn('BadRequest: Missing activity or activity type.');",
      // Dropped: every error out of QuietCloudAdapter.processActivity is marked (markSdkHandled).
      'botbuilder/lib/cloudAdapter.js: console.error(err);',
      // Dropped by shape: jsonwebtoken's TokenExpiredError, then the key-not-found text.
      'botframework-connector/lib/auth/jwtTokenExtractor.js: console.error(err);',
      `botframework-connector/lib/auth/jwtTokenExtractor.js: console.error(\`Error finding key for token. Available keys: \${metadata.key}\`);`,
    ]);
    expect(consoleCalls(join(lib('botframework-connector', 'lib/auth'), 'jwtTokenExtractor.js'))[0]).toBe('console.error(err);');
    expect(readFileSync(join(lib('botframework-connector', 'lib/auth'), 'jwtTokenExtractor.js'), 'utf8')).toMatch(
      /if \(err\.name === 'TokenExpiredError'\) \{\s+console\.error\(err\);/,
    );
  });
});

describe('isSdkRefusalLine', () => {
  it("recognises the SDK's lines and nothing else", () => {
    const expired = Object.assign(new Error('jwt expired'), { name: 'TokenExpiredError' });
    const refused = new AuthenticationError('Unauthorized. The token could not be verified.', 401);
    markSdkHandled(refused);
    expect(isSdkRefusalLine([expired])).toBe(true);
    expect(isSdkRefusalLine([refused])).toBe(true);
    expect(isSdkRefusalLine([`${SDK_KEY_NOT_FOUND} Available keys: abc`])).toBe(true);

    // Not marked, not the SDK's: printed as before.
    expect(isSdkRefusalLine([new AuthenticationError('someone else’s', 401)])).toBe(false);
    expect(isSdkRefusalLine([new Error('ours')])).toBe(false);
    expect(isSdkRefusalLine(['Error finding a key in our own code'])).toBe(false);
    expect(isSdkRefusalLine([`${SDK_KEY_NOT_FOUND} Available keys: abc`, 'and more'])).toBe(false);
    expect(isSdkRefusalLine([refused, 'with context'])).toBe(false);
    expect(isSdkRefusalLine([])).toBe(false);
    expect(isSdkRefusalLine([{ name: 'TokenExpiredError' }])).toBe(false);
  });
});
