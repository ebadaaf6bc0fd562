import { findChromium } from '../helpers/browser';

/**
 * vitest globalSetup: find (and, for the npm Chromium, unpack) the browser once, before any
 * worker starts. @sparticuz/chromium unpacks to the temp folder on first use; two test files
 * doing that at the same moment could launch a half-written binary.
 */
export default async function setup(): Promise<void> {
  await findChromium();
}
