import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { FuzzTarget } from '../../tests/fuzz/engine/fuzz-target.ts';
import type { WorkerInput, WorkerMessage } from '../../tests/fuzz/engine/protocol.ts';
import { SharedInput } from '../../tests/fuzz/engine/shared-input.ts';

/**
 * `npm run fuzz`: coverage-guided fuzzing of the parsers that read untrusted bytes (file sniffing and
 * picture headers, the vault header, C-CDA and FHIR, dates, medication text). Each target in
 * tests/fuzz/targets/ runs for a bounded time in its own worker thread, starting from its hand-written seeds
 * in tests/fuzz/corpus/<target>/; inputs that reach new code blocks (V8 block coverage) are kept and
 * mutated further. An exception the target does not expect, an input slower than the target's time limit,
 * or a crashed thread is a finding: its input is saved under tests/fuzz/findings/<target>/ and the run
 * exits non-zero.
 *
 *   node main/scripts/fuzz.ts [--seconds 20] [--target sniff,dates] [--seed 1]
 *   node main/scripts/fuzz.ts --target sniff --replay tests/fuzz/findings/sniff/exception-….bin
 *
 * Jazzer.js (`@jazzer.js/core`) would be the usual engine, but its prebuilt native addon needs glibc 2.38
 * and the npm package ships no sources to build it from, so the engine here uses Node's own inspector.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FUZZ_DIR = path.join(ROOT, 'tests', 'fuzz');
const WORKER = new URL('../../tests/fuzz/engine/fuzz-worker.ts', import.meta.url);
// A thread that runs out of this much heap is a finding (a memory blow-up), not a dead machine.
const WORKER_HEAP_MB = 1024;
// A thread may die or hang this often before the target is given up on for this run.
const MAX_RESTARTS = 20;

/** Something a target did wrong, with the input that makes it do so. */
export interface Finding {
  kind: 'exception' | 'timeout' | 'crash';
  input: Buffer;
  message: string;
  stack: string;
}

/** What fuzzing one target did. */
export interface TargetResult {
  runs: number;
  corpus: number;
  features: number;
  findings: Finding[];
}

/** A target module with its seed inputs. */
export interface LoadedTarget {
  file: string;
  target: FuzzTarget;
  seeds: Buffer[];
}

/** Imports a target module and reads its seeds from tests/fuzz/corpus/<name>/. */
export async function loadTarget(file: string): Promise<LoadedTarget> {
  const { target } = (await import(pathToFileURL(file).href)) as { target: FuzzTarget };
  // One name everywhere: the file, --target, the corpus folder and the findings folder.
  if (`${target.name}.fuzz.ts` !== path.basename(file))
    throw new Error(`${path.basename(file)} must export a target named "${path.basename(file, '.fuzz.ts')}"`);
  const corpusDir = path.join(FUZZ_DIR, 'corpus', target.name);
  const seeds = fs.existsSync(corpusDir)
    ? fs
        .readdirSync(corpusDir)
        .sort()
        .map((name) => fs.readFileSync(path.join(corpusDir, name)))
    : [];
  return { file, target, seeds };
}

function startWorker(job: WorkerInput): Worker {
  return new Worker(WORKER, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

/** Runs one input in a fresh thread and reports how long it took (null: it did not finish in `limitMs`). */
function timeInput(loaded: LoadedTarget, input: Buffer, limitMs: number): Promise<number | null> {
  const worker = startWorker({
    targetFile: loaded.file,
    root: ROOT,
    seeds: [],
    seconds: 0,
    seed: 0,
    shared: SharedInput.allocate(input.length),
    replay: input,
  });
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(null);
    }, limitMs);
    worker.on('message', (message: WorkerMessage) => {
      if (message.type !== 'replayed') return;
      clearTimeout(timer);
      void worker.terminate();
      resolve(message.ms);
    });
    worker.on('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

/**
 * Fuzzes one target for `seconds`. A hung or crashed thread is replaced (carrying the corpus over) until the
 * time is up; a suspected hang is confirmed by timing its input again on its own, so a pause of the
 * machine is not reported as a bug.
 */
export async function fuzzTarget(loaded: LoadedTarget, seconds: number, seed: number): Promise<TargetResult> {
  const { target } = loaded;
  const timeoutMs = target.timeoutMs ?? 1000;
  const capacity = Math.max(target.maxLength ?? 4096, ...loaded.seeds.map((s) => s.length));
  const deadline = Date.now() + seconds * 1000;
  const kept: Buffer[] = [...loaded.seeds];
  const result: TargetResult = { runs: 0, corpus: 0, features: 0, findings: [] };
  const signatures = new Set<string>();
  const record = (finding: Finding, signature: string): void => {
    if (signatures.has(signature)) return;
    signatures.add(signature);
    result.findings.push(finding);
    console.log(`  ${target.name}: ${finding.kind}: ${finding.message.split('\n')[0]}`);
  };

  for (let restarts = 0; restarts <= MAX_RESTARTS && Date.now() < deadline - 500; restarts++) {
    const shared = SharedInput.allocate(capacity);
    const input = new SharedInput(shared);
    const worker = startWorker({
      targetFile: loaded.file,
      root: ROOT,
      seeds: kept,
      seconds: Math.max(0, (deadline - Date.now()) / 1000),
      seed: seed + restarts,
      shared,
    });
    const ended = await new Promise<'done' | 'hang' | 'crash'>((settle) => {
      // Only the first ending counts: terminating the thread afterwards emits an exit of its own.
      let settled = false;
      const resolve = (how: 'done' | 'hang' | 'crash'): void => {
        if (!settled) settle(how);
        settled = true;
      };
      let lastSequence = 0;
      let lastChange = Date.now();
      const watchdog = setInterval(() => {
        const sequence = input.sequence;
        if (sequence !== lastSequence) {
          lastSequence = sequence;
          lastChange = Date.now();
        } else if (sequence > 0 && Date.now() - lastChange > timeoutMs) {
          clearInterval(watchdog);
          resolve('hang');
        }
      }, 25);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'corpus') kept.push(Buffer.from(message.input));
        else if (message.type === 'finding')
          record(
            {
              kind: 'exception',
              input: Buffer.from(message.input),
              message: message.message,
              stack: message.stack,
            },
            message.signature,
          );
        else if (message.type === 'done') {
          result.runs += message.runs;
          result.corpus = message.corpus;
          result.features = Math.max(result.features, message.features);
          clearInterval(watchdog);
          resolve('done');
        }
      });
      const crashed = (message: string, stack: string): void => {
        clearInterval(watchdog);
        if (settled) return;
        record({ kind: 'crash', input: input.current(), message, stack }, `crash|${message}`);
        resolve('crash');
      };
      worker.on('error', (error) => crashed(error.message, error.stack ?? error.message));
      // A thread that ends without saying it is done (process.exit, a native abort) crashed too.
      worker.on('exit', (code) => crashed(`the fuzzing thread exited with code ${code}`, ''));
    });
    const suspect = input.current();
    await worker.terminate();
    if (ended === 'done') break;
    // The next thread starts from the kept inputs: not from the one that just stopped this one.
    const again = kept.findIndex((k) => k.equals(suspect));
    if (again >= 0) kept.splice(again, 1);
    if (ended === 'hang') {
      const ms = await timeInput(loaded, suspect, timeoutMs * 5);
      if (ms === null || ms > timeoutMs) {
        const took = ms === null ? `over ${timeoutMs * 5} ms (stopped)` : `${Math.round(ms)} ms`;
        const message = `one input took ${took}; the limit is ${timeoutMs} ms`;
        record({ kind: 'timeout', input: suspect, message, stack: message }, `timeout|${sha(suspect)}`);
      }
    }
  }
  result.corpus = Math.max(result.corpus, kept.length);
  return result;
}

