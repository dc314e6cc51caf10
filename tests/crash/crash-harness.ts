import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { seededRandom } from '../../main/core/classify/seeded-random.ts';
import { restoreBackup } from '../../main/core/backup/backup.service.ts';
import { AppError } from '../../main/core/errors.ts';
import { verifyFolder } from '../../main/core/export/manifest.ts';
import { addPerson } from '../../main/core/people/people.service.ts';
import { createVault, setDeviceSlot, unlockVault } from '../../main/core/vault/vault.service.ts';
import { CrashChild } from './crash-child-process.ts';
import { compare, promisedBy, type Promised } from './crash-expectations.ts';
import { makeFixturePool } from './crash-fixtures.ts';
import type { OpKind } from './crash-protocol.ts';
import { observeVault, sha256, tempFilesUnder, type VaultState } from './crash-state.ts';

/*
 * Why the run is fast enough (200 iterations took 125 s on two cores shared with other work):
 *
 * - Argon2id (64 MiB, 3 passes) is paid once per vault, not per kill. Each vault gets a remembered-device
 *   slot when it is made — the product's own "remember on this computer" path — and every child and every
 *   check unlocks with that device key. unlockVault is otherwise the same call (header MAC, database
 *   keyed and proved, orphan and temp sweep), so nothing is stubbed.
 * - Starting Node and loading the core (TypeScript stripped on the fly) costs a few hundred milliseconds
 *   of CPU, as much as a typical run before the kill. So the next child is always started early: it
 *   loads, prints "loaded" and waits for its vault on stdin while the current child runs and is checked;
 *   only a loaded child is handed the vault, so loading never overlaps another process's use of it.
 *   Children share a compile cache (NODE_COMPILE_CACHE), and the packet writer is loaded only by the
 *   child that exports.
 * - A vault lives for EPOCH iterations and is then replaced, so the per-kill checks (decrypt every file,
 *   restore new backups) stay small instead of growing with the whole run.
 */

/** Iterations that share one vault before a fresh one is made. */
const EPOCH = 20;

export interface CrashOptions {
  iterations: number;
  seed: number;
  /** Progress lines (one per iteration when verbose). */
  log?: (line: string) => void;
}

export interface CrashReport {
  seed: number;
  iterations: number;
  seconds: number;
  /** Acknowledged operations, by kind. */
  acknowledged: Partial<Record<OpKind, number>>;
  /** What the child was doing when it was killed ('start-up': unlocking, before its first operation). */
  killedDuring: Partial<Record<OpKind | 'start-up' | 'between operations', number>>;
  /** Kills by the tripwire, by the file-system call they came just before. */
  tripwireKills: Partial<Record<string, number>>;
  backupsVerified: number;
  packetsVerified: number;
  /** Time spent waiting for the next child to finish loading, and checking vaults (milliseconds, total). */
  waitedForLoadMs: number;
  verifyMs: number;
  /** Temp files a killed backup or packet write left in the destination folder (outside the vault). */
  tempFilesOutsideVault: number;
  /** The first failing iteration, its problems, and the folder kept for inspection. */
  failure: { iteration: number; problems: string[]; kept: string } | null;
}

interface Epoch {
  vaultDir: string;
  outDir: string;
  deviceKey: Buffer;
  recoveryKey: string;
  personId: string;
  baseline: VaultState;
  checkedBackups: Set<string>;
}

/** Mixes the run's seed and an iteration number into that iteration's own seed. */
export function iterationSeed(seed: number, iteration: number): number {
  return crypto.createHash('sha256').update(`${seed}:${iteration}`).digest().readUInt32BE(0);
}

/**
 * Runs the crash-consistency loop: each iteration hands a loaded child the vault, kills it with SIGKILL
 * after a seeded random delay, reopens the vault and checks it against every acknowledged operation.
 * Stops at the first failing iteration and keeps its folder.
 */
