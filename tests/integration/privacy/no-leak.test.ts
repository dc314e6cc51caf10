import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.ts';
import { CANARY_NAME, findCanaries, listFiles, scanTree } from './canary.ts';
import type { WitnessedDeletion } from './delete-witness.ts';
import type { BlockedAttempt } from './net-guard.ts';
import type { ScenarioReport } from './no-leak-scenario.ts';

const here = import.meta.dirname;

/** Runs the scenario in its own process; every folder it may write to is fresh and known. */
async function runScenario() {
  const root = tempDir('cb-no-leak-');
  const dirs = Object.fromEntries(
    ['tmp', 'home', 'cwd', 'vault', 'inbox', 'export', 'records'].map((name) => {
      const dir = path.join(root, name);
      fs.mkdirSync(dir);
      return [name, dir];
    }),
  ) as Record<'tmp' | 'home' | 'cwd' | 'vault' | 'inbox' | 'export' | 'records', string>;
  const guardLog = path.join(dirs.records, 'net-guard.jsonl');
  const witnessLog = path.join(dirs.records, 'deleted.jsonl');
  const reportFile = path.join(dirs.records, 'report.json');
  const child = spawn(
    process.execPath,
    [
      '--import',
      path.join(here, 'net-guard.ts'),
      '--import',
      path.join(here, 'delete-witness.ts'),
      path.join(here, 'no-leak-scenario.ts'),
    ],
    {
      cwd: dirs.cwd,
      // Only what the app needs: nothing inherited can point it at another temp, cache or config folder.
      env: {
        PATH: process.env.PATH,
        LANG: 'C.UTF-8',
        TMPDIR: dirs.tmp,
        HOME: dirs.home,
        XDG_CACHE_HOME: path.join(dirs.home, '.cache'),
        XDG_CONFIG_HOME: path.join(dirs.home, '.config'),
        XDG_DATA_HOME: path.join(dirs.home, '.local', 'share'),
        CAREBINDER_LOG_LEVEL: 'debug',
        CB_VAULT_DIR: dirs.vault,
        CB_INBOX: dirs.inbox,
        CB_EXPORT_DIR: dirs.export,
        CB_REPORT: reportFile,
        CB_NET_GUARD_LOG: guardLog,
        CB_WITNESS_LOG: witnessLog,
        CB_WITNESS_ROOTS: [dirs.tmp, dirs.home, dirs.cwd, dirs.vault].join(path.delimiter),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const readLines = <T>(file: string): T[] =>
    fs.existsSync(file)
      ? fs
          .readFileSync(file, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as T)
      : [];
  return {
    dirs,
    code,
    stdout: Buffer.concat(stdout),
    stderr: Buffer.concat(stderr),
    report: fs.existsSync(reportFile)
      ? (JSON.parse(fs.readFileSync(reportFile, 'utf8')) as ScenarioReport)
      : null,
    network: readLines<BlockedAttempt | { phase: string }>(guardLog),
    deletions: readLines<WitnessedDeletion>(witnessLog),
  };
}

describe('no patient data leaves the vault (Node side)', () => {
  it('a canary patient’s name and text appear nowhere on disk, in logs or in messages, and nothing goes online', async () => {
    const run = await runScenario();
    expect(run.code, run.stderr.toString().slice(-3000)).toBe(0);
    const report = run.report!;

    // The guard works in this process and in worker threads, and the scenario then made no attempt at all.
    expect(report.selfTest.main).toHaveLength(6);
    for (const outcome of [...report.selfTest.main, report.selfTest.worker])
      expect(outcome).toMatch(/network blocked by the no-leak test/);
    const marker = run.network.findIndex((entry) => 'phase' in entry);
    expect(marker).toBeGreaterThan(0);
    const selfTest = run.network.slice(0, marker) as BlockedAttempt[];
    expect(new Set(selfTest.map((a) => a.kind))).toEqual(
      new Set(['fetch', 'http.get', 'https.get', 'net.connect', 'dns.lookup', 'dns.promises.lookup']),
    );
    expect(selfTest.some((a) => a.thread !== 0)).toBe(true);
    expect(run.network.slice(marker + 1)).toEqual([]);

    // The scenario really put the canary through every step (otherwise "not found" would prove nothing).
    const byFile = new Map(report.outcomes.map((o) => [o.file, o]));
    const { pdf, scan, notes, corrupt, program } = report.files;
    const ids = [pdf, scan, notes].map((file) => byFile.get(file)?.documentId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(report.tokenHits)).toEqual(new Set(ids)); // the scan's token was read by real OCR
    expect(new Set(report.nameHits)).toEqual(new Set(ids));
    expect(Object.values(report.categories).filter(Boolean).length).toBeGreaterThanOrEqual(3);
    expect(report.medications.map((m) => m.toLowerCase())).toEqual(
      expect.arrayContaining([expect.stringMatching(/ondansetron|tamoxifen/)]),
    );
    expect(report.pageImageBytes).toBeGreaterThan(1000);
    expect(fs.existsSync(report.backupPath)).toBe(true);
    expect(report.backupPath.startsWith(run.dirs.home + path.sep)).toBe(true);
    // Positive control for the scanner: the export (outside the scanned folders) holds the canary in clear.
    expect(report.exportFiles.length).toBeGreaterThan(0);
    expect(scanTree(run.dirs.export).length).toBeGreaterThan(0);

    // Bad files named after the patient: the import list names the file; the message never does.
    for (const file of [corrupt, program]) {
      const outcome = byFile.get(file)!;
      expect(outcome.file).toContain(CANARY_NAME);
      expect(outcome.error?.code).toBe('FILE_REFUSED');
      expect(findCanaries('message', Buffer.from(outcome.error!.message))).toEqual([]);
    }
    // Every error any call answered with (not found, wrong passphrase, …) is free of patient data.
    expect(report.errors.map((e) => e.code)).toEqual(
      expect.arrayContaining(['NOT_FOUND', 'WRONG_PASSPHRASE']),
    );
    expect(report.errors.flatMap((e) => findCanaries(`${e.call} message`, Buffer.from(e.message)))).toEqual(
      [],
    );

    // Logs at debug level (the logger's sink is stderr) and anything printed: no canary.
    expect(run.stderr.toString()).toMatch(/\[carebinder\] info vault\.created/);
    expect(findCanaries('stderr (logs)', run.stderr)).toEqual([]);
    expect(findCanaries('stdout', run.stdout)).toEqual([]);

    // The vault (scanned unlocked too, with its write-ahead log), temp, home (with the backup) and the
    // working folder: nothing in clear, in file contents or names, and nothing plain deleted on the way.
    expect(report.vaultHitsWhileUnlocked).toEqual([]);
    for (const dir of [run.dirs.vault, run.dirs.tmp, run.dirs.home, run.dirs.cwd])
      expect(scanTree(dir), dir).toEqual([]);
    expect(run.deletions.filter((d) => d.hits.length > 0)).toEqual([]);
    // tesseract.js reads the bundled model and caches nothing (its default cache is the working folder).
    expect(listFiles(run.dirs.cwd)).toEqual([]);
  }, 300_000);
});
