import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  auditElectron,
  FALSE_POSITIVES,
  judge,
  scan,
  type Finding,
} from '../../../main/scripts/electronegativity.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const finding = (id: string, severity: Finding['severity'], file: string): Finding => ({
  id,
  severity,
  confidence: 'FIRM',
  file,
  line: 1,
  column: 0,
  sample: '',
  description: '',
});

describe('Electronegativity audit of the Electron door', () => {
  it('passes: no HIGH or MEDIUM finding beyond the explained false positives, every file parsed', async () => {
    const report = await auditElectron();
    const { verdict } = report;
    expect(verdict.blocking).toEqual([]);
    expect(verdict.unusedAllowances).toEqual([]);
    expect(report.scan.unparsed).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.version).toMatch(/^\d+\.\d+\.\d+/);
    // The shipped bundles, both our sources and the renderer were all read.
    const files = report.scan.files;
    expect(files).toBeGreaterThan(20);
    // The CSP we send as a header was found and graded (no "no CSP" finding).
    expect(report.scan.findings.map((f) => f.description)).not.toContain(
      'No CSP has been detected in the target application',
    );
    for (const allowance of FALSE_POSITIVES) expect(allowance.reason.length).toBeGreaterThan(40);
  });

  it('is live: insecure window options, a weak CSP and a missing handler are reported', async () => {
    const dir = tempDir('cb-eneg-');
    fs.writeFileSync(
      path.join(dir, 'bad-main.js'),
      [
        "const { BrowserWindow, shell } = require('electron');",
        'new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false } });',
        'new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
        'shell.openExternal(userUrl);',
        "callback({ responseHeaders: { 'Content-Security-Policy': [\"script-src 'unsafe-inline' https:\"] } });",
      ].join('\n'),
    );
    const { findings } = await scan(dir, '45.0.0');
    const ids = new Set(findings.map((f) => f.id));
    for (const id of [
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'NODE_INTEGRATION_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'CSP_GLOBAL_CHECK',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(judge(findings, FALSE_POSITIVES).blocking.length).toBeGreaterThan(0);
  });
});

describe('judge', () => {
  it('fails HIGH and MEDIUM findings unless an allowance names the same check and file', () => {
    const allowance = { id: 'SANDBOX_JS_CHECK', files: ['a.ts'], reason: 'explained' };
    const verdict = judge(
      [
        finding('SANDBOX_JS_CHECK', 'MEDIUM', 'a.ts'),
        finding('SANDBOX_JS_CHECK', 'MEDIUM', 'b.ts'),
        finding('CSP_GLOBAL_CHECK', 'LOW', 'c.js'),
      ],
      [allowance],
    );
    expect(verdict.allowed.map((a) => a.finding.file)).toEqual(['a.ts']);
    expect(verdict.blocking.map((f) => f.file)).toEqual(['b.ts']);
    expect(verdict.minor.map((f) => f.id)).toEqual(['CSP_GLOBAL_CHECK']);
    expect(verdict.unusedAllowances).toEqual([]);
  });

  it('covers only the reviewed line when an allowance names one', () => {
    const allowance = {
      id: 'OPEN_EXTERNAL_JS_CHECK',
      files: ['a.ts'],
      line: /openExternal\(mailto\);$/,
      reason: 'explained',
    };
    const reviewed = {
      ...finding('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'a.ts'),
      sample: 'shell.openExternal(mailto);',
    };
    const added = { ...reviewed, sample: 'shell.openExternal(url);' };
    const verdict = judge([reviewed, added], [allowance]);
    expect(verdict.allowed.map((a) => a.finding)).toEqual([reviewed]);
    expect(verdict.blocking).toEqual([added]);
  });

  it('reports an allowance that matches nothing, so the list cannot go stale', () => {
    const stale = { id: 'NODE_INTEGRATION_JS_CHECK', files: ['gone.ts'], reason: 'explained' };
    expect(judge([], [stale]).unusedAllowances).toEqual([stale]);
  });
});
