import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PacketFile } from '../../../main/core/export/packet-tree.ts';
import { verifyZip, writePacketZip } from '../../../main/core/export/zip-export.service.ts';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'cb-zip-stream-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A packet tree of incompressible "scans" and a text index, like a real packet's. */
const tree = (): PacketFile[] => [
  { path: '00-Summary.pdf', bytes: crypto.randomBytes(300_000) },
  ...Array.from({ length: 6 }, (_, i) => ({
    path: `02 Imaging/2026-01-0${i + 1} imaging scan ${i}.jpg`,
    bytes: crypto.randomBytes(200_000),
  })),
  { path: 'index.html', bytes: Buffer.from('<!doctype html><title>Packet</title>'.repeat(200)) },
];
const options = { limitBytes: 20 * 1024 * 1024, split: false, overwrite: false };
const control = (signal = new AbortController().signal) => ({ report: () => undefined, signal });
const leftovers = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith('.cbtmp'));

describe('the email ZIP streamed to disk', () => {
  it('writes a ZIP that 7z opens with the password, reads it back from disk, and leaves no temporary file', async () => {
    const files = tree();
    const out = path.join(root, 'one', 'packet.zip');
    const outcome = await writePacketZip(out, files, { ...options, password: 'long-enough-pass' }, control());
    expect(outcome.verification).toEqual({ ok: true, checked: files.length, missing: [], corrupted: [] });
    expect(outcome.parts).toEqual([{ path: out, bytes: fs.statSync(out).size }]);
    expect(execFileSync('7z', ['t', '-plong-enough-pass', out], { encoding: 'utf8' })).toContain(
      'Everything is Ok',
    );
    expect(leftovers(path.dirname(out))).toEqual([]);

    // The read-back notices an entry that differs from what was meant to be written.
    const changed = files.map((f, i) => (i === 2 ? { ...f, bytes: crypto.randomBytes(10) } : f));
    expect((await verifyZip(out, changed, 'long-enough-pass')).corrupted).toEqual([files[2]!.path]);
  });

  it('splits into parts, each streamed and checked', async () => {
    const out = path.join(root, 'split', 'packet.zip');
    const outcome = await writePacketZip(
      out,
      tree(),
      { ...options, limitBytes: 700_000, split: true },
      control(),
    );
    expect(outcome.parts.length).toBeGreaterThan(1);
    expect(outcome.verification.ok).toBe(true);
    for (const part of outcome.parts) expect(part.bytes).toBe(fs.statSync(part.path).size);
  });

  it('stops when cancelled during the ZIP and keeps neither the file nor a temporary one', async () => {
    const out = path.join(root, 'cancel', 'packet.zip');
    const controller = new AbortController();
    const cancelling = {
      signal: controller.signal,
      report: (p: { current: number }) => {
        if (p.current === 3) controller.abort();
      },
    };
    await expect(writePacketZip(out, tree(), options, cancelling)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(fs.readdirSync(path.dirname(out))).toEqual([]);
  });
});
