/**
 * The no-leak scenario. no-leak.test.ts runs this file as its own Node process — fresh TMPDIR, HOME and
 * working folder, net-guard.ts and delete-witness.ts preloaded, the logger at debug level on stderr — so
 * every place the app could write to is known and scanned afterwards. It drives the app the way a door
 * does (one AppContext, the one router) through a canary patient's whole visit: create, import (text
 * PDF, OCR'd scan, notes, two bad files named after the patient), search, classification, medication
 * suggestions, a page image, a backup, an export, lock, a wrong passphrase. What happened goes to
 * CB_REPORT as JSON.
 */
import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { CALLS, type CallInput, type CallName, type CallOutput } from '../../../shared/api/contract.ts';
import type { Result } from '../../../shared/errors.ts';
import { AppContext } from '../../../main/api/app-context.ts';
import { handlers } from '../../../main/api/handlers/index.ts';
import { createRouter } from '../../../main/api/router.ts';
import { KeytarKeychain } from '../../../main/core/keychain/keytar-keychain.ts';
import { makeScan, makeTextPdf } from '../../helpers/make-fixtures.ts';
import { CANARY_NAME, CANARY_TOKEN, scanTree, type CanaryHit } from './canary.ts';

/** What the scenario saw, for the test to check. */
export interface ScenarioReport {
  /** What each deliberate outside connection ended with, in this thread and in a worker thread. */
  selfTest: { main: string[]; worker: string };
  files: { pdf: string; scan: string; notes: string; corrupt: string; program: string };
  outcomes: {
    file: string;
    status?: string;
    documentId?: string;
    error?: { code: string; message: string };
  }[];
  tokenHits: string[];
  nameHits: string[];
  categories: Record<string, string | null>;
  medications: string[];
  pageImageBytes: number;
  backupPath: string;
  exportFiles: string[];
  /** Every failed call's code and message. */
  errors: { call: string; code: string; message: string }[];
  /** The vault folder scanned while unlocked (write-ahead log and all). */
  vaultHitsWhileUnlocked: CanaryHit[];
}

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const PASSPHRASE = 'correct horse battery staple';
const failed = (error: Error) => error.message;

function attemptHttpGet(url: string, client: typeof http | typeof https): Promise<unknown> {
  return new Promise((resolve, reject) => {
    try {
      client.get(url, resolve).on('error', reject);
    } catch (error) {
      reject(error as Error);
    }
  });
}

/** Proves the guard is in place before anything else runs: every kind of outside connection fails. */
async function guardSelfTest(): Promise<ScenarioReport['selfTest']> {
  const attempts: Promise<unknown>[] = [
    fetch('https://example.com/'),
    attemptHttpGet('http://192.0.2.1/', http),
    attemptHttpGet('https://example.org/', https),
    new Promise((resolve, reject) => net.connect(443, '192.0.2.1', () => resolve(null)).on('error', reject)),
    new Promise((resolve, reject) =>
      dns.lookup('example.net', (error) => (error ? reject(error) : resolve(null))),
    ),
    dns.promises.lookup('example.edu'),
  ];
  const main = await Promise.all(attempts.map((p) => p.then(() => 'connected', failed)));
  const worker = await new Promise<string>((resolve, reject) => {
    const thread = new Worker(new URL('./net-probe.worker.ts', import.meta.url));
    thread.once('message', (message) => {
      void thread.terminate();
      resolve(String(message));
    });
    thread.once('error', reject);
  });
  return { main, worker };
}

