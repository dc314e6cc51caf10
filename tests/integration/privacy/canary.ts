import fs from 'node:fs';
import path from 'node:path';

/** The canary patient's name and a token found only in the canary's documents. */
export const CANARY_NAME = 'Zyxwvut Canarypatient';
export const CANARY_TOKEN = 'Vorpalquince';

/** What is searched for: each part alone, so "Canarypatient, Zyxwvut" or "ZYXWVUT" is found too. */
export const CANARY_PARTS = ['Zyxwvut', 'Canarypatient', CANARY_TOKEN];

/** One place a canary was found: the file (or stream), which part and in which encoding. */
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

const NEEDLES = CANARY_PARTS.flatMap((part) => {
  const lower = part.toLowerCase();
  const le = Buffer.from(lower, 'utf16le');
  return [
    { part, encoding: 'utf8' as const, bytes: Buffer.from(lower, 'utf8') },
    { part, encoding: 'utf16le' as const, bytes: le },
    { part, encoding: 'utf16be' as const, bytes: Buffer.from(le).swap16() },
  ];
});

/** Every canary in `bytes`, case-insensitively, as UTF-8, UTF-16LE or UTF-16BE. */
export function findCanaries(where: string, bytes: Uint8Array): CanaryHit[] {
  const haystack = asciiLower(bytes);
  return NEEDLES.filter((n) => haystack.includes(n.bytes)).map(({ part, encoding }) => ({
    where,
    part,
    encoding,
  }));
}

/** Every file under `root` (recursively; symlinks are not followed). */
export function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  if (fs.statSync(root).isDirectory()) walk(root);
  else out.push(root);
  return out;
}

/** Canaries in the names and contents of every file under `root`. */
export function scanTree(root: string): CanaryHit[] {
  return listFiles(root).flatMap((file) => [
    ...findCanaries(file, Buffer.from(path.relative(root, file))).map((hit) => ({
      ...hit,
      encoding: 'file name' as const,
    })),
    ...findCanaries(file, fs.readFileSync(file)),
  ]);
}
