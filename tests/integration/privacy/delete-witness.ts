/**
 * Preloaded with `node --import` next to the network guard (and so in every worker thread too). A file
 * written in plain text and deleted before the test looks would still have been on disk, so every file
 * deleted under the watched folders (CB_WITNESS_ROOTS, path-delimited) is read first and its canaries
 * recorded in CB_WITNESS_LOG. Covers deletions made from JavaScript; native code deleting its own temp
 * files is only seen by the final scan.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { findCanaries, listFiles } from './canary.ts';

const logFile = process.env.CB_WITNESS_LOG;
const roots = (process.env.CB_WITNESS_ROOTS ?? '')
  .split(path.delimiter)
  .filter(Boolean)
  .map((r) => path.resolve(r));
if (!logFile || roots.length === 0) throw new Error('CB_WITNESS_LOG and CB_WITNESS_ROOTS must be set');

/** One deleted file as written to the log, with the canaries it held (normally none). */
export interface WitnessedDeletion {
  file: string;
  hits: string[];
}

function witness(target: unknown): void {
  if (typeof target !== 'string' && !(target instanceof URL)) return;
  const full = path.resolve(target instanceof URL ? target.pathname : target);
  if (!roots.some((root) => full === root || full.startsWith(root + path.sep))) return;
  for (const file of listFiles(full)) {
    let hits: string[];
    try {
      hits = findCanaries(file, fs.readFileSync(file)).map((h) => `${h.part}/${h.encoding}`);
    } catch {
      continue; // gone already, or unreadable: nothing to witness
    }
    const entry: WitnessedDeletion = { file, hits };
    fs.appendFileSync(logFile!, JSON.stringify(entry) + '\n');
  }
}

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

function watch(target: object, names: string[]): void {
  const methods = target as Record<string, AnyFunction>;
  for (const name of names) {
    const original = methods[name]!;
    methods[name] = function (...args) {
      witness(args[0]);
      return original.apply(this, args);
    };
  }
}

watch(fs, ['unlink', 'unlinkSync', 'rm', 'rmSync']);
watch(fs.promises, ['unlink', 'rm']);
syncBuiltinESMExports();
