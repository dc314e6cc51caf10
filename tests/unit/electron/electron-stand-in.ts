/**
 * A STAND-IN for the `electron` module, because the Electron binary cannot be installed on this machine
 * (node_modules/electron has no dist/). It implements just the calls CareBinder's bundles make, records
 * them, and lets a test play the part of Electron (fire 'suspend', send an IPC message, navigate). It is
 * not Electron: the real window, sandbox and protocol are exercised by tests/electron/*.spec.ts where the
 * binary exists.
 */
import vm from 'node:vm';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

type Listener = (...args: never[]) => unknown;

/** A recorded event emitter: `on`/`once` store listeners, `fire` calls them. */
class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(name: string, listener: Listener): this {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    return this;
  }
  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
  fire(name: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(name) ?? []).map((listener) =>
      (listener as (...a: unknown[]) => unknown)(...args),
    );
  }
}

/** A stand-in webContents: records what main sends and the handlers main installs. */
export class StandInWebContents extends Emitter {
  readonly id: number;
  readonly sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  constructor(id: number) {
    super();
    this.id = id;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

/** A cancellable event as Electron passes to will-navigate & co. */
export function standInEvent(): { preventDefault(): void; prevented: boolean } {
  const event = {
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

/** Builds a fresh stand-in `electron` module and the log of what was called on it, in order. */
export function createElectronStandIn(appDataDir: string) {
  const order: string[] = [];
  let nextId = 1;
  const paths = new Map<string, string>([['appData', appDataDir]]);
  const app = new (class extends Emitter {
    isPackaged = false;
    name = '';
    sandboxed = false;
    setName(name: string) {
      this.name = name;
    }
    setPath(name: string, value: string) {
      paths.set(name, value);
    }
    getPath(name: string) {
      const value = paths.get(name);
      if (!value) throw new Error(`stand-in app.getPath: ${name} not set`);
      return value;
    }
    enableSandbox() {
      this.sandboxed = true;
      order.push('enableSandbox');
    }
    requestSingleInstanceLock() {
      return true;
    }
    whenReady() {
      order.push('whenReady');
      return Promise.resolve();
    }
    quit() {
      order.push('quit');
    }
    exit(code: number) {
      order.push(`exit:${code}`);
    }
  })();

  const protocol = {
    schemes: [] as unknown[],
    handlers: new Map<string, (request: Request) => Promise<Response>>(),
    registerSchemesAsPrivileged(schemes: unknown[]) {
      order.push('registerSchemesAsPrivileged');
      protocol.schemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      protocol.handlers.set(scheme, handler);
    },
  };

  const ipcMain = {
    handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) {
      if (ipcMain.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      order.push(`ipcMain.handle:${channel}`);
      ipcMain.handlers.set(channel, handler);
    },
  };

  const defaultSession = new (class extends Emitter {
    permissionRequest:
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
    permissionCheck: ((...args: unknown[]) => boolean) | null = null;
    devicePermission: ((...args: unknown[]) => boolean) | null = null;
    spellChecker: boolean | null = null;
    dictionaryUrl: string | null = null;
    beforeRequest:
      ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null = null;
    webRequest = {
      onBeforeRequest: (listener: NonNullable<typeof this.beforeRequest>) => {
        this.beforeRequest = listener;
      },
    };
    setPermissionRequestHandler(handler: NonNullable<typeof this.permissionRequest>) {
      this.permissionRequest = handler;
    }
    setPermissionCheckHandler(handler: NonNullable<typeof this.permissionCheck>) {
      this.permissionCheck = handler;
    }
    setDevicePermissionHandler(handler: NonNullable<typeof this.devicePermission>) {
      this.devicePermission = handler;
    }
    setSpellCheckerEnabled(enabled: boolean) {
      this.spellChecker = enabled;
    }
    setSpellCheckerDictionaryDownloadURL(url: string) {
      this.dictionaryUrl = url;
    }
  })();

  const windows: StandInBrowserWindow[] = [];
  class StandInBrowserWindow extends Emitter {
    readonly options: Record<string, unknown>;
    readonly webContents = new StandInWebContents(nextId++);
    loadedUrl: string | null = null;
    shown = false;
    constructor(options: Record<string, unknown>) {
      super();
      order.push('new BrowserWindow');
      this.options = options;
      windows.push(this);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1000, height: 700 };
    }
    show() {
      this.shown = true;
    }
    maximize() {}
    restore() {}
    focus() {}
  }

  const menu = { template: null as unknown };
  const module = {
    app,
    protocol,
    ipcMain,
    session: { defaultSession },
    powerMonitor: new Emitter(),
    BrowserWindow: StandInBrowserWindow,
    nativeTheme: { shouldUseDarkColors: false },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (template: unknown) => {
        menu.template = template;
      },
    },
    dialog: { showMessageBox: () => Promise.resolve({ response: 0 }) },
  };
  return { module, order, windows, menu, paths };
}

/**
 * Runs a CommonJS bundle the way Electron would, with `require('electron')` answered by `electron`
 * and every other module resolved from the repository. Returns the module names the bundle required.
 */
export function runBundle(file: string, electron: unknown, repoRoot: string): string[] {
  const required: string[] = [];
  const realRequire = createRequire(path.join(repoRoot, 'package.json'));
  const requireStandIn = (name: string) => {
    required.push(name);
    return name === 'electron' ? electron : realRequire(name);
  };
  const wrapper = vm.compileFunction(
    fs.readFileSync(file, 'utf8'),
    ['require', 'module', 'exports', '__dirname', '__filename'],
    {
      filename: file,
    },
  );
  const module = { exports: {} };
  wrapper(requireStandIn, module, module.exports, path.dirname(file), file);
  return required;
}
