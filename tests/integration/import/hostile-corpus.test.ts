import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expandInputs,
  importFiles,
  processDocuments,
  stageBytes,
  type ImportOutcome,
} from '../../../main/core/documents/import.service.ts';
import { listAllDocuments } from '../../../main/core/documents/documents.repo.ts';
import { createTesseractOcrService } from '../../../main/core/ocr/tesseract-ocr.service.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { createVault, unlockVault } from '../../../main/core/vault/vault.service.ts';
import type { VaultSession } from '../../../main/core/vault/vault-session.ts';
import {
  makeHostileFiles,
  TRAVERSAL_NAMES,
  traversalPdf,
  type HostileFile,
} from '../../helpers/hostile-files.ts';
import { STRONG_PASSPHRASE } from '../../helpers/temp-dir.ts';
import { sha256Hex } from '../../../main/core/crypto/aead.ts';

/**
 * Hostile files through the real import path, into a real encrypted vault: every file is refused with a
 * specific plain reason or stored safely, the batch goes on, memory stays bounded, nothing is written
 * outside the vault, nothing is fetched and no external entity is ever resolved.
 */

// A generous bound on the whole process (vitest, OCR engines, PDF threads and sharp included).
const PEAK_RSS_LIMIT = 1.5 * 1024 * 1024 * 1024;
const CANARY = 'HOSTILE-CANARY-5e1f';
// Names a hostile file might try to create; none may appear anywhere we can see.
const BAIT_NAMES = ['pwned', 'launched.sh', 'escaped', 'escaped.txt', 'setup.exe', 'x.pdf', 'b.pdf'];

/**
 * Samples the process's resident memory every 10 ms from its own thread, so the peak is caught even
 * while the main thread is busy in synchronous work.
 */
