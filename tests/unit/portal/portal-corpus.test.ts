import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPortalEval } from '../../../main/eval/portal.eval.ts';

// The evaluation corpus is third-party: read at run time, never copied; skipped when absent.
const portalDir = resolve(import.meta.dirname, '../../../../shared/corpus/portal');
const present = existsSync(resolve(portalDir, 'expected.jsonl'));

describe.skipIf(!present)('portal corpus', () => {
  it('imports every file and matches the expected counts for at least 95% of them', () => {
    const summary = runPortalEval(portalDir, () => undefined);
    expect(summary.imported).toBe(summary.files);
    expect(summary.countsMatched / summary.compared).toBeGreaterThanOrEqual(0.95);
  });
});
