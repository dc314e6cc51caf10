import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES } from '../../../main/cli/commands/index.ts';
import { runCli } from '../../../main/cli/main.ts';

describe('CLI command table', () => {
  it('declares exactly the commands each module provides, in order', async () => {
    for (const module of COMMAND_MODULES) {
      const loaded = await module.load();
      expect(loaded.map((c) => c.name)).toEqual(module.names);
    }
  });

  it('lists every command in --help and finds a two-word command', async () => {
    let out = '';
    const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t) };
    expect(await runCli(['--help'], {}, io)).toBe(0);
    for (const name of COMMAND_MODULES.flatMap((m) => m.names)) expect(out).toContain(`  ${name}`);
    out = '';
    expect(await runCli(['meds', 'list', '--help'], {}, io)).toBe(0);
    expect(out).toContain('Usage: carebinder meds list');
  });
});