async function run(): Promise<ScenarioReport> {
  const selfTest = await guardSelfTest();
  fs.appendFileSync(env('CB_NET_GUARD_LOG'), JSON.stringify({ phase: 'scenario' }) + '\n');

  const vaultDir = env('CB_VAULT_DIR');
  const ctx = new AppContext({ vaultDir, keychain: new KeytarKeychain(), door: 'browser' });
  const dispatch = createRouter(ctx, handlers);
  const errors: ScenarioReport['errors'] = [];
  async function attempt<K extends CallName>(name: K, input: CallInput<K>): Promise<Result<CallOutput<K>>> {
    const result = (await dispatch(name, input)) as Result<CallOutput<K>>;
    if (!result.ok) errors.push({ call: name, ...result.error });
    return result;
  }
  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    const result = await attempt(name, input);
    if (!result.ok) throw new Error(`${name} failed with ${result.error.code}`);
    return result.value;
  }
  async function finish(jobId: string) {
    for (;;) {
      const state = await call(CALLS.jobsGet, { jobId });
      if (state.status !== 'running') return state;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  await call(CALLS.vaultCreate, { passphrase: PASSPHRASE });
  const person = await call(CALLS.peopleAdd, {
    name: CANARY_NAME,
    notes: `Enrolled in the ${CANARY_TOKEN} study`,
  });

  const inbox = env('CB_INBOX');
  const files = {
    pdf: path.join(inbox, 'pathology-report.pdf'),
    scan: path.join(inbox, 'ct-scan.png'),
    notes: path.join(inbox, 'medication-list.txt'),
    // Bad files whose names carry the patient's name: the import list may show the name, nothing else may.
    corrupt: path.join(inbox, `${CANARY_NAME} labs.pdf`),
    program: path.join(inbox, `${CANARY_NAME} viewer.pdf`),
  };
  const pathology = await makeTextPdf([
    [
      'SURGICAL PATHOLOGY REPORT',
      `Patient: ${CANARY_NAME}`,
      `Specimen label: ${CANARY_TOKEN}`,
      'Final diagnosis: invasive ductal carcinoma, grade 2',
      'Medications: ondansetron 8 mg tablet by mouth twice daily',
    ],
  ]);
  fs.writeFileSync(files.pdf, pathology);
  fs.writeFileSync(
    files.scan,
    await makeScan([
      'CHEST CT REPORT',
      `Patient: ${CANARY_NAME}`,
      `Study label: ${CANARY_TOKEN}`,
      'Impression: no pulmonary nodules',
      'Tamoxifen 20 mg tablet once daily',
    ]),
  );
  fs.writeFileSync(
    files.notes,
    [
      'MEDICATION LIST',
      `Patient: ${CANARY_NAME}`,
      `Reconciled at the ${CANARY_TOKEN} clinic visit`,
      'Current medications:',
      'Tamoxifen 20 mg tablet by mouth once daily',
      'Ondansetron 8 mg tablet by mouth every 8 hours as needed for nausea',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(files.corrupt, pathology.subarray(0, Math.floor(pathology.length / 3)));
  fs.writeFileSync(files.program, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0x90)]));

  const { jobId } = await call(CALLS.importPaths, { personId: person.id, paths: Object.values(files) });
  const job = await finish(jobId);
  if (job.status !== 'done') throw new Error(`import ended ${job.status}`);
  const outcomes = job.result as ScenarioReport['outcomes'];

  const hitIds = async (query: string) =>
    (await call(CALLS.searchPages, { personId: person.id, query })).map((h) => h.documentId);
  const tokenHits = await hitIds(CANARY_TOKEN);
  const nameHits = await hitIds('Canarypatient');
  const documents = await call(CALLS.documentsList, { personId: person.id });
  await call(CALLS.reviewList, { personId: person.id });
  await call(CALLS.classifierStats, {});
  const medications = (await call(CALLS.medsSuggestions, { personId: person.id })).map((m) => m.name);

  const scanId = outcomes.find((o) => o.file === files.scan)?.documentId ?? '';
  const { dataUrl } = await call(CALLS.documentsPageImage, { id: scanId, pageNo: 1, size: 'full' });
  await attempt(CALLS.documentsGet, { id: 'no-such-document' });

  const backup = await call(CALLS.vaultBackup, {});
  // As the export screen does: the packet folder is named from the preview (which names the patient).
  const { suggestedName } = await call(CALLS.exportPreview, { personId: person.id });
  const out = path.join(env('CB_EXPORT_DIR'), suggestedName);
  const exported = await finish(
    (await call(CALLS.exportStart, { personId: person.id, format: 'folder', out })).jobId,
  );
  if (exported.status !== 'done') throw new Error(`export ended ${exported.status}`);
  await call(CALLS.exportVerifyFolder, { path: out });

  const vaultHitsWhileUnlocked = scanTree(vaultDir);
  await call(CALLS.vaultLock, {});
  await attempt(CALLS.vaultUnlock, { passphrase: 'not the passphrase at all' });

  return {
    selfTest,
    files,
    outcomes,
    tokenHits,
    nameHits,
    categories: Object.fromEntries(documents.map((d) => [d.originalName, d.category])),
    medications,
    pageImageBytes: dataUrl?.length ?? 0,
    backupPath: backup.path,
    exportFiles: (exported.result as { files: { path: string }[] }).files.map((f) => f.path),
    errors,
    vaultHitsWhileUnlocked,
  };
}

const report = await run();
fs.writeFileSync(env('CB_REPORT'), JSON.stringify(report, null, 1));
// The OCR engines are stopped by the lock; nothing else should keep the process, but do not wait on it.
process.exit(0);
