import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What an independent check of a packet folder against its MANIFEST.sha256 found. */
export interface ManifestCheck {
  /** Every path the manifest lists. */
  listed: string[];
  /** Lines that are not "<64 hex>  <path>". */
  malformed: string[];
  /** Listed files that are missing or whose SHA-256 differs. */
  mismatched: string[];
  /** Files in the folder the manifest does not list (the manifest itself aside). */
  unlisted: string[];
}

/**
 * Checks a packet folder the way a receiver with `sha256sum -c` would, with node:crypto and without the
 * app's own code: every listed file hashed and compared, and nothing in the folder left unlisted.
 */
export function checkPacketManifest(dir: string): ManifestCheck {
  const check: ManifestCheck = { listed: [], malformed: [], mismatched: [], unlisted: [] };
  const lines = fs.readFileSync(path.join(dir, 'MANIFEST.sha256'), 'utf8').trim().split('\n');
  for (const line of lines) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (!match) {
      check.malformed.push(line);
      continue;
    }
    const [, hash, file] = match as unknown as [string, string, string];
    check.listed.push(file);
    const full = path.join(dir, file);
    const actual = fs.existsSync(full)
      ? crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')
      : null;
    if (actual !== hash) check.mismatched.push(file);
  }
  check.unlisted = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== 'MANIFEST.sha256' && !check.listed.includes(file));
  return check;
}
