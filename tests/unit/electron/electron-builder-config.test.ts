import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_PACKAGES } from '../../../main/scripts/build-electron.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
// electron-builder's own YAML reader and validator (its dependencies js-yaml and app-builder-lib).
const requireFromRepo = createRequire(path.join(repoRoot, 'package.json'));
const requireFromBuilder = createRequire(requireFromRepo.resolve('electron-builder'));
const yaml = requireFromBuilder('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = requireFromBuilder('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = requireFromBuilder('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

interface BuilderConfig {
  electronVersion: string;
  npmRebuild: boolean;
  publish: unknown;
  asarUnpack: string[];
  files: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  mac: { target: string[] };
  win: { target: string[] };
}

const config = yaml.load(
  fs.readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validator is live: a misspelt fuse is refused.
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNodeX: false } };
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuses/);
  });

  it('pins the installed Electron version and does not rebuild N-API modules', () => {
    const installed = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'node_modules/electron/package.json'), 'utf8'),
    ) as {
      version: string;
    };
    expect(config.electronVersion).toBe(installed.version);
    expect(config.npmRebuild).toBe(false);
    expect(config.publish).toBeNull();
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('unpacks every external package and native addon from the asar', () => {
    expect(config.asarUnpack).toContain('**/*.node');
    for (const pkg of EXTERNAL_PACKAGES.filter((name) => name !== 'electron')) {
      const scope = pkg.startsWith('@') ? pkg.split('/')[0] : null;
      const covered = config.asarUnpack.some(
        (pattern) =>
          pattern === `node_modules/${pkg}/**` || (scope !== null && pattern === `node_modules/${scope}/**`),
      );
      expect(covered, pkg).toBe(true);
    }
  });

  it('ships the bundles and resources for Linux, macOS and Windows', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/**/*', 'resources/**/*']));
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });
});
