/**
 * Trains the shipped document classifier on the evaluation corpus (text and label only; titles unused) and
 * writes resources/classifier/model.json: hashed weights and calibration numbers, no corpus text.
 *
 *   node main/scripts/train-classifier.ts [--corpus DIR] [--out FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildClassifierModel } from '../core/classify/build-model.ts';
import { DEFAULT_MODEL_PATH } from '../core/classify/classifier.ts';
import { toModelFile } from '../core/classify/linear-model.ts';
import {
  DEFAULT_CORPUS_DIR,
  haveCorpus,
  loadCorpusRecords,
  nearDuplicateGroups,
} from '../eval/classify-corpus.ts';

const say = (line: string) => process.stderr.write(`[train-classifier] ${line}\n`);

const { values } = parseArgs({ options: { corpus: { type: 'string' }, out: { type: 'string' } } });
const corpusDir = values.corpus ? path.resolve(values.corpus) : DEFAULT_CORPUS_DIR;
const out = values.out ? path.resolve(values.out) : DEFAULT_MODEL_PATH;

if (!haveCorpus(corpusDir)) {
  say(`no corpus at ${corpusDir}; nothing trained`);
  process.exitCode = 1;
} else {
  const started = performance.now();
  const records = loadCorpusRecords(corpusDir);
  const groups = nearDuplicateGroups(records);
  say(`${records.length} records in ${new Set(groups).size} near-duplicate groups`);
  const model = buildClassifierModel(
    records.map((r, i) => ({ text: r.text, category: r.category, group: groups[i] as number })),
    { onProgress: say },
  );
  const file = toModelFile(model);
  mkdirSync(path.dirname(out), { recursive: true });
  const json = JSON.stringify(file);
  writeFileSync(out, json + '\n');
  say(
    `wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB, modelScale ${file.modelScale.toFixed(3)}, ` +
      `ruleScale ${file.ruleScale.toFixed(3)}, review below ${file.reviewThreshold.toFixed(3)}, ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}
