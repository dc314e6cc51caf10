import fs from 'node:fs';
import readline from 'node:readline';
import { seededRandom } from '../../main/core/classify/seeded-random.ts';
import { AppError, systemErrorCode } from '../../main/core/errors.ts';
import { createTesseractOcrService } from '../../main/core/ocr/tesseract-ocr.service.ts';
import { unlockVault } from '../../main/core/vault/vault.service.ts';
import { chooseOp, runOp, type OpContext } from './crash-ops.ts';
import { send, type ChildConfig } from './crash-protocol.ts';
import type { Tripwire } from './tripwire.ts';

async function readConfig(): Promise<ChildConfig | null> {
  for await (const line of readline.createInterface({ input: process.stdin }))
    return JSON.parse(line) as ChildConfig;
  return null;
}

/**
 * The child's life: say "loaded" (the whole core is in memory by now), wait for the vault on stdin — so
 * the parent can start children early and keep loading out of the loop — then unlock it and run random
 * operations for ever, printing each before it starts and again once committed, until SIGKILL.
 */
export async function runChild(tripwire: Tripwire): Promise<void> {
  send({ t: 'loaded' });
  const config = await readConfig();
  if (!config) return; // the run ended without needing this spare child
  const deviceKey = Buffer.from(config.deviceKey, 'hex');
  if (config.tripwire !== null) tripwire.arm(config.tripwire);

  const session = await unlockVault(config.vaultDir, { deviceKey: Buffer.from(deviceKey) });
  send({ t: 'ready' });
  const ctx: OpContext = {
    config,
    fixtures: fs.readdirSync(config.fixturesDir).sort(),
    deviceKey,
    // One engine: the harness's other process (the next child, loading) needs the second core.
    ocr: createTesseractOcrService({ workers: 1 }),
    random: seededRandom(config.seed),
  };
  for (let seq = 0; ; seq++) {
    const op = chooseOp(session, ctx, seq);
    send({ t: 'begin', seq, op });
    try {
      send({ t: 'ack', seq, ack: await runOp(session, op, ctx) });
    } catch (error) {
      send({
        t: 'error',
        seq,
        code: error instanceof AppError ? error.code : systemErrorCode(error),
        message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
      process.exit(1);
    }
  }
}
