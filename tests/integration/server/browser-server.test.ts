import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext } from '../../../main/api/app-context.ts';
import { handlers } from '../../../main/api/handlers/index.ts';
import { createRouter } from '../../../main/api/router.ts';
import { KeytarKeychain } from '../../../main/core/keychain/keytar-keychain.ts';
import { startBrowserServer, type BrowserServer } from '../../../main/server/browser-server.ts';
import { STRONG_PASSPHRASE, tempDir } from '../../helpers/temp-dir.ts';

let server: BrowserServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const renderer = tempDir();
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>CareBinder</title>');
  fs.writeFileSync(path.join(tempDir(), 'secret.txt'), 'outside');
  const ctx = new AppContext({
    vaultDir: path.join(tempDir(), 'vault'),
    keychain: new KeytarKeychain(),
    door: 'browser',
  });
  server = await startBrowserServer({ ctx, dispatch: createRouter(ctx, handlers), rendererDir: renderer });
  return { ctx, server };
}

function request(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

function callHeaders(port: number, token: string, overrides: Record<string, string> = {}) {
  return {
    Host: `127.0.0.1:${port}`,
    Origin: `http://127.0.0.1:${port}`,
    Authorization: `Bearer ${token}`,
    'Content-Type': 'application/json',
    ...overrides,
  };
}

describe('browser door', () => {
  it('listens on loopback only and serves the app with a strict CSP', async () => {
    const { server } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{40,}$/);
    const page = await request(server.port, { path: '/', headers: { Host: `127.0.0.1:${server.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const traversal = await request(server.port, {
      path: '/../secret.txt',
      headers: { Host: `127.0.0.1:${server.port}` },
    });
    expect(traversal.body).not.toContain('outside');
  });

  it('answers a call with the right token, Host and Origin', async () => {
    const { server } = await start();
    const res = await request(server.port, {
      method: 'POST',
      path: '/api/call',
      headers: callHeaders(server.port, server.token),
      body: JSON.stringify({ name: 'vault:status', input: {} }),
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { exists: false, unlocked: false } });
  });

  it('refuses a missing or wrong token, a foreign Host and a foreign Origin', async () => {
    const { server } = await start();
    const body = JSON.stringify({ name: 'vault:status', input: {} });
    const { port, token } = server;
    const send = (headers: Record<string, string>) =>
      request(port, { method: 'POST', path: '/api/call', headers, body });
    const noToken = callHeaders(port, token);
    delete (noToken as Record<string, string>).Authorization;
    expect((await send(noToken)).status).toBe(401);
    expect((await send(callHeaders(port, token, { Authorization: `Bearer ${'x'.repeat(43)}` }))).status).toBe(
      401,
    );
    expect((await send(callHeaders(port, token, { Host: `evil.example:${port}` }))).status).toBe(421);
    expect((await send(callHeaders(port, token, { Origin: 'http://evil.example' }))).status).toBe(403);
    const noOrigin = callHeaders(port, token);
    delete (noOrigin as Record<string, string>).Origin;
    expect((await send(noOrigin)).status).toBe(403);
    expect((await send(callHeaders(port, token, { 'Content-Type': 'text/plain' }))).status).toBe(415);
  });

  it('validates input with the shared schema and reports errors in the envelope', async () => {
    const { server } = await start();
    const call = async (name: string, input: unknown) =>
      JSON.parse(
        (
          await request(server.port, {
            method: 'POST',
            path: '/api/call',
            headers: callHeaders(server.port, server.token),
            body: JSON.stringify({ name, input }),
          })
        ).body,
      );
    expect(await call('no:such', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('vault:create', { passphrase: 42 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('people:list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await call('vault:create', { passphrase: STRONG_PASSPHRASE })).toMatchObject({ ok: true });
    expect(await call('people:add', { name: 'Fay Example' })).toMatchObject({
      ok: true,
      value: { name: 'Fay Example' },
    });
  });

  it('streams events (auto-lock) over Server-Sent Events to token holders only', async () => {
    const { ctx, server } = await start();
    const denied = await request(server.port, {
      path: '/api/events',
      headers: { Host: `127.0.0.1:${server.port}` },
    });
    expect(denied.status).toBe(401);
    const received = new Promise<string>((resolve) => {
      http.get(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` },
        },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            const text = chunk.toString();
            if (text.includes('data:')) resolve(text);
            else ctx.emit({ type: 'vault:locked', reason: 'idle' });
          });
        },
      );
    });
    expect(await received).toContain('"type":"vault:locked"');
  });
});
