import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { AppContext } from '../../../main/api/app-context.ts';
import { handlers } from '../../../main/api/handlers/index.ts';
import { createRouter } from '../../../main/api/router.ts';
import { KeytarKeychain } from '../../../main/core/keychain/keytar-keychain.ts';
import { openApp } from '../../helpers/api-harness.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A router over `vaultDir` with no vault opened (the first-run or unlock screen's view). */
function lockedRouter(vaultDir: string) {
  const ctx = new AppContext({ vaultDir, keychain: new KeytarKeychain(), door: 'browser' });
  return createRouter(ctx, handlers);
}

describe('display settings (text size)', () => {
  it('are read and changed while the vault is locked, and kept for the next start', async () => {
    const app = await openApp();
    expect(await app.call(CALLS.settingsDisplay, {})).toEqual({ textSize: 100 });
    expect(await app.call(CALLS.settingsUpdateDisplay, { textSize: 175 })).toEqual({ textSize: 175 });

    app.ctx.lock('user');
    expect(await app.dispatch(CALLS.settingsGet, {})).toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED' },
    });
    expect(await app.dispatch(CALLS.settingsDisplay, {})).toEqual({ ok: true, value: { textSize: 175 } });
    expect(await app.dispatch(CALLS.settingsUpdateDisplay, { textSize: 200 })).toEqual({
      ok: true,
      value: { textSize: 200 },
    });

    // A new start of the app (same folder) shows the unlock screen at that size.
    expect(await lockedRouter(app.ctx.vaultDir)(CALLS.settingsDisplay, {})).toEqual({
      ok: true,
      value: { textSize: 200 },
    });
  });

  it('work before any vault exists and hold nothing but the size', async () => {
    const vaultDir = path.join(tempDir(), 'not-created-yet');
    const dispatch = lockedRouter(vaultDir);
    expect(await dispatch(CALLS.settingsUpdateDisplay, { textSize: 125 })).toEqual({
      ok: true,
      value: { textSize: 125 },
    });
    expect(fs.readdirSync(vaultDir)).toEqual(['display.json']);
    expect(JSON.parse(fs.readFileSync(path.join(vaultDir, 'display.json'), 'utf8'))).toEqual({
      textSize: 125,
    });
  });

  it('refuse sizes that are not offered and fall back to normal for an unreadable file', async () => {
    const vaultDir = path.join(tempDir(), 'vault');
    const dispatch = lockedRouter(vaultDir);
    expect(await dispatch(CALLS.settingsUpdateDisplay, { textSize: 300 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    fs.mkdirSync(vaultDir, { recursive: true });
    fs.writeFileSync(path.join(vaultDir, 'display.json'), '{"textSize": 130');
    expect(await dispatch(CALLS.settingsDisplay, {})).toEqual({ ok: true, value: { textSize: 100 } });
  });
});