const sha = (bytes: Buffer): string => crypto.createHash('sha1').update(bytes).digest('hex').slice(0, 12);

/** Saves a finding's input (and what went wrong) under tests/fuzz/findings/<target>/. */
function saveFinding(targetName: string, finding: Finding): string {
  const dir = path.join(FUZZ_DIR, 'findings', targetName);
  fs.mkdirSync(dir, { recursive: true });
  const base = path.join(dir, `${finding.kind}-${sha(finding.input)}`);
  fs.writeFileSync(`${base}.bin`, finding.input);
  const replay = `node main/scripts/fuzz.ts --target ${targetName} --replay ${path.relative(ROOT, base)}.bin`;
  fs.writeFileSync(`${base}.txt`, `${finding.stack}\n\nReplay: ${replay}\n`);
  return path.relative(ROOT, `${base}.bin`);
}

/** Runs one saved input through a target in this process and prints what happens. */
async function replayFile(loaded: LoadedTarget, file: string): Promise<number> {
  const input = fs.readFileSync(file);
  const started = performance.now();
  try {
    await loaded.target.run(input);
    console.log(`${loaded.target.name}: ran in ${Math.round(performance.now() - started)} ms without error.`);
    return 0;
  } catch (error) {
    const expected = loaded.target.expected?.(error) ?? false;
    console.log(
      `${loaded.target.name}: ${expected ? 'expected refusal' : 'FINDING'} after ${Math.round(performance.now() - started)} ms`,
    );
    console.log(error instanceof Error ? error.stack : String(error));
    return expected ? 0 : 1;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '20' },
      target: { type: 'string' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      replay: { type: 'string' },
    },
  });
  const seconds = Number(values.seconds);
  const seed = Number(values.seed);
  if (!(seconds > 0) || !Number.isInteger(seed)) {
    console.error('Usage: node main/scripts/fuzz.ts [--seconds N] [--target a,b] [--seed N] [--replay FILE]');
    return 2;
  }
  const targetsDir = path.join(FUZZ_DIR, 'targets');
  const wanted = values.target?.split(',');
  const files = fs
    .readdirSync(targetsDir)
    .filter((name) => name.endsWith('.fuzz.ts'))
    .filter((name) => !wanted || wanted.includes(name.replace(/\.fuzz\.ts$/, '')))
    .sort()
    .map((name) => path.join(targetsDir, name));
  if (files.length === 0) {
    console.error(`No fuzz target named ${values.target}.`);
    return 2;
  }
  if (values.replay) {
    if (files.length !== 1) {
      console.error('--replay needs exactly one --target.');
      return 2;
    }
    return replayFile(await loadTarget(files[0]!), values.replay);
  }

  console.log(`Fuzzing ${files.length} targets for ${seconds} s each (seed ${seed}).`);
  let findings = 0;
  for (const file of files) {
    const loaded = await loadTarget(file);
    const result = await fuzzTarget(loaded, seconds, seed);
    console.log(
      `${loaded.target.name}: ${result.runs.toLocaleString('en-US')} runs, ${result.corpus} inputs kept, ` +
        `${result.features} coverage features, ${result.findings.length} findings`,
    );
    for (const finding of result.findings) console.log(`  saved ${saveFinding(loaded.target.name, finding)}`);
    findings += result.findings.length;
  }
  if (findings > 0) console.log(`${findings} findings: see tests/fuzz/findings/.`);
  return findings > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main();
