import fs from 'node:fs';
import path from 'node:path';

/** One place a canary was found: the file (or stream), which canary and how its bytes were written. */
export interface CanaryHit {
  where: string;
  part: string;
  encoding: 'utf8' | 'utf16le' | 'utf16be' | 'file name';
}

/** ASCII letters lower-cased byte by byte: works for UTF-8 and both UTF-16 byte orders alike. */
function asciiLower(bytes: Uint8Array): Buffer {
  const out = Buffer.from(bytes);
  for (let i = 0; i < out.length; i++) if (out[i]! >= 0x41 && out[i]! <= 0x5a) out[i] = out[i]! + 0x20;
  return out;
}

/**
 * A finder for the given canaries: each found case-insensitively (a search index lower-cases, a letter
 * heading upper-cases) as UTF-8, UTF-16LE (as Chromium stores many strings) or UTF-16BE bytes.
 */
export function canaryFinder(parts: string[]): (where: string, bytes: Uint8Array) => CanaryHit[] {
  const needles = parts.flatMap((part) => {
    const le = Buffer.from(part.toLowerCase(), 'utf16le');
    return [
      { part, encoding: 'utf8' as const, bytes: Buffer.from(part.toLowerCase(), 'utf8') },
      { part, encoding: 'utf16le' as const, bytes: le },
      { part, encoding: 'utf16be' as const, bytes: Buffer.from(le).swap16() },
    ];
  });
  return (where, bytes) => {
    const haystack = asciiLower(bytes);
    return needles
      .filter((n) => haystack.includes(n.bytes))
      .map(({ part, encoding }) => ({ where, part, encoding }));
  };
}

/** Every regular file under `root` (or `root` itself if it is a file); links, sockets and pipes are not followed. */
export function filesUnder(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  if (!fs.statSync(root).isDirectory()) return [root];
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
 * Canaries in the names and contents of every file under the folders. Compressed content (a zipped or
 * deflated stream) is not unpacked: this finds what any program reading the disk would see at once.
 */
export function scanFolders(roots: string[], find: ReturnType<typeof canaryFinder>): CanaryHit[] {
  return roots.flatMap((root) =>
    filesUnder(root).flatMap((file) => {
      let content: Buffer;
      try {
        content = fs.readFileSync(file);
      } catch {
        return []; // removed while we looked (a browser's journal file), or not readable
      }
      return [
        ...find(file, Buffer.from(path.relative(root, file))).map((hit) => ({
          ...hit,
          encoding: 'file name' as const,
        })),
        ...find(file, content),
      ];
    }),
  );
}
