/**
 * Bundles the Electron door:
 *
 *   node main/scripts/build-electron.ts [OUT_DIR]      (default dist/electron)
 *
 * main/electron/main.ts → main.cjs and preload/preload.ts → preload.cjs, CommonJS for Node (a sandboxed
 * preload must be CommonJS). Electron and the native or worker-spawning packages stay external and load
 * from node_modules at run time; JSON imports are bundled.
 *
 * The core is ESM and finds its resources relative to its own source file (`import.meta.dirname`). CommonJS
 * has no import.meta, so each source file's `import.meta.{url,filename,dirname}` is rewritten to the path
 * that file has relative to the bundle: the same resources resolve from dist/electron, and from app.asar
 * once packaged (where resources/ sits beside dist/ just as in the repository).
 *
 * Worker threads the core starts with `new Worker(new URL('./x.worker.ts', import.meta.url))` get their own
 * bundle (dist/electron/x.worker.cjs) and the URL is pointed at it, since no .ts file ships in the app.
 */
import { promises as fs, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Packages loaded at run time from node_modules (native addons, wasm or worker scripts, Electron). */
export const EXTERNAL_PACKAGES = [
  'electron',
  'better-sqlite3-multiple-ciphers',
  'keytar',
  '@node-rs/argon2',
  'sharp',
  '@napi-rs/canvas',
  'tesseract.js',
  'pdfjs-dist',
  'libheif-js',
  // Finds its compression worker relative to its own module (import.meta.url): load it from node_modules.
  '@zip.js/zip.js',
] as const;

const IMPORT_META = /\bimport\.meta\.(url|filename|dirname)\b/g;
const WORKER_URL = /new URL\(\s*(['"])(\.{1,2}\/[^'"]+\.worker\.ts)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The bundle name of a worker source file: main/core/import/pdf/pdf.worker.ts → pdf.worker. */
function workerEntryName(file: string): string {
  return path.basename(file, '.ts');
}

/** Every `*.worker.ts` under main/, keyed by its bundle name (which must be unique). */
function findWorkerEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  const files = readdirSync(path.join(repoRoot, 'main'), { recursive: true, encoding: 'utf8' });
  for (const relative of files.filter((file) => file.endsWith('.worker.ts'))) {
    const file = path.join(repoRoot, 'main', relative);
    const name = workerEntryName(file);
    if (entries[name])
      throw new Error(`Two worker files bundle to ${name}.cjs: ${entries[name]} and ${file}`);
    entries[name] = file;
  }
  return entries;
}

/** Rewrites import.meta.{url,filename,dirname} in our own sources to their place relative to the bundle. */
function importMetaPlugin(outDir: string): Plugin {
  return {
    name: 'carebinder-import-meta',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await fs.readFile(args.path, 'utf8');
        const fromBundle = path.relative(outDir, args.path).split(path.sep).join('/');
        const file = `require("node:path").join(__dirname, ${JSON.stringify(fromBundle)})`;
        const withWorkers = source.replace(WORKER_URL, (_match, _quote: string, specifier: string) => {
          const bundled = `${workerEntryName(path.resolve(path.dirname(args.path), specifier))}.cjs`;
          return `require("node:url").pathToFileURL(require("node:path").join(__dirname, ${JSON.stringify(bundled)}))`;
        });
        const contents = withWorkers.replace(IMPORT_META, (_match, key: string) => {
          if (key === 'filename') return `(${file})`;
          if (key === 'dirname') return `require("node:path").dirname(${file})`;
          return `require("node:url").pathToFileURL(${file}).href`;
        });
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * Builds main.cjs, preload.cjs and one .cjs per worker into `outDir` and returns their paths; fails on any
 * warning (e.g. an import.meta left empty).
 */
export async function buildElectronBundles(
  outDir = path.join(repoRoot, 'dist', 'electron'),
): Promise<string[]> {
  const absoluteOut = path.resolve(outDir);
  const result = await build({
    absWorkingDir: repoRoot,
    entryPoints: {
      main: path.join(repoRoot, 'main/electron/main.ts'),
      preload: path.join(repoRoot, 'preload/preload.ts'),
      ...findWorkerEntries(),
    },
    outdir: absoluteOut,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    external: EXTERNAL_PACKAGES.flatMap((name) => [name, `${name}/*`]),
    plugins: [importMetaPlugin(absoluteOut)],
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  if (result.warnings.length > 0) {
    throw new Error(result.warnings.map((w) => `${w.location?.file ?? ''}: ${w.text}`).join('\n'));
  }
  return Object.keys(result.metafile.outputs).map((file) => path.resolve(repoRoot, file));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  buildElectronBundles(process.argv[2])
    .then((files) =>
      process.stdout.write(`built ${files.map((f) => path.relative(repoRoot, f)).join(', ')}\n`),
    )
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
