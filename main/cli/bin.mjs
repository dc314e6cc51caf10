#!/usr/bin/env node
// The `carebinder` command. The CLI is TypeScript run by Node's built-in type stripping: on by default
// from Node 22.18/23.6; older Node 22 releases need the flag, so re-run with it there.
import { spawnSync } from 'node:child_process';

if (!process.features.typescript) {
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', ...process.argv.slice(1)],
    {
      stdio: 'inherit',
    },
  );
  process.exit(result.status ?? 1);
}
const { runCli } = await import('./main.ts');
process.exitCode = await runCli(process.argv.slice(2), process.env);
