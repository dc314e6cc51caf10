import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fuzzTarget } from '../../../main/scripts/fuzz.ts';
import { hangs, nestedBug } from './toy-targets.ts';

// The worker thread imports the target module by path and reads the export named `target`; these toy
// targets are exported under other names, so each run points the worker at a one-line re-export.
describe('the coverage-guided fuzzer', () => {
  it('breeds inputs that reach new branches until it finds the bug behind them, and skips expected refusals', async () => {
    const result = await fuzzTarget(
      {
        file: fileURLToPath(new URL('./toy-nested.fuzz.ts', import.meta.url)),
        target: nestedBug,
        seeds: [Buffer.from('no'), Buffer.from('abc')],
      },
      3,
      1,
    );
    expect(result.corpus).toBeGreaterThan(2);
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding).toMatchObject({ kind: 'exception', message: 'three high bytes in a row' });
    expect([...finding!.input.subarray(0, 3)].every((b) => b >= 0x80)).toBe(true);
  });

  it('reports an input that never finishes as a timeout, with the input', async () => {
    const result = await fuzzTarget(
      {
        file: fileURLToPath(new URL('./toy-hang.fuzz.ts', import.meta.url)),
        target: hangs,
        seeds: [Buffer.from('loop')],
      },
      2,
      1,
    );
    expect(result.findings[0]).toMatchObject({ kind: 'timeout' });
    expect(result.findings[0]!.input.toString('latin1')).toBe('loop');
  });
});
