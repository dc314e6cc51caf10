import { isDeepStrictEqual } from 'node:util';
import { sha256Hex } from '../../../main/core/crypto/aead.ts';
import { AppError } from '../../../main/core/errors.ts';
import { canonicalJson } from '../../../main/core/vault/canonical-json.ts';
import { parseHeader, serializeHeader } from '../../../main/core/vault/vault-header.ts';
import { check, type FuzzTarget } from '../engine/fuzz-target.ts';

/**
 * The vault's settings file is read before any key exists, so a damaged or tampered file must be answered
 * with VAULT_INTEGRITY (or VAULT_UNSUPPORTED for a newer version), never another error. Each input is tried
 * as the whole file and, when it is JSON, as the header inside a wrapper with a correct checksum — so
 * mutations get past the checksum to the schema.
 */
export const target: FuzzTarget = {
  name: 'vault-header',
  covers: ['main/core/vault/vault-header.ts', 'main/core/vault/canonical-json.ts'],
  maxLength: 4096,
  dictionary: [
    '"format":"carebinder-vault"',
    '"version":1',
    '"version":2',
    '"vaultId":"',
    '"kdf":{',
    '"argon2id"',
    '"memoryKiB":',
    '"passes":',
    '"parallelism":',
    '"salt":"',
    '"database":{"cipher":"sqlcipher","legacy":4}',
    '"slots":{',
    '"passphrase":{',
    '"recovery":{',
    '"device":{',
    '"wrapped":"',
    '"check":"',
    '"mac":"',
    '"checksum":"',
    '"header":',
    '"__proto__":',
    'null',
    'true',
    '1e999',
    '-0',
    '[]',
    '{}',
    '"\\u0000"',
  ],
  run(data) {
    const text = data.toString('utf8');
    const attempts = [text];
    const header = parseJson(text);
    if (header !== undefined)
      attempts.push(JSON.stringify({ header, checksum: sha256Hex(canonicalJson(header)) }));
    for (const attempt of attempts) {
      try {
        accepts(attempt);
      } catch (error) {
        if (!isRefusal(error)) throw error;
      }
    }
  },
};

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined; // not JSON: only the whole-file attempt applies
  }
}

/** The answers parseHeader documents for a file it will not open. */
const isRefusal = (error: unknown): boolean =>
  error instanceof AppError && (error.code === 'VAULT_INTEGRITY' || error.code === 'VAULT_UNSUPPORTED');

/** Parses a settings file; one it accepts must survive being written and read again unchanged. */
function accepts(text: string): void {
  const header = parseHeader(text);
  check(isDeepStrictEqual(parseHeader(serializeHeader(header)), header), 'an accepted header round-trips');
}
