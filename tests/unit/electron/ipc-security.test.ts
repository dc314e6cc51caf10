import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/api/contract.ts';
import { AppContext } from '../../../main/api/app-context.ts';
import { handlers } from '../../../main/api/handlers/index.ts';
import { createRouter } from '../../../main/api/router.ts';
import { KeytarKeychain } from '../../../main/core/keychain/keytar-keychain.ts';
import {
  guardedDispatch,
  isTrustedSender,
  REFUSED,
  type IpcSender,
} from '../../../main/electron/ipc-security.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const OURS = 7;
const good: IpcSender = { frameUrl: 'app://carebinder/index.html', isMainFrame: true, webContentsId: OURS };

describe('isTrustedSender', () => {
  it('accepts the main frame of our window on our origin', () => {
    expect(isTrustedSender(good, OURS)).toBe(true);
    expect(isTrustedSender({ ...good, frameUrl: 'app://carebinder/#/people' }, OURS)).toBe(true);
  });

  it('refuses other origins', () => {
    for (const frameUrl of [
      'file:///home/user/index.html',
      'http://127.0.0.1:5173/',
      'https://example.com/',
      'app://other/index.html',
      'devtools://devtools/bundled/inspector.html',
      'about:blank',
      '',
    ]) {
      expect(isTrustedSender({ ...good, frameUrl }, OURS), frameUrl).toBe(false);
    }
  });

  it('refuses a different webContents, an iframe, a missing frame and a window not yet open', () => {
    expect(isTrustedSender({ ...good, webContentsId: OURS + 1 }, OURS)).toBe(false);
    expect(isTrustedSender({ ...good, isMainFrame: false }, OURS)).toBe(false);
    expect(isTrustedSender(null, OURS)).toBe(false);
    expect(isTrustedSender(good, null)).toBe(false);
  });
});

describe('guardedDispatch', () => {
  const makeDispatch = () =>
    createRouter(
      new AppContext({ vaultDir: tempDir('cb-ipc-'), keychain: new KeytarKeychain(), door: 'electron' }),
      handlers,
    );

  it('passes a trusted call to the real router', async () => {
    const result = await guardedDispatch(makeDispatch(), good, OURS, CALLS.appInfo, {});
    expect(result).toMatchObject({ ok: true, value: { door: 'electron' } });
  });

  it('refuses an untrusted sender before the router runs', async () => {
    let routed = false;
    const dispatch = async () => {
      routed = true;
      return { ok: true as const, value: null };
    };
    const result = await guardedDispatch(
      dispatch,
      { ...good, frameUrl: 'https://example.com/' },
      OURS,
      CALLS.appInfo,
      {},
    );
    expect(result).toEqual(REFUSED);
    expect(routed).toBe(false);
  });

  it('lets the router refuse names that are not calls', async () => {
    const dispatch = makeDispatch();
    for (const name of [42, null, 'vault:deleteEverything']) {
      const result = await guardedDispatch(dispatch, good, OURS, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });
});