export async function runCrashHarness(options: CrashOptions): Promise<CrashReport> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-crash-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_COMPILE_CACHE: path.join(root, 'compile-cache'),
    CAREBINDER_LOG_LEVEL: 'error',
  };
  const fixturesDir = path.join(root, 'fixtures');
  const fixtures = await makeFixturePool(fixturesDir, options.seed);
  const fixtureSha = new Map(fixtures.map((f) => [f, sha256(fs.readFileSync(path.join(fixturesDir, f)))]));
  const report: CrashReport = {
    seed: options.seed,
    iterations: 0,
    seconds: 0,
    acknowledged: {},
    killedDuring: {},
    tripwireKills: {},
    backupsVerified: 0,
    packetsVerified: 0,
    waitedForLoadMs: 0,
    verifyMs: 0,
    tempFilesOutsideVault: 0,
    failure: null,
  };

  let spare = new CrashChild(env);
  let epoch: Epoch | null = null;
  try {
    for (let i = 0; i < options.iterations; i++) {
      if (i % EPOCH === 0) {
        if (epoch) report.tempFilesOutsideVault += tempFilesUnder(epoch.outDir).length;
        epoch = await newEpoch(path.join(root, `vault-${i / EPOCH}`));
      }
      const child = spare;
      spare = new CrashChild(env);
      const waitStarted = performance.now();
      await child.loaded;
      report.waitedForLoadMs += performance.now() - waitStarted;
      const seed = iterationSeed(options.seed, i);
      const kill = killPlan(seededRandom(seed ^ 0x5bd1e995));
      child.start({
        vaultDir: epoch!.vaultDir,
        deviceKey: epoch!.deviceKey.toString('hex'),
        personId: epoch!.personId,
        fixturesDir,
        outDir: epoch!.outDir,
        iteration: i,
        seed,
        tripwire: kill.tripwire,
        first: kill.first,
      });
      const timer = new AbortController();
      await Promise.race([sleep(kill.delay, null, { signal: timer.signal }).catch(() => null), child.closed]);
      timer.abort();
      const exit = await child.kill();

      const problems: string[] = [];
      const error = child.messages.find((m) => m.t === 'error');
      if (error) problems.push(`the child failed: ${error.code ?? ''} ${error.message}`);
      else if (exit.signal !== 'SIGKILL')
        problems.push(`the child exited by itself (code ${exit.code}): ${child.stderr.trim()}`);
      const promised = promisedBy(epoch!.baseline, child.messages);
      const verifyStarted = performance.now();
      problems.push(...(await verify(epoch!, promised, fixtureSha, report)));
      report.verifyMs += performance.now() - verifyStarted;

      report.iterations++;
      for (const op of promised.acknowledged)
        report.acknowledged[op.kind] = (report.acknowledged[op.kind] ?? 0) + 1;
      const began = child.messages.some((m) => m.t === 'begin');
      const during = promised.inFlight?.kind ?? (began ? 'between operations' : 'start-up');
      report.killedDuring[during] = (report.killedDuring[during] ?? 0) + 1;
      const tripped = child.messages.find((m) => m.t === 'tripwire');
      if (tripped) report.tripwireKills[tripped.step] = (report.tripwireKills[tripped.step] ?? 0) + 1;
      const how = tripped ? `by the tripwire at ${tripped.step}` : `after ${kill.delay} ms`;
      log(
        `iteration ${i}: killed ${how} during ${during}, ${promised.acknowledged.length} acknowledged` +
          (problems.length ? ` — FAILED` : ''),
      );
      if (problems.length > 0) {
        report.failure = { iteration: i, problems, kept: root };
        break;
      }
    }
    if (epoch) report.tempFilesOutsideVault += tempFilesUnder(epoch.outDir).length;
  } finally {
    await spare.dismiss();
    report.seconds = Math.round((performance.now() - started) / 100) / 10;
    if (!report.failure) fs.rmSync(root, { recursive: true, force: true });
  }
  return report;
}

