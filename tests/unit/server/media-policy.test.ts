import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY as ELECTRON_CSP } from '../../../main/electron/app-assets.ts';
import { CONTENT_SECURITY_POLICY as BROWSER_CSP, isOwnFetch } from '../../../main/server/request-guard.ts';

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('recordings play only from our own origin', () => {
  it('both doors’ CSPs allow media from the page’s own origin and nowhere else', () => {
    for (const csp of [ELECTRON_CSP, BROWSER_CSP])
      expect(directive(csp, 'media-src')).toBe("media-src 'self'");
  });

  it('the browser door serves media to our own page or a typed address, never to another site', () => {
    expect(isOwnFetch(undefined)).toBe(true);
    expect(isOwnFetch('same-origin')).toBe(true);
    expect(isOwnFetch('none')).toBe(true);
    expect(isOwnFetch('same-site')).toBe(false);
    expect(isOwnFetch('cross-site')).toBe(false);
  });
});
