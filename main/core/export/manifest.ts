import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ExportVerification } from '../../../shared/schemas/export.schema.ts';
import { AppError } from '../errors.ts';

/** The manifest's file name, at the root of the packet folder. */
export const MANIFEST_NAME = 'MANIFEST.sha256';

export function sha256(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * The manifest in the format `sha256sum -c` reads: "<hex>  <relative path>" per line (two spaces: text
 * mode), forward slashes, sorted. Packet file names never contain newlines or backslashes.
 */
export function manifestText(files: { path: string; bytes: Uint8Array }[]): string {
  return (
    files
      .map((f) => `${sha256(f.bytes)}  ${f.path}`)
      .sort((a, b) => a.slice(66).localeCompare(b.slice(66)))
      .join('\n') + '\n'
  );
}

/** Reads a manifest back into path → hash. */
export function parseManifest(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.replace(/\r$/, ''));
    if (match) entries.set(match[2]!, match[1]!);
  }
  return entries;
}

/**
 * Reads every file a packet folder's manifest lists and compares its hash: what a USB stick or copy
 * damaged is reported by name (missing or corrupted). Paths that try to leave the folder are refused.
 */
export function verifyFolder(dir: string): ExportVerification {
  const root = path.resolve(dir);
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, MANIFEST_NAME), 'utf8');
  } catch {
    throw new AppError(
      'NOT_FOUND',
      'This folder has no MANIFEST.sha256, so it is not a CareBinder packet or the manifest was deleted.',
    );
  }
  const missing: string[] = [];
  const corrupted: string[] = [];
  const entries = parseManifest(text);
  for (const [relative, expected] of entries) {
    const file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) {
      corrupted.push(relative);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      missing.push(relative);
      continue;
    }
    if (sha256(bytes) !== expected) corrupted.push(relative);
  }
  return {
    ok: entries.size > 0 && missing.length === 0 && corrupted.length === 0,
    checked: entries.size,
    missing,
    corrupted,
  };
}
