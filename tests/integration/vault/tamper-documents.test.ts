import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import {
  ChunkIntegrityError,
  DEFAULT_CHUNK_BYTES,
  HEADER_BYTES,
  openChunks,
  sealAll,
} from '../../../main/core/crypto/chunked-seal.ts';
import { getDocument } from '../../../main/core/documents/documents.repo.ts';
import { readDocumentBytes, storeDocument } from '../../../main/core/documents/documents.service.ts';
import { listPages } from '../../../main/core/documents/pages.repo.ts';
import { setLogSink } from '../../../main/core/log/logger.ts';
import { addPerson } from '../../../main/core/people/people.service.ts';
import { vaultFile } from '../../../main/core/vault/vault-paths.ts';
import { createVault } from '../../../main/core/vault/vault.service.ts';
import type { VaultSession } from '../../../main/core/vault/vault-session.ts';
import { startBrowserServer } from '../../../main/server/browser-server.ts';
import { importThroughApi, openApp } from '../../helpers/api-harness.ts';
import { makeScan } from '../../helpers/make-fixtures.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';
import { callOverHttp, chunkSpans, codeOf, flipped, positions, type ChunkSpan } from './tamper-fixtures.ts';

// 150 KiB: a full first chunk, a full middle chunk and a shorter final chunk.
const DOCUMENT_BYTES = 150 * 1024;
const textOf = (label: string) => Buffer.alloc(DOCUMENT_BYTES, `${label} says the biopsy was benign. `);

const logLines: string[] = [];
beforeAll(() => setLogSink((line) => logLines.push(line), 'debug'));

function storedPath(session: VaultSession, fileId: string): string {
  return path.join(vaultFile(session.dir, 'documents'), session.store.relativePathOf(fileId));
}

