import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppEvent } from '../../shared/api/events.ts';
import type { AppContext } from '../api/app-context.ts';
import type { Dispatch } from '../api/router.ts';
import { log } from '../core/log/logger.ts';
import { DEFAULT_IMPORT_LIMITS, largestFileBytes } from '../core/import/limits.ts';
import { MEDIA_PATH, serveMedia } from '../api/media-links.ts';
import { stageUpload } from '../api/upload.ts';
import {
  CONTENT_SECURITY_POLICY,
  hasValidToken,
  isAllowedHost,
  isAllowedOrigin,
  isOwnFetch,
  newToken,
} from './request-guard.ts';
import { resolveStaticFile } from './static-files.ts';

const MAX_CALL_BYTES = 2 * 1024 * 1024;

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function send(
  res: http.ServerResponse,
  status: number,
  body: string,
  type = 'text/plain; charset=utf-8',
): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type });
  res.end(body);
}

/** Reads a request body up to `max` bytes; null when it is larger (the upload is then refused). */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        resolve(null);
        req.destroy();
      } else parts.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(parts)));
    req.on('error', reject);
  });
}

/**
 * The browser door: the same renderer and router as the Electron app, on 127.0.0.1 at a random port.
 * Static files need no token (they hold no data); every API call and the event stream need the
 * per-launch token, our Host, and (for calls) our Origin.
 */
export async function startBrowserServer(options: {
  ctx: AppContext;
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
}): Promise<BrowserServer> {
  const { ctx, dispatch, rendererDir } = options;
  const token = newToken();
  const streams = new Set<http.ServerResponse>();
  let port = 0;

  const forward = (event: AppEvent) => {
    for (const res of streams) res.write(`data: ${JSON.stringify(event)}\n\n`);
  };
  ctx.events.on('event', forward);

  const server = http.createServer(async (req, res) => {
    try {
      if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'Wrong host.');
      const url = req.url ?? '/';
      if (url.startsWith('/api/')) {
        if (!isAllowedOrigin(req.headers.origin, port, req.method !== 'GET'))
          return send(res, 403, 'Wrong origin.');
        if (!hasValidToken(req.headers.authorization, token))
          return send(res, 401, 'Missing or wrong token.');
        if (url === '/api/call' && req.method === 'POST') return await handleCall(req, res);
        if (url.startsWith('/api/upload?') && req.method === 'POST') return await handleUpload(req, res, url);
        if (url === '/api/events' && req.method === 'GET') return openStream(res);
        return send(res, 404, 'Not found.');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
      if (url.startsWith(MEDIA_PATH)) return playMedia(req, res, url);
      const file = resolveStaticFile(rendererDir, url);
      if (!file) return send(res, 404, 'Not found.');
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.type });
      fs.createReadStream(file.file).pipe(res);
    } catch (error) {
      log.error('server.request_failed', { error: error instanceof Error ? error.name : 'unknown' });
      if (!res.headersSent) send(res, 500, 'Internal error.');
    }
  });

  async function handleCall(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
      return send(res, 415, 'JSON only.');
    const body = await readBody(req, MAX_CALL_BYTES);
    if (body === null) return send(res, 413, 'Request too large.');
    let message: { name?: unknown; input?: unknown };
    try {
      message = JSON.parse(body.toString('utf8')) as typeof message;
    } catch {
      return send(res, 400, 'Invalid JSON.');
    }
    const result = await dispatch(typeof message.name === 'string' ? message.name : '', message.input);
    send(res, 200, JSON.stringify(result), 'application/json');
  }

  /**
   * A recording for the page's <audio> element, by the link the API handed out (the element cannot send
   * the token; the link is the capability). Byte ranges let the player seek.
   */
  function playMedia(req: http.IncomingMessage, res: http.ServerResponse, url: string): void {
    if (!isAllowedOrigin(req.headers.origin, port, false) || !isOwnFetch(req.headers['sec-fetch-site']))
      return send(res, 403, 'Wrong origin.');
    const { pathname } = new URL(url, 'http://127.0.0.1');
    const answer = serveMedia(ctx, pathname, req.headers.range, req.method ?? 'GET');
    if (answer.status === 404) return send(res, 404, 'Not found.');
    res.writeHead(answer.status, { ...SECURITY_HEADERS, ...answer.headers });
    res.end(answer.body ?? undefined);
  }

  async function handleUpload(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    url: string,
  ): Promise<void> {
    if (req.headers['content-type'] !== 'application/octet-stream') return send(res, 415, 'Files only.');
    // Recordings may be larger than other files; the vault applies each kind's own limit once it is known.
    const body = await readBody(req, largestFileBytes(DEFAULT_IMPORT_LIMITS));
    const query = new URL(url, 'http://127.0.0.1').searchParams;
    const result =
      body === null
        ? {
            ok: false,
            error: {
              code: 'FILE_REFUSED',
              message: 'This file is too large. Split it into smaller files and import those.',
            },
          }
        : await stageUpload(ctx, query, body);
    send(res, 200, JSON.stringify(result), 'application/json');
  }

  function openStream(res: http.ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    streams.add(res);
    res.on('close', () => streams.delete(res));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        ctx.events.off('event', forward);
        for (const res of streams) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
