import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hasValidToken,
  isAllowedHost,
  isAllowedOrigin,
  newToken,
} from '../../../main/server/request-guard.ts';
import { resolveStaticFile } from '../../../main/server/static-files.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('request guard', () => {
  it('accepts only our loopback host and origin', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('localhost:4000', 4000)).toBe(true);
    expect(isAllowedHost('127.0.0.1:4001', 4000)).toBe(false);
    expect(isAllowedHost('attacker.example:4000', 4000)).toBe(false);
    expect(isAllowedHost(undefined, 4000)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4000', 4000, true)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000.evil.example', 4000, true)).toBe(false);
    expect(isAllowedOrigin('null', 4000, true)).toBe(false);
    expect(isAllowedOrigin(undefined, 4000, true)).toBe(false);
    expect(isAllowedOrigin(undefined, 4000, false)).toBe(true);
  });

  it('compares tokens exactly', () => {
    const token = newToken();
    expect(hasValidToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasValidToken(`Bearer ${token}x`, token)).toBe(false);
    expect(hasValidToken(token, token)).toBe(false);
    expect(hasValidToken(undefined, token)).toBe(false);
  });

  it('never serves a file outside the renderer folder', () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'index.html'), 'index');
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'js');
    expect(resolveStaticFile(root, '/assets/app.js')?.file).toBe(path.join(root, 'assets', 'app.js'));
    for (const evil of [
      '/../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%5c..%5cetc',
      '/a%00b',
      '/%E0%A4%A',
    ]) {
      const resolved = resolveStaticFile(root, evil);
      expect(resolved === null || resolved.file === path.join(root, 'index.html'), evil).toBe(true);
    }
  });
});
