import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Runs the test files that start processes or a browser first. vitest orders files it has no
 * timings for (every fresh clone, every CI run) largest first, which put the short but slow
 * bench smoke and e2e files at the end: one core then finishes them alone while the other idles.
 * Starting the long files first lets the many quick ones fill the gaps. Files are recognised by
 * the helpers they use, so a new process or browser test is scheduled early without a list here.
 * Within each group vitest's own order (recorded durations, else size) is kept.
 */
const STARTS_PROCESSES_OR_BROWSER = /\b(BotProcess|runUntilExit|runScaleOut|runBench|launchBrowser|spawnSync|spawn)\b/;

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const slow = (f: TestSpecification) => {
      try {
        return STARTS_PROCESSES_OR_BROWSER.test(readFileSync(f.moduleId, 'utf8'));
      } catch {
        return false;
      }
    };
    const first = ordered.filter(slow);
    return [...first, ...ordered.filter((f) => !first.includes(f))];
  }
}
