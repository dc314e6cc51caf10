import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCrashHarness } from '../../crash/crash-harness.ts';

// A short run of the crash-consistency harness, so `npm test` keeps it working; `npm run test:crash`
// runs 200 iterations. A new seed each run widens coverage over time; a failure names it for replay.
const SEED = Number(process.env.CAREBINDER_CRASH_SEED ?? crypto.randomInt(2 ** 31));
const ITERATIONS = 5;

describe('crash consistency (SIGKILL at random moments)', () => {
  it(`keeps every acknowledged change and leaves a clean vault (${ITERATIONS} kills)`, async () => {
    const report = await runCrashHarness({ iterations: ITERATIONS, seed: SEED });
    const replay = `replay: node main/scripts/test-crash.ts --seed ${SEED} --iterations ${ITERATIONS} --verbose`;
    expect(report.failure, `${replay}\n${report.failure?.problems.join('\n')}`).toBeNull();
    expect(report.iterations).toBe(ITERATIONS);
  });
});
