import fs from 'node:fs';
import path from 'node:path';

/** One place a canary string was found on disk. */
export interface CanaryHit {
  file: string;
  canary: string;
  /** How the bytes were written: UTF-8 (or Latin-1), or UTF-16LE as Chromium stores many strings. */
  encoding: 'utf8' | 'utf16le';
}

/** Every spelling a program might have written: as typed, lower case (search indexes) and upper case. */
function spellings(canary: string): string[] {
  return [...new Set([canary, canary.toLowerCase(), canary.toUpperCase()])];
}

/** Every regular file under `root` (symbolic links, sockets and pipes are not followed or read). */
export function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) found.push(full);
    }
  };
  walk(root);
  return found;
}

/**
 * Looks for each canary, in each spelling, as UTF-8 and UTF-16LE bytes in every file under the given
 * folders (file names included), leaving out the folders in `except`. Compressed content (a zipped or
 * deflated stream) is not unpacked: this finds what any program reading the disk would see at once.
 */
export function findCanaries(roots: string[], canaries: string[], except: string[] = []): CanaryHit[] {
  const skip = except.map((dir) => path.resolve(dir) + path.sep);
  const needles = canaries.flatMap((canary) =>
    spellings(canary).flatMap((text) => [
      { canary, encoding: 'utf8' as const, bytes: Buffer.from(text, 'utf8') },
      { canary, encoding: 'utf16le' as const, bytes: Buffer.from(text, 'utf16le') },
    ]),
  );
  const hits: CanaryHit[] = [];
  for (const root of roots) {
    for (const file of filesUnder(root)) {
      if (skip.some((dir) => file.startsWith(dir))) continue;
      let content: Buffer;
      try {
        content = Buffer.concat([Buffer.from(file, 'utf8'), Buffer.from([0]), fs.readFileSync(file)]);
      } catch {
        continue; // removed while we looked (a browser's journal file), or not readable
      }
      for (const needle of needles) {
        const already = hits.some((h) => h.file === file && h.canary === needle.canary);
        if (!already && content.includes(needle.bytes))
          hits.push({ file, canary: needle.canary, encoding: needle.encoding });
      }
    }
  }
  return hits;
}