function startRssSampler(): { stop: () => Promise<number> } {
  const shared = new SharedArrayBuffer(8);
  const peak = new BigInt64Array(shared);
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const peak = new BigInt64Array(workerData);
     setInterval(() => {
       const rss = BigInt(process.memoryUsage.rss());
       if (rss > Atomics.load(peak, 0)) Atomics.store(peak, 0, rss);
     }, 10);`,
    { eval: true, workerData: shared },
  );
  return {
    stop: async () => {
      await worker.terminate();
      return Number(Atomics.load(peak, 0));
    },
  };
}

/** A local web server standing in for an attacker's: every request it gets is a leak. */
async function startBaitServer(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('<!ENTITY leak "leaked">');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const listNames = (dir: string): Set<string> => new Set(fs.readdirSync(dir));

/** Every file under a folder (except the vault) with a hash of its bytes: small enough to keep during the run. */
function fingerprintFiles(root: string): Map<string, string> {
  return new Map(
    [...fs.readdirSync(root, { recursive: true, encoding: 'utf8' })]
      .filter((name) => !name.startsWith(`vault${path.sep}`) && fs.statSync(path.join(root, name)).isFile())
      .map((name) => [name, sha256Hex(fs.readFileSync(path.join(root, name)))]),
  );
}

/** Every text column of every table, and every stored file decrypted: all the vault holds. */
function everythingStored(session: VaultSession): string {
  const tables = session.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const parts: string[] = [];
  for (const { name } of tables) {
    for (const row of session.db.prepare(`SELECT * FROM "${name}"`).all())
      parts.push(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('latin1') : v)));
  }
  for (const id of session.store.list()) parts.push(session.store.get(id).toString('latin1'));
  return parts.join('\n');
}

/** Lines of /etc/passwd long enough to be unmistakable (none when the file is absent). */
function passwdLines(): string[] {
  const text = fs.existsSync('/etc/passwd') ? fs.readFileSync('/etc/passwd', 'utf8') : '';
  return text.split('\n').filter((line) => line.split(':').length >= 7 && line.length > 20);
}

/** An error a person sees: one plain sentence or two, with no file content, path or program detail. */
function expectPlainMessage(message: string, inbox: string): void {
  expect(message.length).toBeGreaterThan(20);
  expect(message.length).toBeLessThan(400);
  expect(message).not.toContain(CANARY);
  expect(message).not.toContain(inbox);
  expect(message).not.toMatch(/\n|Error:|\bat \S+ \(|0x[0-9a-f]{4,}|undefined|null|NaN|\[object/);
}

const isError = (o: ImportOutcome): o is Extract<ImportOutcome, { error: unknown }> => 'error' in o;

describe('a batch of hostile files imported into a real vault', () => {
  // A fixed pool size, so the number of files read at once (and so the memory peak) is the same on any machine.
  const ocr = createTesseractOcrService({ workers: 2 });
  let root: string;
  let inbox: string;
  let vaultDir: string;
  let watched: string;
  let files: HostileFile[];
  let bait: Awaited<ReturnType<typeof startBaitServer>>;
  let session: VaultSession;
  const outcomes = new Map<string, ImportOutcome[]>();
  const uploads: ImportOutcome[] = [];
  const staged: string[] = [];
  const outside = new Map<string, Set<string>>();
  let before: Map<string, string>;
  let peakRss = 0;
  let baselineRss = 0;

  beforeAll(async () => {
    // Not tempDir(): that one is emptied after each test, and these files are checked by several.
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-hostile-'));
    inbox = path.join(root, 'inbox');
    vaultDir = path.join(root, 'vault');
    watched = path.join(root, 'watched');
    fs.mkdirSync(inbox);
    fs.mkdirSync(watched);
    fs.writeFileSync(path.join(watched, 'keep.txt'), 'this folder must not change\n');
    bait = await startBaitServer();
    files = await makeHostileFiles({ canary: CANARY, httpUrl: bait.url, watchedDir: watched });
    for (const file of files) {
      fs.writeFileSync(path.join(inbox, file.name), file.bytes);
      file.bytes = Buffer.alloc(0); // only the copy on disk is needed now; memory is measured below
    }
    ({ session } = await createVault(vaultDir, STRONG_PASSPHRASE));
    const person = addPerson(session, { name: 'Test Person' });

    before = fingerprintFiles(root);
    for (const dir of [os.tmpdir(), process.cwd(), path.dirname(root)]) outside.set(dir, listNames(dir));
    baselineRss = process.memoryUsage.rss();
    const sampler = startRssSampler();
    const record = (o: ImportOutcome) => {
      // Attachments of an export are reported as "export › attachment".
      const name = path.basename(o.file.split(' › ')[0]!);
      outcomes.set(name, [...(outcomes.get(name) ?? []), o]);
    };
    await importFiles(session, person.id, expandInputs([inbox]), { ocr, onOutcome: record });
    // The browser door stages bytes under whatever name the client sends.
    for (const [i, name] of TRAVERSAL_NAMES.entries()) {
      const { documentId } = await stageBytes(session, person.id, name, traversalPdf(i, CANARY), {});
      staged.push(documentId);
    }
    uploads.push(...(await processDocuments(session, staged, { ocr })));
    peakRss = await sampler.stop();
    console.log(
      `hostile corpus: ${files.length} files; RSS ${Math.round(baselineRss / 2 ** 20)} MB before, ` +
        `peak ${Math.round(peakRss / 2 ** 20)} MB`,
    );
  });

  afterAll(async () => {
    session?.close();
    await bait?.close();
    await ocr.close();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('generates at least 40 hostile files', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
  });

  it('gives every file an outcome: the batch went on after each refusal', () => {
    for (const file of files) expect(outcomes.get(file.name), file.name).toBeDefined();
  });

  it('refuses or stores each file as expected, with a specific plain reason for every refusal', () => {
    const stored = new Set(listAllDocuments(session.db).map((d) => d.originalName));
    for (const file of files) {
      const [outcome] = outcomes.get(file.name) ?? [];
      const label = `${file.name}: ${file.about}`;
      if (!outcome) continue; // reported by the test above
      if (isError(outcome)) {
        // INTERNAL would mean an unexpected exception reached the person as "something went wrong".
        expect(['FILE_REFUSED', 'INVALID_INPUT'], label).toContain(outcome.error.code);
        expectPlainMessage(outcome.error.message, inbox);
        expect(stored.has(file.name), `${label} left a document behind`).toBe(false);
      }
      const expectation = file.expect;
      if (expectation.outcome === 'stored') {
        expect(outcome, label).toMatchObject({
          status: expect.stringMatching(/imported|needs_review|duplicate/),
        });
      } else if (expectation.outcome === 'refused') {
        expect(outcome, label).toMatchObject({ error: { code: expectation.code } });
        const message = isError(outcome) ? outcome.error.message : '';
        if (typeof expectation.reason === 'string') expect(message, label).toBe(expectation.reason);
        else if (expectation.reason) expect(message, label).toMatch(expectation.reason);
      }
    }
  });

  it('names attachments of an export plainly, however their titles are written', () => {
    const attachments = (outcomes.get('fhir-attachment-names.json') ?? []).filter((o) =>
      o.file.includes(' › '),
    );
    expect(attachments).toHaveLength(3);
    for (const outcome of attachments) {
      expect(outcome).toMatchObject({ status: expect.stringMatching(/imported|needs_review/) });
      const name = outcome.file.split(' › ')[1]!;
      // eslint-disable-next-line no-control-regex -- control characters are what must not be there
      expect(name).not.toMatch(/[\u0000-\u001f\u202e]/);
      expect(name.length).toBeLessThanOrEqual(210);
    }
  });

  it('stores uploads sent with path-traversal names as plain file names, never as paths', () => {
    expect(uploads).toHaveLength(TRAVERSAL_NAMES.length);
    for (const outcome of uploads) expect(outcome).toMatchObject({ status: expect.any(String) });
    const stored = listAllDocuments(session.db)
      .filter((d) => staged.includes(d.id))
      .map((d) => d.originalName)
      .sort();
    expect(stored).toEqual(['b.pdf', 'x.pdf', 'x.pdf', 'x.pdf']);
  });

  it('keeps memory bounded', () => {
    expect(peakRss).toBeGreaterThan(0);
    expect(peakRss).toBeLessThan(PEAK_RSS_LIMIT);
  });

  it('writes nothing outside the vault folder', () => {
    expect(fingerprintFiles(root)).toEqual(before);
    for (const [dir, names] of outside) {
      const added = [...listNames(dir)].filter((n) => !names.has(n));
      expect(
        added.filter((n) => BAIT_NAMES.some((b) => n.includes(b))),
        dir,
      ).toEqual([]);
    }
  });

  it('never fetches anything and never resolves an external entity', () => {
    expect(bait.requests).toEqual([]);
    const stored = everythingStored(session);
    expect(stored).toContain(CANARY); // the search below looks where the files' text really went
    for (const line of passwdLines())
      expect(stored.includes(line), 'a line of /etc/passwd was stored').toBe(false);
    expect(stored).not.toContain('leaked');
  });

  it('lets no file pollute object prototypes', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('leaves a vault that still opens with every stored document in it', async () => {
    const count = listAllDocuments(session.db).length;
    session.close();
    session = await unlockVault(vaultDir, { passphrase: STRONG_PASSPHRASE });
    expect(listAllDocuments(session.db)).toHaveLength(count);
  });
});
