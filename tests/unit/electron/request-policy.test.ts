import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isAllowedRequest } from '../../../main/electron/request-policy.ts';

describe('isAllowedRequest', () => {
  it('allows our files and in-memory URLs', () => {
    for (const url of [
      'app://carebinder/index.html',
      'app://carebinder/assets/app.js',
      'blob:app://carebinder/2f1c9a7e-0000-4000-8000-000000000000',
      'data:image/png;base64,iVBORw0KGgo=',
    ]) {
      expect(isAllowedRequest(url, { isDev: false }), url).toBe(true);
    }
  });

  it('cancels the network and the file system', () => {
    for (const url of [
      'http://example.com/',
      'https://example.com/track.gif',
      'ws://127.0.0.1:9000/',
      'wss://example.com/socket',
      'ftp://example.com/',
      'file:///etc/passwd',
      'blob:https://example.com/2f1c9a7e',
      'app://other/index.html',
      'chrome-extension://abc/x.js',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isAllowedRequest(url, { isDev: false }), url).toBe(false);
    }
  });

  it('lets the developer tools load their own pages in development only', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', { isDev: true })).toBe(true);
    expect(isAllowedRequest('https://example.com/', { isDev: true })).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('stays on app://carebinder', () => {
    expect(isAllowedNavigation('app://carebinder/index.html')).toBe(true);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('file:///home/user/scan.pdf')).toBe(false);
    expect(isAllowedNavigation('app://evil/')).toBe(false);
  });
});
