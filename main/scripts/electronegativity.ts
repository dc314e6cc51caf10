/**
 * Electronegativity audit of the Electron door:
 *
 *   node main/scripts/electronegativity.ts [--json]
 *
 * Scans what the desktop app is made of — the sources of main/electron and preload (where calls such as
 * `new BrowserWindow(...)` are still visible by name), the esbuild bundles that actually ship
 * (dist/electron/*.cjs, built afresh into a temp folder), the renderer's page and sources, and package.json
 * — and exits 1 on any HIGH or MEDIUM finding that is not in FALSE_POSITIVES below, on an allowance that no
 * longer matches anything (so the list cannot go stale), or on a file it could not parse.
 *
 * Electronegativity's own entry points (CLI and `run()`) first download translations from GitHub, and on
 * Node 24 a failed download crashes the process from inside `got`'s retry timer; its release check
 * (AvailableSecurityFixesGlobalCheck) downloads Electron's release list. So this script drives its parser,
 * checks and global checks directly, with the translations it ships and no network at all.
 */
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../electron/app-assets.ts';
import { createWindowOptions } from '../electron/window-options.ts';
import { buildElectronBundles } from './build-electron.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const requireFromRepo = createRequire(path.join(repoRoot, 'package.json'));
const ENGINE_DIR = path.dirname(requireFromRepo.resolve('@doyensec/electronegativity/package.json'));

/** Severity names as Electronegativity reports them, most serious first. */
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

/** One finding, with its file relative to the repository (bundles appear as dist/electron/NAME.js). */
export interface Finding {
  id: string;
  severity: Severity;
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string;
  description: string;
}

/** Findings we accept because the check cannot see that we do the right thing, and why. */
export interface Allowance {
  id: string;
  files: readonly string[];
  /** When set, only a finding whose source line matches (so a new call in the same file is not covered). */
  line?: RegExp;
  reason: string;
}

/**
 * Electronegativity reads code, not values. Two of our settings are values computed by functions it cannot
 * follow, so their evaluated results are staged as the literal code its checks recognise:
 * - the window options from createWindowOptions() (release build) as `new BrowserWindow({...})`;
 * - the CSP that createAssetHandler() sends on every app:// response as an `onHeadersReceived`-style
 *   `responseHeaders` object, which its CSP check finds and grades with Google's CSP evaluator.
 */
export const EVALUATED = {
  windowOptions: 'evaluated/browser-window.js',
  cspHeader: 'evaluated/csp-header.js',
} as const;

/**
 * Findings that are false positives, each with its reason. Anything not listed here that is HIGH or
 * MEDIUM fails the audit; an entry that matches nothing fails it too, so it is removed when it is no
 * longer needed.
 */