/**
 * When to kill. Most iterations use a timer: some kills during start-up (unlock and its sweep), most
 * while operations run. Nearly half also arm the tripwire (tripwire.ts) at one of the next 30 file-system
 * calls (about two imports' worth), which lands the kill inside a write — a moment a timer rarely hits;
 * the timer still ends a child that makes fewer calls. A few (6%) start with a slow operation (a packet,
 * a backup, an import) and wait long enough for it to be acknowledged, so those are checked too.
 */
function killPlan(random: () => number): { delay: number; tripwire: number | null; first: OpKind | null } {
  const plan = random();
  if (plan < 0.45) return { delay: 600, tripwire: 1 + Math.floor(random() * 30), first: null };
  if (plan < 0.94) {
    const delay = Math.round(random() < 0.15 ? random() * 40 : 40 + random() * 480);
    return { delay, tripwire: null, first: null };
  }
  // A packet takes the longest: loading the packet writer, then building and saving its PDF.
  const first = (['export', 'backup', 'import'] as const)[Math.floor(random() * 3)]!;
  return { delay: Math.round((first === 'export' ? 3000 : 1200) + random() * 1200), tripwire: null, first };
}

/** A fresh vault with one person and a remembered-device slot (the only Argon2id the epoch pays for). */
async function newEpoch(dir: string): Promise<Epoch> {
  const vaultDir = path.join(dir, 'vault');
  const outDir = path.join(dir, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const { session, recoveryKey } = await createVault(vaultDir, 'crash harness passphrase, long enough');
  const deviceKey = crypto.randomBytes(32);
  try {
    const personId = addPerson(session, { name: 'Robin Example' }).id;
    setDeviceSlot(session, deviceKey);
    return {
      vaultDir,
      outDir,
      deviceKey,
      recoveryKey,
      personId,
      baseline: { docs: new Map(), meds: new Map() },
      checkedBackups: new Set(),
    };
  } finally {
    session.close();
  }
}

/** Reopens the vault after a kill and checks it; on success the observed state becomes the next baseline. */
async function verify(
  epoch: Epoch,
  promised: Promised,
  fixtureSha: Map<string, string>,
  report: CrashReport,
): Promise<string[]> {
  let session;
  try {
    session = await unlockVault(epoch.vaultDir, { deviceKey: Buffer.from(epoch.deviceKey) });
  } catch (error) {
    return [`the vault does not open: ${error instanceof AppError ? error.code : ''} ${String(error)}`];
  }
  const problems: string[] = [];
  try {
    const { state, problems: found } = observeVault(session);
    problems.push(...found, ...compare(promised, state, fixtureSha));
    epoch.baseline = state;
  } finally {
    session.close();
  }
  // A backup under its final name — acknowledged, or finished just before the kill — must restore.
  const inFlightBackup = promised.inFlight?.kind === 'backup' ? [promised.inFlight.file] : [];
  for (const file of [...promised.backups, ...inFlightBackup]) {
    if (epoch.checkedBackups.has(file) || (!fs.existsSync(file) && inFlightBackup.includes(file))) continue;
    epoch.checkedBackups.add(file);
    problems.push(...(await restores(file, epoch)));
    report.backupsVerified++;
  }
  for (const packet of promised.packets) {
    if (!packet.ok || !verifyFolder(packet.out).ok) problems.push(`packet ${packet.out} does not verify`);
    report.packetsVerified++;
  }
  return problems;
}

async function restores(file: string, epoch: Epoch): Promise<string[]> {
  const target = `${file}.restored`;
  try {
    await restoreBackup(file, { recoveryKey: epoch.recoveryKey }, target);
    return [];
  } catch (error) {
    return [`backup ${path.basename(file)} does not restore: ${String(error)}`];
  } finally {
    fs.rmSync(target, { recursive: true, force: true });
  }
}
