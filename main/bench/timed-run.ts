import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TIME = '/usr/bin/time';

/** One timed child process: wall time, peak resident memory (kB, when /usr/bin/time exists) and stdout. */
export interface Run {
  ms: number;
  peakRssKb: number | null;
  stdout: string;
  code: number;
}

/** Runs a command to completion under GNU time (for its peak memory), as a person would start it. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const timed = existsSync(TIME);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(timed ? TIME : command, timed ? ['-v', command, ...args] : args, { env, cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (code !== 0 && !stdout)
        process.stderr.write(`${command} exited ${code}: ${stderr.slice(0, 2000)}\n`);
      resolve({
        ms: performance.now() - started,
        peakRssKb: rss ? Number(rss[1]) : null,
        stdout,
        code: code ?? 1,
      });
    });
  });
}

/** "612 MB", or "n/a" where GNU time is missing. */
export function megabytes(kb: number | null): string {
  return kb === null ? 'n/a' : `${Math.round(kb / 1024)} MB`;
}
