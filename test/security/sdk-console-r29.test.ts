import { describe, expect, it } from 'vitest';
import { isSdkRefusalLine, markSdkHandled } from '../../bot/sdk-console';

/**
 * Review r29 of s22e: CloudAdapter.process console.errors whatever processActivity rejected with,
 * Error or not; QuietCloudAdapter marks it. A marked value that is not an Error (a thrown plain
 * object, e.g. a failed REST response body) was printed whole before this fix.
 */
describe('isSdkRefusalLine and marked values that are not Errors', () => {
  it('drops a marked plain object; keeps an unmarked one and any extra arguments', () => {
    const thrown = { statusCode: 500, body: 'what the person said' };
    expect(isSdkRefusalLine([thrown])).toBe(false);
    markSdkHandled(thrown);
    expect(isSdkRefusalLine([thrown])).toBe(true);
    expect(isSdkRefusalLine([thrown, 'and more'])).toBe(false);
    expect(isSdkRefusalLine([{ statusCode: 500 }])).toBe(false);
    expect(isSdkRefusalLine([null])).toBe(false);
  });
});
