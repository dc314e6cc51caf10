import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Serving the built renderer (dist/renderer) from the privileged `app://carebinder/` scheme. This module
 * holds the decisions (which URL maps to which file, which headers) and imports no Electron, so it is
 * tested under plain Node; app-protocol.ts only plugs it into Electron's `protocol.handle`.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'carebinder';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The page may load only its own files. Images also from blob:/data: (page previews are made in memory);
 * media (recordings) only from our own origin's links.
 * No 'unsafe-inline' anywhere: Vite emits styles and scripts as files, and React's `style={{…}}` goes
 * through the CSSOM, which style-src does not restrict.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers every app:// response carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name (by extension; unknown types are served as opaque bytes). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * True for URLs on our own origin only: scheme `app:`, host `carebinder`, no credentials, no port.
 * (Node's URL gives custom schemes an opaque origin, so the parts are compared one by one.)
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Maps a URL path to a file inside `rootDir`, or null when it would leave it: encoded slashes or dots,
 * backslashes, NUL bytes and absolute paths are refused rather than normalised. `/` is `index.html`.
 */
export function resolveAssetPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rootDir);
  const full = path.resolve(root, relative);
  return isInside(root, full) ? full : null;
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel !== '' && rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel);
}

function plain(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}

/**
 * The app:// request handler: GET/HEAD of files under `rootDir` with the security headers; anything else
 * is 404/405. Symbolic links that point outside the folder are refused too.
 */
export function createAssetHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = path.resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405);
    if (!isAppUrl(request.url)) return plain(404);
    const filePath = resolveAssetPath(root, new URL(request.url).pathname);
    if (!filePath) return plain(404);
    try {
      const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(filePath)]);
      if (!isInside(realRoot, realFile)) return plain(404);
      const body = await fs.readFile(realFile);
      const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(realFile) };
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
    } catch {
      // Missing files and folders (EISDIR) look the same to the page: not found.
      return plain(404);
    }
  };
}
