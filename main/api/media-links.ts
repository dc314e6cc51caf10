import crypto from 'node:crypto';
import { getDocument } from '../core/documents/documents.repo.ts';
import { AppError } from '../core/errors.ts';
import type { VaultSession } from '../core/vault/vault-session.ts';
import type { AppContext } from './app-context.ts';

/** Where media links live on the page's own origin (the browser door's server and Electron's app://). */
export const MEDIA_PATH = '/media/';

/** Document kinds the page plays from a link (pictures go through page images, never this way). */
const PLAYABLE_KINDS = new Set(['audio']);
/** Links of one unlocked session; the oldest is forgotten past this many. */
const MAX_LINKS = 32;

/**
 * A media link is a capability: a random, unguessable path that stands for one document of one unlocked
 * session. An <audio> element cannot send the door's Authorization header, so the page first asks for a
 * link through the authenticated API, then plays from it. Links die with the session: locking the vault
 * (or unlocking it again) makes every earlier link answer 404.
 */
const linksOf = new WeakMap<VaultSession, Map<string, string>>();
/** The last original decrypted for playback: seeking asks for many ranges of the same file. */
const lastOriginal = new WeakMap<VaultSession, { fileId: string; bytes: Buffer }>();

/** Makes a link to play one document's original bytes (audio recordings only). */
export function issueMediaLink(session: VaultSession, documentId: string): { url: string; mime: string } {
  const row = getDocument(session.db, documentId);
  if (!row) throw new AppError('NOT_FOUND', 'That document is not in this vault any more.');
  if (!PLAYABLE_KINDS.has(row.kind))
    throw new AppError('INVALID_INPUT', 'Only audio recordings are played this way.');
  let links = linksOf.get(session);
  if (!links) linksOf.set(session, (links = new Map()));
  const token = crypto.randomBytes(32).toString('base64url');
  links.set(token, documentId);
  for (const oldest of links.keys()) {
    if (links.size <= MAX_LINKS) break;
    links.delete(oldest);
  }
  return { url: `${MEDIA_PATH}${token}`, mime: row.mime };
}

/** A media answer, independent of the door that sends it. */
export interface MediaResponse {
  status: 200 | 206 | 404 | 416;
  headers: Record<string, string>;
  body: Buffer | null;
}

const notFound: MediaResponse = { status: 404, headers: {}, body: null };

/**
 * Parses a single-range `Range: bytes=…` header against a file of `size` bytes. Null means "send the
 * whole file" (no header, another unit, several ranges, or a malformed one — all allowed by RFC 9110);
 * 'unsatisfiable' means the range starts past the end.
 */
export function parseByteRange(
  header: string | null | undefined,
  size: number,
): { start: number; end: number } | 'unsatisfiable' | null {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size) return 'unsatisfiable';
  return end < start ? null : { start, end };
}

/**
 * Answers a request for `path` (MEDIA_PATH + token) with the document's decrypted original, honouring a
 * byte range so the player can seek. Anything unknown — a wrong or forgotten token, a locked vault, a
 * document since moved to the trash — is a plain 404 that says nothing about why.
 */
export function serveMedia(
  ctx: AppContext,
  path: string,
  range: string | null | undefined,
  method: string,
): MediaResponse {
  if (!ctx.isUnlocked || !path.startsWith(MEDIA_PATH)) return notFound;
  const session = ctx.session();
  const documentId = linksOf.get(session)?.get(path.slice(MEDIA_PATH.length));
  const row = documentId ? getDocument(session.db, documentId) : null;
  if (!row || !PLAYABLE_KINDS.has(row.kind)) return notFound;
  // Listening is using the app: it keeps the auto-lock from closing the vault mid-recording.
  ctx.touch();
  let cached = lastOriginal.get(session);
  if (cached?.fileId !== row.fileId) {
    cached = { fileId: row.fileId, bytes: session.store.get(row.fileId) };
    lastOriginal.set(session, cached);
  }
  const { bytes } = cached;
  const size = bytes.length;
  const headers = { 'Content-Type': row.mime, 'Accept-Ranges': 'bytes' };
  const wanted = parseByteRange(range, size);
  if (wanted === 'unsatisfiable')
    return { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` }, body: null };
  const { start, end } = wanted ?? { start: 0, end: size - 1 };
  const body = method === 'HEAD' ? null : bytes.subarray(start, end + 1);
  return {
    status: wanted ? 206 : 200,
    headers: {
      ...headers,
      'Content-Length': String(end - start + 1),
      ...(wanted ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
    },
    body,
  };
}
