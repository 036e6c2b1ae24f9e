import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The suites that start processes and browsers (test/e2e) first, then vitest's own order (longest known, else largest
 * file, first). On a fresh clone vitest knows no durations and ran the 58 s stale-reads suite among the last, so one
 * worker finished it alone while the other sat idle: about a minute of CI.
 */
export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const spawns = (spec: TestSpecification) => spec.moduleId.includes('/test/e2e/');
    return [...sorted.filter(spawns), ...sorted.filter((spec) => !spawns(spec))];
  }
}