export const FALSE_POSITIVES: readonly Allowance[] = [
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    files: ['main/electron/main-window.ts'],
    line: /new BrowserWindow\(/,
    reason:
      'new BrowserWindow(createWindowOptions(...)): the check reads only an object literal and assumes the ' +
      `worst; the evaluated options are checked in ${EVALUATED.windowOptions} (contextIsolation: true).`,
  },
  {
    id: 'SANDBOX_JS_CHECK',
    files: ['main/electron/main-window.ts'],
    line: /new BrowserWindow\(/,
    reason:
      'new BrowserWindow(createWindowOptions(...)): the check reads only an object literal and assumes the ' +
      `worst; the evaluated options are checked in ${EVALUATED.windowOptions} (sandbox: true).`,
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    files: ['main/electron/main-window.ts', EVALUATED.windowOptions],
    line: /new BrowserWindow\(/,
    reason:
      'It asks for disableBlinkFeatures: "Auxclick", a Chromium flag that no longer exists (electron/electron' +
      '#10315). What a middle-click does — ask for a new window — is denied by hardenWebContents() ' +
      '(setWindowOpenHandler → deny, will-navigate away from app:// → prevented; main-composition.test.ts).',
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    files: ['main/electron/electron-desktop.ts', 'dist/electron/main.js'],
    line: /\.openExternal\(mailto\);$/,
    reason:
      'Reviewed: the one openExternal call opens the mail draft after an export. Its link is built in main ' +
      'from fixed text (mailDraftLink in mail-draft.ts: subject and body only, no recipient, no attach=), ' +
      'never taken from the page, and electronDesktop() refuses anything that is not a mailto: link.',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    files: [EVALUATED.windowOptions],
    line: /^"preload":/,
    reason:
      'A "review the preload" prompt raised for any preload at all. Reviewed: it runs sandboxed with context ' +
      'isolation and exposes exactly one object, window.carebinder (call, onEvent, pathForFile), through ' +
      'contextBridge — never ipcRenderer or a page-chosen channel (preload.test.ts checks the built bundle).',
  },
];

// --- Electronegativity's internals (CommonJS, untyped): only what this script calls. ---

interface EngineIssue {
  id: string;
  file: string;
  sample?: string;
  description: string;
  location: { line: number; column: number };
  severity: { name: Severity; value: number };
  confidence: { name: string };
  visibility?: { inlineDisabled?: boolean; globalCheckDisabled?: boolean };
}
interface EngineParser {
  parse(file: string, content: Buffer): [number, unknown, string, { message: string }[] | undefined];
}
interface EngineFinder {
  find(
    file: string,
    data: unknown,
    type: number,
    content: string,
    only: null,
    version: string,
  ): Promise<EngineIssue[]>;
}
interface EngineGlobalChecks {
  getResults(issues: EngineIssue[], output: undefined): Promise<EngineIssue[]>;
}

/** Checks that reach the network: the release list download (we pin and bundle our Electron anyway). */
const NETWORK_CHECKS = ['availablesecurityfixesglobalcheck'];

function loadEngine() {
  const requireEngine = createRequire(path.join(ENGINE_DIR, 'package.json'));
  // The checks' descriptions come from the global `__` that i18n registers; configured here with the
  // bundled English strings instead of the engine's own set-up, which downloads updated ones.
  const i18n = requireEngine('i18n') as { configure(options: object): void };
  i18n.configure({
    locales: ['en-US'],
    defaultLocale: 'en-US',
    directory: path.join(ENGINE_DIR, 'dist', 'locales'),
    updateFiles: false,
    objectNotation: true,
    register: global,
  });
  const { Parser } = requireEngine('./dist/parser/index.js') as {
    Parser: new (babelFirst: boolean, typescriptBabelFirst: boolean) => EngineParser;
  };
  const { Finder, GlobalChecks } = requireEngine('./dist/finder/index.js') as {
    Finder: new (only: string[], exclude: string[], upgrade: undefined) => EngineFinder;
    GlobalChecks: new (only: string[], exclude: string[], upgrade: undefined) => EngineGlobalChecks;
  };
  return {
    // The same parser settings as Electronegativity's runner.
    parser: new Parser(false, true),
    finder: new Finder([], [], undefined),
    globalChecks: new GlobalChecks([], NETWORK_CHECKS, undefined),
  };
}

/** The Electron version the app is built with: the installed package, else the range in package.json. */
export async function electronVersion(): Promise<string> {
  try {
    const installed = JSON.parse(
      await fs.readFile(requireFromRepo.resolve('electron/package.json'), 'utf8'),
    ) as { version: string };
    return installed.version;
  } catch {
    const pkg = JSON.parse(await fs.readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
      optionalDependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const range = pkg.optionalDependencies?.electron ?? pkg.devDependencies?.electron ?? '';
    return range.replace(/^[^\d]*/, '');
  }
}

async function copyTree(from: string, to: string, keep: (file: string) => boolean): Promise<void> {
  for (const entry of await fs.readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await copyTree(source, target, keep);
    else if (keep(entry.name)) {
      await fs.mkdir(to, { recursive: true });
      await fs.copyFile(source, target);
    }
  }
}

const SOURCE = /\.(ts|tsx|html)$/;

/** The evaluated window options and CSP header as code Electronegativity's checks read (see EVALUATED). */
function evaluatedSources(): Record<string, string> {
  const options = createWindowOptions({
    preloadPath: '/app/dist/electron/preload.cjs',
    isDev: false,
    darkMode: false,
    bounds: { width: 1200, height: 820 },
  });
  return {
    [EVALUATED.windowOptions]: `new BrowserWindow(${JSON.stringify(options, null, 2)});\n`,
    [EVALUATED.cspHeader]: `callback({ responseHeaders: { 'Content-Security-Policy': [${JSON.stringify(CONTENT_SECURITY_POLICY)}] } });\n`,
  };
}

/**
 * Lays out what is scanned in `stageDir`, with repository-relative paths: main/electron, preload,
 * renderer (page and sources), package.json, fresh bundles as dist/electron/*.js (Electronegativity reads
 * .js, not .cjs) and the EVALUATED files.
 */
export async function stageSources(stageDir: string): Promise<void> {
  for (const dir of ['main/electron', 'preload', 'renderer']) {
    await copyTree(path.join(repoRoot, dir), path.join(stageDir, dir), (name) => SOURCE.test(name));
  }
  await fs.copyFile(path.join(repoRoot, 'package.json'), path.join(stageDir, 'package.json'));
  const buildDir = path.join(stageDir, '.build');
  const bundleDir = path.join(stageDir, 'dist', 'electron');
  await fs.mkdir(bundleDir, { recursive: true });
  for (const bundle of await buildElectronBundles(buildDir)) {
    await fs.copyFile(bundle, path.join(bundleDir, path.basename(bundle, '.cjs') + '.js'));
  }
  await fs.rm(buildDir, { recursive: true, force: true });
  for (const [file, code] of Object.entries(evaluatedSources())) {
    await fs.mkdir(path.dirname(path.join(stageDir, file)), { recursive: true });
    await fs.writeFile(path.join(stageDir, file), code);
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(js|ts|tsx|html|json)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** What one scan found, and the files it could not parse (those were not checked). */
export interface ScanResult {
  findings: Finding[];
  unparsed: { file: string; message: string }[];
  files: number;
}

/** Runs every Electronegativity check (minus the network one) over the files under `stageDir`. */
export async function scan(stageDir: string, version: string): Promise<ScanResult> {
  const { parser, finder, globalChecks } = loadEngine();
  const issues: EngineIssue[] = [];
  const unparsed: ScanResult['unparsed'] = [];
  const files = await listFiles(stageDir);
  for (const file of files) {
    const relative = path.relative(stageDir, file);
    try {
      const [type, data, content, errors] = parser.parse(file, await fs.readFile(file));
      if (data === null) continue;
      for (const error of errors ?? []) unparsed.push({ file: relative, message: error.message });
      issues.push(...(await finder.find(file, data, type, content, null, version)));
    } catch (error) {
      unparsed.push({ file: relative, message: error instanceof Error ? error.message : String(error) });
    }
  }
  const results = await globalChecks.getResults(issues, undefined);
  const findings = results
    .filter((issue) => !issue.visibility?.inlineDisabled && !issue.visibility?.globalCheckDisabled)
    .map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      // Global checks (e.g. "no CSP anywhere") report the file as N/A.
      file: path.isAbsolute(issue.file) ? path.relative(stageDir, issue.file) : issue.file,
      line: issue.location.line,
      column: issue.location.column,
      sample: (issue.sample ?? '').trim(),
      description: issue.description,
    }));
  return { findings, unparsed, files: files.length };
}

/** The audit's verdict: what fails it, what was accepted (and by which allowance), what is stale. */
export interface Verdict {
  blocking: Finding[];
  allowed: { finding: Finding; allowance: Allowance }[];
  unusedAllowances: Allowance[];
  minor: Finding[];
}

/** Sorts findings: HIGH/MEDIUM fail unless an allowance (same check, same file) covers them. */
export function judge(findings: readonly Finding[], allowances: readonly Allowance[]): Verdict {
  const verdict: Verdict = { blocking: [], allowed: [], unusedAllowances: [], minor: [] };
  const used = new Set<Allowance>();
  for (const finding of findings) {
    if (finding.severity !== 'HIGH' && finding.severity !== 'MEDIUM') {
      verdict.minor.push(finding);
      continue;
    }
    const allowance = allowances.find(
      (a) =>
        a.id === finding.id && a.files.includes(finding.file) && (!a.line || a.line.test(finding.sample)),
    );
    if (allowance) {
      used.add(allowance);
      verdict.allowed.push({ finding, allowance });
    } else verdict.blocking.push(finding);
  }
  verdict.unusedAllowances = allowances.filter((a) => !used.has(a));
  return verdict;
}

/** The whole audit: stage, scan, judge. `passed` is false on blocking findings, stale allowances or parse failures. */
export async function auditElectron(): Promise<{
  version: string;
  scan: ScanResult;
  verdict: Verdict;
  passed: boolean;
}> {
  const stageDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cb-electronegativity-'));
  try {
    await stageSources(stageDir);
    const version = await electronVersion();
    const result = await scan(stageDir, version);
    const verdict = judge(result.findings, FALSE_POSITIVES);
    const passed =
      verdict.blocking.length === 0 && verdict.unusedAllowances.length === 0 && result.unparsed.length === 0;
    return { version, scan: result, verdict, passed };
  } finally {
    await fs.rm(stageDir, { recursive: true, force: true });
  }
}

function where(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await auditElectron();
  const out = (line: string) => process.stdout.write(line + '\n');
  if (process.argv.includes('--json')) {
    out(JSON.stringify(report));
  } else {
    const { verdict, scan: result } = report;
    out(`Electronegativity: ${result.files} files checked against Electron ${report.version}`);
    for (const f of verdict.blocking) out(`  FAIL ${f.severity} ${f.id} at ${where(f)}: ${f.description}`);
    for (const { finding, allowance } of verdict.allowed)
      out(`  allowed ${finding.severity} ${finding.id} at ${where(finding)}: ${allowance.reason}`);
    for (const f of verdict.minor) out(`  note ${f.severity} ${f.id} at ${where(f)}: ${f.description}`);
    for (const a of verdict.unusedAllowances)
      out(
        `  FAIL allowance ${a.id} for ${a.files.join(', ')} matched nothing: remove it from FALSE_POSITIVES`,
      );
    for (const u of result.unparsed) out(`  FAIL could not parse ${u.file}: ${u.message}`);
    out(report.passed ? 'Electronegativity: passed' : 'Electronegativity: FAILED');
  }
  process.exitCode = report.passed ? 0 : 1;
}
