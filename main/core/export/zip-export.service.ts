import { BlobReader, configure, Uint8ArrayReader, ZipReader, ZipWriter } from '@zip.js/zip.js';
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { ExportVerification } from '../../../shared/schemas/export.schema.ts';
import { sha256 } from './manifest.ts';
import { checkpoint, type WorkControl } from './packet-pdf.service.ts';
import type { PacketFile } from './packet-tree.ts';
import { checkFileTarget, streamOutput } from './output-files.ts';

// Node has no web workers to spare: zip.js compresses on the main thread between our yields.
configure({ useWebWorkers: false });

/** Formats whose bytes are already compressed: stored, not deflated again. */
const STORED = /\.(pdf|jpe?g|png|zip)$/i;

export interface ZipOptions {
  password?: string;
  limitBytes: number;
  split: boolean;
  overwrite: boolean;
}

/** What writing the ZIP produced. */
export interface ZipOutcome {
  parts: { path: string; bytes: number }[];
  verification: ExportVerification;
  overLimit: boolean;
  largeItems: { name: string; bytes: number }[];
}

/**
 * Writes the packet tree as a ZIP (AES-256, WinZip AE-2, when a password is given: 7-Zip, WinZip, macOS
 * Archive Utility with a helper, and `7z x -p` open it). Over the email limit it either splits the tree
 * into parts that are each a complete ZIP under the limit (`name.part1.zip`…, extract all into one
 * folder) or writes one file and reports the largest items to leave out. Each part is streamed to disk
 * as it is compressed (a 500-page packet never sits in memory twice) and read back from disk.
 */
export async function writePacketZip(
  out: string,
  files: PacketFile[],
  options: ZipOptions,
  control: WorkControl,
): Promise<ZipOutcome> {
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const groups =
    options.split && total > options.limitBytes ? splitIntoParts(files, options.limitBytes) : [files];
  const paths =
    groups.length === 1 ? [out] : groups.map((_, i) => out.replace(/(\.zip)?$/i, `.part${i + 1}.zip`));
  for (const path of paths) checkFileTarget(path, options.overwrite);

  const parts: ZipOutcome['parts'] = [];
  const problems: ExportVerification = { ok: true, checked: 0, missing: [], corrupted: [] };
  for (const [g, group] of groups.entries()) {
    const bytes = await streamOutput(paths[g]!, async (sink) => {
      const writer = new ZipWriter(sink, {
        ...(options.password ? { password: options.password, encryptionStrength: 3 as const } : {}),
      });
      for (const [i, file] of group.entries()) {
        control.report({ step: 'Writing the ZIP', current: i, total: group.length });
        await checkpoint(control.signal);
        await writer.add(file.path, new Uint8ArrayReader(file.bytes), {
          level: STORED.test(file.path) ? 0 : 6,
        });
      }
      await writer.close();
    });
    parts.push({ path: paths[g]!, bytes });
    const check = await verifyZip(paths[g]!, group, options.password);
    problems.checked += check.checked;
    problems.missing.push(...check.missing);
    problems.corrupted.push(...check.corrupted);
  }
  problems.ok = problems.missing.length === 0 && problems.corrupted.length === 0;
  const overLimit = parts.some((p) => p.bytes > options.limitBytes);
  return {
    parts,
    verification: problems,
    overLimit,
    largeItems: overLimit
      ? [...files]
          .sort((a, b) => b.bytes.length - a.bytes.length)
          .slice(0, 5)
          .map((f) => ({ name: f.path, bytes: f.bytes.length }))
      : [],
  };
}

/**
 * Greedy packing in tree order (so each part holds whole category folders where it can); the index and
 * manifest go in the first part. An item bigger than the limit gets a part of its own.
 */
function splitIntoParts(files: PacketFile[], limit: number): PacketFile[][] {
  const first = files.filter((f) => f.path === 'index.html' || f.path === 'MANIFEST.sha256');
  const rest = files.filter((f) => !first.includes(f));
  const parts: PacketFile[][] = [first];
  let size = first.reduce((s, f) => s + f.bytes.length, 0);
  // Headroom for the ZIP's own headers and the encryption overhead.
  const budget = limit * 0.97;
  for (const file of rest) {
    if (size + file.bytes.length > budget && parts.at(-1)!.length > 0) {
      parts.push([]);
      size = 0;
    }
    parts.at(-1)!.push(file);
    size += file.bytes.length;
  }
  return parts;
}

/**
 * Reads a written ZIP back from disk (decrypting when it has a password) and compares every entry's
 * hash. The file is read lazily and each entry is hashed as it is inflated, so memory stays small.
 */
export async function verifyZip(
  file: string,
  expected: PacketFile[],
  password?: string,
): Promise<ExportVerification> {
  const reader = new ZipReader(new BlobReader(await fs.openAsBlob(file)), password ? { password } : {});
  const missing: string[] = [];
  const corrupted: string[] = [];
  try {
    const entries = new Map((await reader.getEntries()).map((e) => [e.filename, e]));
    for (const want of expected) {
      const entry = entries.get(want.path);
      if (!entry || entry.directory) {
        missing.push(want.path);
        continue;
      }
      try {
        const hash = crypto.createHash('sha256');
        await entry.getData(new WritableStream<Uint8Array>({ write: (chunk) => void hash.update(chunk) }));
        if (hash.digest('hex') !== sha256(want.bytes)) corrupted.push(want.path);
      } catch {
        corrupted.push(want.path);
      }
    }
  } finally {
    await reader.close();
  }
  return { ok: !missing.length && !corrupted.length, checked: expected.length, missing, corrupted };
}
