import crypto from 'node:crypto';
import { parseArgs } from 'node:util';
import { runCrashHarness } from '../../tests/crash/crash-harness.ts';

/**
 * `npm run test:crash`: the crash-consistency harness (tests/crash). Kills a process running the real core
 * with SIGKILL at random moments, reopens the vault and checks nothing acknowledged was lost.
 *   --iterations N   (or CAREBINDER_CRASH_ITERATIONS; default 200)
 *   --seed S         (or CAREBINDER_CRASH_SEED; default random, always printed)
 *   --verbose        one line per iteration
 */
const { values } = parseArgs({
  options: {
    iterations: { type: 'string' },
    seed: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

function integer(text: string | undefined, name: string): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${text}"`);
  return value;
}

const iterations =
  integer(values.iterations, '--iterations') ??
  integer(process.env.CAREBINDER_CRASH_ITERATIONS, 'iterations') ??
  200;
const seed =
  integer(values.seed, '--seed') ??
  integer(process.env.CAREBINDER_CRASH_SEED, 'seed') ??
  crypto.randomInt(2 ** 31);

console.log(`crash harness: ${iterations} iterations, seed ${seed}`);
const report = await runCrashHarness({
  iterations,
  seed,
  log: values.verbose ? (line) => console.log(line) : undefined,
});
const counts = (record: Partial<Record<string, number>>) =>
  Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
console.log(
  `${report.iterations} kills in ${report.seconds} s (waiting for children to load ${Math.round(report.waitedForLoadMs / 1000)} s, ` +
    `checking vaults ${Math.round(report.verifyMs / 1000)} s)`,
);
console.log(`acknowledged: ${counts(report.acknowledged)}`);
console.log(`killed during: ${counts(report.killedDuring)}`);
console.log(`of which by the tripwire, just before: ${counts(report.tripwireKills)}`);
console.log(
  `backups restored: ${report.backupsVerified}, packets verified: ${report.packetsVerified}, ` +
    `temp files left outside the vault by killed backups/packets: ${report.tempFilesOutsideVault}`,
);
if (report.failure) {
  console.error(`\nFAILED at iteration ${report.failure.iteration} (seed ${seed}):`);
  for (const problem of report.failure.problems) console.error(`  - ${problem}`);
  console.error(`Vault and outputs kept in ${report.failure.kept}`);
  console.error(
    `Re-run: node main/scripts/test-crash.ts --seed ${seed} --iterations ${report.failure.iteration + 1} --verbose`,
  );
  console.error(
    '(the same seed replays the same operations and kill delays; thread timing can still differ)',
  );
  process.exitCode = 1;
} else {
  console.log('ok: every acknowledged change survived every kill');
}
