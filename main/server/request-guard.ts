import crypto from 'node:crypto';

/**
 * The browser door's request checks, as pure functions. A page on another site (DNS rebinding, a
 * malicious tab) can reach 127.0.0.1 but cannot know the per-launch token, cannot send our Host, and
 * its browser always sends its own Origin on a POST — so each of the three is checked.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Origin must be absent (same-origin GET navigations) or exactly ours. */
export function isAllowedOrigin(origin: string | undefined, port: number, required: boolean): boolean {
  if (origin === undefined) return !required;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

/**
 * Fetch metadata, where the browser sends it: only our own page ('same-origin') or the person typing the
 * address ('none'). A media element on another site would say 'cross-site' (and could not know a link).
 */
export function isOwnFetch(secFetchSite: string | string[] | undefined): boolean {
  return secFetchSite === undefined || secFetchSite === 'same-origin' || secFetchSite === 'none';
}

export function hasValidToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(authorization ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/**
 * The page's Content-Security-Policy: only our own scripts and styles, no outside connections at all.
 * Media play only from our own origin (the recordings' links, see main/api/media-links.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "media-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
