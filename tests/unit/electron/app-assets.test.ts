import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  createAssetHandler,
  isAppUrl,
  resolveAssetPath,
} from '../../../main/electron/app-assets.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

/** A small built renderer on disk, plus a secret file beside it that must never be served. */
function makeRenderer(): { root: string; outside: string } {
  const base = tempDir('cb-assets-');
  const root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>CareBinder</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'export {};');
  const outside = path.join(base, 'secret.txt');
  fs.writeFileSync(outside, 'not for the page');
  return { root, outside };
}

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only our own files and in-memory images', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toBe("'self'");
    expect(d.get('script-src')).toBe("'self'");
    expect(d.get('style-src')).toBe("'self'");
    expect(d.get('img-src')).toBe("'self' blob: data:");
    expect(d.get('connect-src')).toBe("'self'");
    expect(d.get('object-src')).toBe("'none'");
    expect(d.get('base-uri')).toBe("'none'");
    expect(d.get('frame-ancestors')).toBe("'none'");
    expect(d.get('form-action')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });
});

describe('isAppUrl', () => {
  it('accepts our origin only', () => {
    expect(isAppUrl('app://carebinder/index.html')).toBe(true);
    expect(isAppUrl('app://carebinder/')).toBe(true);
    for (const url of [
      'app://other/index.html',
      'app://carebinder.evil.example/',
      'app://user@carebinder/',
      'app://carebinder:8080/',
      'file:///index.html',
      'http://carebinder/',
      'https://example.com/',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      'not a url',
      '',
      null,
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });
});

describe('resolveAssetPath', () => {
  const root = path.resolve('/srv/renderer');

  it('maps paths into the folder, with / as index.html', () => {
    expect(resolveAssetPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAssetPath(root, '/assets/my%20file.js')).toBe(path.join(root, 'assets', 'my file.js'));
  });

  it('refuses anything that leaves the folder', () => {
    for (const attempt of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%5csecret.txt',
      '/assets\\..\\..\\secret.txt',
      '/index.html%00.js',
      '/%E0%A4%A',
      '/..',
    ]) {
      expect(resolveAssetPath(root, attempt), attempt).toBeNull();
    }
  });
});

describe('contentTypeFor', () => {
  it('types the files Vite emits', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/b.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});

describe('createAssetHandler', () => {
  it('serves the entry page and assets with the CSP header', async () => {
    const { root } = makeRenderer();
    const handler = createAssetHandler(root);
    const page = await handler(new Request(APP_ENTRY_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>CareBinder</title>');

    const script = await handler(new Request('app://carebinder/assets/app.js'));
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {};');

    const root2 = await handler(new Request('app://carebinder/'));
    expect(root2.status).toBe(200);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const handler = createAssetHandler(makeRenderer().root);
    const head = await handler(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handler(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });

  it('never serves a file outside the folder, a folder, a missing file or another host', async () => {
    const { root, outside } = makeRenderer();
    fs.symlinkSync(outside, path.join(root, 'link.txt'));
    const handler = createAssetHandler(root);
    for (const url of [
      'app://carebinder/..%2fsecret.txt',
      'app://carebinder/%2e%2e%2fsecret.txt',
      'app://carebinder/link.txt',
      'app://carebinder/assets',
      'app://carebinder/assets/',
      'app://carebinder/missing.js',
      'app://other/index.html',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('not for the page');
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
  });
});
