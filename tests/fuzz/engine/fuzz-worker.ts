/**
 * Worker thread that fuzzes one target (started by main/scripts/fuzz.ts). Each input is published in shared
 * memory before it runs, so the parent can save it if the thread hangs or dies; new corpus entries and
 * findings are posted as messages.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { setLogSink } from '../../../main/core/log/logger.ts';
import { CoverageMap } from './coverage.ts';
import type { FuzzTarget } from './fuzz-target.ts';
import { mutate } from './mutate.ts';
import { createRandom } from './random.ts';
import { describeError, type WorkerInput, type WorkerMessage } from './protocol.ts';
import { SharedInput } from './shared-input.ts';

const port = parentPort;
if (!port) throw new Error('fuzz-worker.ts must run as a worker thread');
const job = workerData as WorkerInput;
const send = (message: WorkerMessage): void => port.postMessage(message);
// Hostile inputs make the core log warnings by design; thousands of them would drown the report.
setLogSink(() => undefined, 'error');

// Coverage first, so the code under test gets block counters as it loads. A replay times the input at
// full speed: block counters slow code down several times.
const coverage = job.replay ? null : new CoverageMap();
const { target } = (await import(pathToFileURL(job.targetFile).href)) as { target: FuzzTarget };
coverage?.watch(target.covers.map((c) => pathToFileURL(path.join(job.root, c)).href));
const shared = new SharedInput(job.shared);

/** Runs one input; returns how many new coverage features it showed, and reports it if it failed. */
async function execute(input: Buffer, coverage: CoverageMap, reported: Set<string>): Promise<number> {
  shared.publish(input);
  let failure: { error: unknown } | null = null;
  try {
    const pending = target.run(input);
    if (pending) await pending;
  } catch (error) {
    failure = { error };
  }
  const fresh = coverage.takeNew();
  if (failure && !(target.expected?.(failure.error) ?? false)) {
    const described = describeError(failure.error, job.root);
    if (!reported.has(described.signature)) {
      reported.add(described.signature);
      send({ type: 'finding', kind: 'exception', input, ...described });
    }
    return 0; // a failing input is reported, not bred from
  }
  return fresh;
}

async function replay(input: Buffer): Promise<void> {
  const started = performance.now();
  let error: string | undefined;
  try {
    const pending = target.run(input);
    if (pending) await pending;
  } catch (thrown) {
    if (!(target.expected?.(thrown) ?? false)) error = describeError(thrown, job.root).message;
  }
  send({ type: 'replayed', ms: performance.now() - started, error });
}

async function fuzz(coverage: CoverageMap): Promise<void> {
  const random = createRandom(job.seed);
  const dictionary = (target.dictionary ?? []).map((token) => Buffer.from(token, 'latin1'));
  const maxLength = target.maxLength ?? 4096;
  const reported = new Set<string>();
  const corpus: Buffer[] = [];
  let runs = 0;
  for (const seed of job.seeds) {
    await execute(Buffer.from(seed), coverage, reported);
    corpus.push(Buffer.from(seed));
    runs++;
  }
  if (corpus.length === 0) corpus.push(Buffer.alloc(0));
  const deadline = Date.now() + job.seconds * 1000;
  let nextStats = Date.now() + 5000;
  while (Date.now() < deadline) {
    // Newer entries reached newer code: favour them, but keep visiting the old ones.
    const parent = random.chance(0.5)
      ? corpus[corpus.length - 1 - random.below(Math.min(corpus.length, 16))]!
      : random.pick(corpus);
    const input = mutate(parent, { random, dictionary, corpus, maxLength });
    runs++;
    if ((await execute(input, coverage, reported)) > 0) {
      corpus.push(input);
      send({ type: 'corpus', input });
    }
    if (Date.now() >= nextStats) {
      nextStats = Date.now() + 5000;
      send({ type: 'stats', runs, corpus: corpus.length, features: coverage.size });
    }
  }
  send({ type: 'done', runs, corpus: corpus.length, features: coverage.size });
}

if (job.replay) await replay(Buffer.from(job.replay));
else if (coverage) await fuzz(coverage);
