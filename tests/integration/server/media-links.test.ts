import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { parseByteRange } from '../../../main/api/media-links.ts';
import { APP_ORIGIN } from '../../../main/electron/app-assets.ts';
import { createAppHandler } from '../../../main/electron/media-protocol.ts';
import { startBrowserServer, type BrowserServer } from '../../../main/server/browser-server.ts';
import { importThroughApi, openApp } from '../../helpers/api-harness.ts';
import { wavFile } from '../../helpers/make-audio.ts';
import { makeTextPdf } from '../../helpers/make-fixtures.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

let server: BrowserServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/** A vault with one recording and one PDF, through the real import. */
async function vaultWithRecording() {
  const app = await openApp();
  const person = await app.call(CALLS.peopleAdd, { name: 'Mia Player' });
  const dir = tempDir();
  const wav = wavFile(2);
  fs.writeFileSync(path.join(dir, 'visit.wav'), wav);
  fs.writeFileSync(
    path.join(dir, 'note.pdf'),
    await makeTextPdf([['Office visit note', 'Plan: follow up.']]),
  );
  const outcomes = await importThroughApi(app, person.id, [
    path.join(dir, 'visit.wav'),
    path.join(dir, 'note.pdf'),
  ]);
  const id = (name: string) => outcomes.find((o) => o.file.endsWith(name))!.documentId!;
  return { app, wav, audioId: id('visit.wav'), pdfId: id('note.pdf') };
}

function get(
  port: number,
  urlPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(
        { host: '127.0.0.1', port, path: urlPath, headers: { Host: `127.0.0.1:${port}`, ...headers } },
        (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }),
          );
        },
      )
      .on('error', reject);
  });
}

describe('media links: recordings played from the page’s own origin', () => {
  it('parses single byte ranges and ignores what it cannot honour', () => {
    expect(parseByteRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=10-19', 100)).toEqual({ start: 10, end: 19 });
    expect(parseByteRange('bytes=90-200', 100)).toEqual({ start: 90, end: 99 });
    expect(parseByteRange('bytes=-30', 100)).toEqual({ start: 70, end: 99 });
    expect(parseByteRange('bytes=100-', 100)).toBe('unsatisfiable');
    for (const header of [undefined, '', 'items=0-1', 'bytes=0-1,5-6', 'bytes=-', 'bytes=9-3'])
      expect(parseByteRange(header, 100), String(header)).toBeNull();
  });

  it('browser door: a link from the authenticated API plays with ranges; nothing else does', async () => {
    const { app, wav, audioId, pdfId } = await vaultWithRecording();
    server = await startBrowserServer({ ctx: app.ctx, dispatch: app.dispatch, rendererDir: tempDir() });
    const { port } = server;
    const link = await app.call(CALLS.documentsMediaLink, { id: audioId });
    expect(link).toMatchObject({ mime: 'audio/wav' });
    expect(link.url).toMatch(/^\/media\/[\w-]{43}$/);

    const whole = await get(port, link.url, { 'Sec-Fetch-Site': 'same-origin' });
    expect(whole.status).toBe(200);
    expect(whole.headers['content-type']).toBe('audio/wav');
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-security-policy']).toContain("media-src 'self'");
    expect(whole.headers['cache-control']).toBe('no-store');
    expect(whole.body.equals(wav)).toBe(true);

    const part = await get(port, link.url, { Range: 'bytes=1000-1999' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 1000-1999/${wav.length}`);
    expect(part.body.equals(wav.subarray(1000, 2000))).toBe(true);
    expect((await get(port, link.url, { Range: `bytes=${wav.length}-` })).status).toBe(416);

    // Another site's page, a made-up link, a document that is not a recording: refused.
    expect((await get(port, link.url, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await get(port, link.url, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(port, `/media/${'A'.repeat(43)}`)).status).toBe(404);
    await expect(app.call(CALLS.documentsMediaLink, { id: pdfId })).rejects.toThrow(/Only audio recordings/);

    // Trashed, the recording is gone from its link; restored, it plays again.
    await app.call(CALLS.documentsTrash, { id: audioId });
    expect((await get(port, link.url)).status).toBe(404);
    await app.call(CALLS.documentsRestore, { id: audioId });
    expect((await get(port, link.url)).status).toBe(200);

    // Locking ends every link, and unlocking again does not bring them back.
    app.ctx.lock('user');
    expect((await get(port, link.url)).status).toBe(404);
    await app.call(CALLS.vaultUnlock, { passphrase: STRONG_PASSPHRASE });
    expect((await get(port, link.url)).status).toBe(404);
    const fresh = await app.call(CALLS.documentsMediaLink, { id: audioId });
    expect((await get(port, fresh.url)).status).toBe(200);
  });

  it('Electron door: app://carebinder/media/… answers the same way, assets still come from the folder', async () => {
    const { app, wav, audioId } = await vaultWithRecording();
    const renderer = tempDir();
    fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>CareBinder</title>');
    const handle = createAppHandler(renderer, app.ctx);
    const link = await app.call(CALLS.documentsMediaLink, { id: audioId });

    const whole = await handle(new Request(`${APP_ORIGIN}${link.url}`));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-type')).toBe('audio/wav');
    expect(Buffer.from(await whole.arrayBuffer()).equals(wav)).toBe(true);
    const part = await handle(new Request(`${APP_ORIGIN}${link.url}`, { headers: { Range: 'bytes=-100' } }));
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).equals(wav.subarray(wav.length - 100))).toBe(true);
    expect((await handle(new Request(`${APP_ORIGIN}/media/unknown`))).status).toBe(404);
    expect((await handle(new Request(`${APP_ORIGIN}${link.url}`, { method: 'POST' }))).status).toBe(405);
    expect((await handle(new Request(`${APP_ORIGIN}/index.html`))).status).toBe(200);
    app.ctx.lock('user');
    expect((await handle(new Request(`${APP_ORIGIN}${link.url}`))).status).toBe(404);
  });
});
