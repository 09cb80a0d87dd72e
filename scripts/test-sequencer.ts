import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Test files far slower than their size tells vitest (the CLI tests start a process per command):
 * on a clean checkout vitest has no timings and runs larger files first, so these started last and
 * the run ended with one worker busy and the other idle. Starting them first evens the two out.
 */
const SLOW_FIRST = [/^src\/cli\/[^/]+\.test\.ts$/];

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const slow = (f: TestSpecification) =>
      SLOW_FIRST.some((r) => r.test(path.relative(root, f.moduleId).split(path.sep).join('/')));
    // Slow files belong to the server project, which runs before the browser tests (groupOrder),
    // so moving them to the front keeps the order of the groups.
    return [...sorted.filter(slow), ...sorted.filter((f) => !slow(f))];
  }
}