describe('a document file under tampering', () => {
  it('every header byte; nonce, ciphertext and tag of the first, middle and final chunk; swaps, cuts and appends: all DOCUMENT_INTEGRITY', async () => {
    const { session } = await createVault(path.join(tempDir(), 'vault'), STRONG_PASSPHRASE);
    const person = addPerson(session, { name: 'Dee Example' });
    const store = (label: string) =>
      storeDocument(session, {
        personId: person.id,
        originalName: `${label}.txt`,
        mime: 'text/plain',
        bytes: textOf(label),
      });
    const a = store('Alpha');
    const b = store('Bravo');
    const fileA = storedPath(session, a.fileId);
    const fileB = storedPath(session, b.fileId);
    const A = fs.readFileSync(fileA);
    const B = fs.readFileSync(fileB);
    const spansA = chunkSpans(A);
    const spansB = chunkSpans(B);
    expect(spansA.map((s) => s.end - s.start)).toEqual([65_564, 65_564, DOCUMENT_BYTES - 2 * 65_536 + 28]);
    const [first, middle, final] = spansA as [ChunkSpan, ChunkSpan, ChunkSpan];
    const chunkOf = (file: Buffer, span: ChunkSpan) => file.subarray(span.start, span.end);
    const head = A.subarray(0, HEADER_BYTES);

    const cases: [string, Buffer][] = positions([0, HEADER_BYTES]).map((i) => [
      `header byte ${i}`,
      flipped(A, i),
    ]);
    for (const [name, span] of [
      ['first', first],
      ['middle', middle],
      ['final', final],
    ] as const) {
      for (const i of positions(span.nonce)) cases.push([`${name} chunk nonce byte ${i}`, flipped(A, i)]);
      for (const i of positions(span.tag)) cases.push([`${name} chunk tag byte ${i}`, flipped(A, i)]);
      const [from, to] = span.ciphertext;
      for (const i of [from, Math.floor((from + to) / 2), to - 1])
        cases.push([`${name} chunk ciphertext byte ${i}`, flipped(A, i)]);
    }
    cases.push(
      [
        'first and middle chunks swapped',
        Buffer.concat([head, chunkOf(A, middle), chunkOf(A, first), chunkOf(A, final)]),
      ],
      [
        'first chunk repeated as the middle one',
        Buffer.concat([head, chunkOf(A, first), chunkOf(A, first), chunkOf(A, final)]),
      ],
      [
        'middle chunk from another file',
        Buffer.concat([head, chunkOf(A, first), chunkOf(B, spansB[1]!), chunkOf(A, final)]),
      ],
      [
        'final chunk from another file',
        Buffer.concat([head, chunkOf(A, first), chunkOf(A, middle), chunkOf(B, spansB[2]!)]),
      ],
      ['another document’s file in its place', B],
      ['another document’s chunks under this header', Buffer.concat([head, B.subarray(HEADER_BYTES)])],
      ['final chunk dropped (cut at a chunk boundary)', A.subarray(0, final.start)],
      ['cut after the first chunk', A.subarray(0, middle.start)],
      ['header only', head],
      ['empty file', Buffer.alloc(0)],
      ['cut mid-chunk (middle)', A.subarray(0, middle.start + 1000)],
      ['cut mid-chunk (final, one byte short)', A.subarray(0, A.length - 1)],
      ['final chunk appended again', Buffer.concat([A, chunkOf(A, final)])],
      ['a chunk of another file appended', Buffer.concat([A, chunkOf(B, spansB[2]!)])],
      ['one byte appended', Buffer.concat([A, Buffer.from([0])])],
    );

    const wrong: string[] = [];
    for (const [label, damaged] of cases) {
      fs.writeFileSync(fileA, damaged);
      // All or nothing: the read either returns every byte verified or throws; no partial buffer exists.
      const code = await codeOf(() => readDocumentBytes(session, a.id));
      if (code !== 'DOCUMENT_INTEGRITY') wrong.push(`${label}: ${code}`);
    }
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(100);
    expect(readDocumentBytes(session, b.id).equals(textOf('Bravo'))).toBe(true);

    // Two whole files swapped: both refused, neither is read as the other.
    fs.writeFileSync(fileA, B);
    fs.writeFileSync(fileB, A);
    expect(await codeOf(() => readDocumentBytes(session, a.id))).toBe('DOCUMENT_INTEGRITY');
    expect(await codeOf(() => readDocumentBytes(session, b.id))).toBe('DOCUMENT_INTEGRITY');
    fs.writeFileSync(fileA, A);
    fs.writeFileSync(fileB, B);
    expect(readDocumentBytes(session, a.id).equals(textOf('Alpha'))).toBe(true);
    session.close();

    // The warnings say which check failed, never what the file holds.
    expect(logLines.some((l) => l.includes('store.integrity'))).toBe(true);
    expect(logLines.filter((l) => /Alpha|Bravo|biopsy|Dee Example/.test(l))).toEqual([]);
  });

  it('a streamed read hands over only verified chunks: nothing of a damaged chunk, nothing after it', () => {
    // Backups are read as a stream (openChunks); a chunk is yielded only once its tag has been checked.
    const key = crypto.randomBytes(32);
    const context = Buffer.from('vault-id');
    const plain = Buffer.concat([0x41, 0x42, 0x43].map((c) => Buffer.alloc(DEFAULT_CHUNK_BYTES, c)));
    const sealed = Buffer.concat(sealAll(key, context, crypto.randomBytes(16), plain.subarray(0, -100)));
    const spans = chunkSpans(sealed);
    const readAll = (bytes: Buffer) => {
      const seen: Buffer[] = [];
      let offset = 0;
      const read = (n: number) => bytes.subarray(offset, (offset += n));
      try {
        for (const chunk of openChunks(key, context, read)) seen.push(chunk);
        return { seen: Buffer.concat(seen), failed: false };
      } catch (error) {
        expect(error).toBeInstanceOf(ChunkIntegrityError);
        return { seen: Buffer.concat(seen), failed: true };
      }
    };
    for (const [k, span] of spans.entries()) {
      for (const at of [span.nonce[0], span.ciphertext[0], span.tag[1] - 1]) {
        const { seen, failed } = readAll(flipped(sealed, at));
        expect(failed).toBe(true);
        // Exactly the chunks before the damaged one, each already verified.
        expect(seen.equals(plain.subarray(0, k * DEFAULT_CHUNK_BYTES)), `chunk ${k} byte ${at}`).toBe(true);
      }
    }
    const dropped = readAll(sealed.subarray(0, spans[2]!.start));
    expect(dropped.failed).toBe(true);
    expect(dropped.seen.length).toBeLessThan(2 * DEFAULT_CHUNK_BYTES);
  });

  it('through the router and the browser door a damaged page image, thumbnail or original is an error envelope, never bytes', async () => {
    const app = await openApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Dee Example' });
    const inbox = tempDir();
    const scan = path.join(inbox, 'ct-report.png');
    fs.writeFileSync(
      scan,
      await makeScan(['CHEST CT REPORT', 'Impression: no pulmonary nodules'], { width: 800 }),
    );
    const notes = path.join(inbox, 'notes.txt');
    fs.writeFileSync(notes, textOf('Notes'));
    const outcomes = await importThroughApi(app, person.id, [scan, notes]);
    expect(outcomes.filter((o) => o.error)).toEqual([]);
    const scanId = outcomes.find((o) => o.file === scan)!.documentId!;
    const notesId = outcomes.find((o) => o.file === notes)!.documentId!;
    const session = app.ctx.session();
    const [page] = listPages(session.db, scanId);
    const imageFile = storedPath(session, page!.imageFileId!);
    const thumbFile = storedPath(session, page!.thumbFileId!);
    const notesFile = storedPath(session, getDocument(session.db, notesId)!.fileId);
    const renderer = tempDir();
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>CareBinder</title>');
    const server = await startBrowserServer({ ctx: app.ctx, dispatch: app.dispatch, rendererDir: renderer });
    const pageImage = (size: 'full' | 'thumb') => ({ id: scanId, pageNo: 1, size });
    const refused = {
      ok: false,
      error: {
        code: 'DOCUMENT_INTEGRITY',
        message: expect.stringMatching(/^A stored file of this document is damaged/),
      },
    };
    try {
      expect((await app.call(CALLS.documentsPageImage, pageImage('full'))).dataUrl).toMatch(
        /^data:image\/png;base64,/,
      );
      const image = fs.readFileSync(imageFile);
      const [span] = chunkSpans(image);
      for (const [label, damaged] of [
        ['nonce', flipped(image, span!.nonce[0])],
        ['ciphertext', flipped(image, span!.ciphertext[1] - 1)],
        ['tag', flipped(image, span!.tag[1] - 1)],
        ['cut mid-chunk', image.subarray(0, image.length - 100)],
        ['the thumbnail’s file in its place', fs.readFileSync(thumbFile)],
      ] as const) {
        fs.writeFileSync(imageFile, damaged);
        expect(await app.dispatch(CALLS.documentsPageImage, pageImage('full')), label).toEqual(refused);
        const answer = await callOverHttp(server, CALLS.documentsPageImage, pageImage('full'));
        // The door answers every call with a complete JSON envelope (200): here the error, and no image data.
        expect(answer.type).toBe('application/json');
        expect(JSON.parse(answer.body), label).toEqual(refused);
        expect(answer.body).not.toContain('data:image');
        expect((await app.dispatch(CALLS.documentsPageImage, pageImage('thumb'))).ok, label).toBe(true);
      }
      fs.writeFileSync(imageFile, image);

      const thumb = fs.readFileSync(thumbFile);
      fs.writeFileSync(thumbFile, flipped(thumb, HEADER_BYTES + 20));
      expect(await app.dispatch(CALLS.documentsPageImage, pageImage('thumb'))).toEqual(refused);
      expect((await app.dispatch(CALLS.documentsPageImage, pageImage('full'))).ok).toBe(true);
      fs.writeFileSync(thumbFile, thumb);

      // An export reads every original before writing anything: a damaged one stops it with nothing written.
      const original = fs.readFileSync(notesFile);
      fs.writeFileSync(notesFile, flipped(original, chunkSpans(original)[1]!.ciphertext[0] + 5));
      const out = path.join(tempDir(), 'packet');
      const { jobId } = await app.call(CALLS.exportStart, { personId: person.id, format: 'folder', out });
      const job = await app.waitForJob(jobId);
      expect(job).toMatchObject({ status: 'failed', error: { code: 'DOCUMENT_INTEGRITY' } });
      expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
      expect((await app.call(CALLS.documentsList, { personId: person.id })).length).toBe(2);
      fs.writeFileSync(notesFile, original);
    } finally {
      await server.close();
    }
  });
  it('the browser door’s media route answers a damaged recording with an error status and no bytes', async () => {
    const app = await openApp();
    const person = await app.call(CALLS.peopleAdd, { name: 'Dee Example' });
    // A stored recording (the route serves originals of kind 'audio'); three chunks, so a seek could
    // have asked for a range inside an intact chunk of a damaged file.
    const audio = storeDocument(app.ctx.session(), {
      personId: person.id,
      originalName: 'appointment.wav',
      mime: 'audio/wav',
      kind: 'audio',
      bytes: textOf('Recording'),
    });
    const file = storedPath(app.ctx.session(), audio.fileId);
    const original = fs.readFileSync(file);
    const renderer = tempDir();
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>CareBinder</title>');
    const server = await startBrowserServer({ ctx: app.ctx, dispatch: app.dispatch, rendererDir: renderer });
    const get = async (url: string, range?: string) => {
      const response = await fetch(`http://127.0.0.1:${server.port}${url}`, {
        headers: range ? { Range: range } : {},
      });
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        body: Buffer.from(await response.arrayBuffer()),
      };
    };
    try {
      const { url } = await app.call(CALLS.documentsMediaLink, { id: audio.id });
      fs.writeFileSync(file, flipped(original, chunkSpans(original)[2]!.tag[0]));
      for (const range of [undefined, 'bytes=0-99']) {
        const answer = await get(url, range);
        expect(answer.status, range).toBeGreaterThanOrEqual(400);
        expect(answer.type).toMatch(/^text\/plain/);
        expect(answer.body.length).toBeLessThan(200);
        expect(answer.body.toString()).not.toContain('Recording');
      }
      // The same link plays once the file is intact again (the refusal was the damage, not the link).
      fs.writeFileSync(file, original);
      const intact = await get(url);
      expect(intact.status).toBe(200);
      expect(intact.body.equals(textOf('Recording'))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
