import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors.ts';
import { parseHeader } from '../../../main/core/vault/vault-header.ts';

/** The code parseHeader answers with, or 'accepted'. */
function verdict(text: string): string {
  try {
    parseHeader(text);
    return 'accepted';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

// Found while fuzzing the vault header (tests/fuzz/targets/vault-header.fuzz.ts): a settings file nested
// ten thousand levels deep overflowed the stack while its checksum was computed, so unlocking failed with
// "something went wrong" instead of saying the file is damaged.
describe('a tampered vault settings file', () => {
  it('nested thousands of levels deep is reported as damage', () => {
    for (const depth of [10_000, 1_000_000]) {
      const text = `{"header":${'['.repeat(depth)}${']'.repeat(depth)},"checksum":"0"}`;
      expect(verdict(text)).toBe('VAULT_INTEGRITY');
    }
  });

  it('that is not JSON, or not the wrapper, is reported as damage', () => {
    for (const text of ['', 'null', '[]', '{"header":{}}', '{"header":{},"checksum":1}', '{"header":']) {
      expect(verdict(text), text).toBe('VAULT_INTEGRITY');
    }
  });
});
