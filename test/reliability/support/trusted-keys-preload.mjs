/**
 * Test-only preload (loaded into the bot child process through NODE_OPTIONS=--import).
 *
 * The test machine has no internet, so the Bot Framework SDK cannot download Microsoft's token
 * signing keys. This replaces only *where the trusted public keys come from*: the SDK's own
 * OpenIdMetadata reads them from the JWKS file named by WMA_TEST_TRUSTED_JWKS instead of from
 * login.botframework.com. Everything else — issuer, audience, expiry, signature, endorsement and
 * serviceUrl checks — is the unmodified SDK code the production server runs. With the variable
 * unset this file does nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const jwksPath = process.env.WMA_TEST_TRUSTED_JWKS;
if (jwksPath) {
  const require = createRequire(`${process.cwd()}/`);
  const { OpenIdMetadata } = require('botframework-connector/lib/auth/openIdMetadata');
  OpenIdMetadata.prototype.refreshCache = async function refreshFromTestFile() {
    this.keys = JSON.parse(readFileSync(jwksPath, 'utf8')).keys;
    this.lastUpdated = Date.now();
  };
}
