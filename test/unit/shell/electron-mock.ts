/**
 * A stand-in for the `electron` module, enough for the shell's window, session and IPC wiring: it records
 * what the shell registers (IPC handlers, permission handlers, protocol handlers, window options) so a
 * test can call them as Electron would. Used through `vi.mock('electron', () => electronMock)`.
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: unknown[]) => unknown;

export const recorded = {
  ipcHandlers: new Map<string, Handler>(),
  windows: [] as FakeWindow[],
  permissionRequest: null as Handler | null,
  permissionCheck: null as Handler | null,
  headers: null as Handler | null,
  protocols: new Map<string, (req: Request) => Promise<Response>>(),
  privileged: [] as unknown[],
  appEvents: new EventEmitter(),
};

/** A web contents: an event emitter with an id, and the window-open handler the shell sets. */
export class FakeContents extends EventEmitter {
  static next = 1;
  readonly id = FakeContents.next++;
  openHandler: Handler | null = null;
  setWindowOpenHandler(fn: Handler): void {
    this.openHandler = fn;
  }
  isDestroyed(): boolean {
    return false;
  }
  getURL(): string {
    return 'app://antq/index.html';
  }
  /** What the shell pushed to this window, by channel, in order. */
  readonly sent: [string, unknown][] = [];
  send(channel: string, data: unknown): void {
    this.sent.push([channel, data]);
  }
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  loaded: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    recorded.windows.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded = url;
    return Promise.resolve();
  }
  loadFile(file: string): Promise<void> {
    this.loaded = `file:${file}`;
    return Promise.resolve();
  }
  show(): void {}
  static getAllWindows(): FakeWindow[] {
    return recorded.windows;
  }
}

export const electronMock = {
  app: {
    isPackaged: true,
    getPath: () => '/tmp/antq-user-data',
    on: (name: string, fn: Handler) => recorded.appEvents.on(name, fn),
  },
  ipcMain: {
    handle: (channel: string, fn: Handler) => recorded.ipcHandlers.set(channel, fn),
    removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
  },
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privileged.push(...schemes) },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: (fn: Handler) => (recorded.headers = fn) },
      setPermissionRequestHandler: (fn: Handler) => (recorded.permissionRequest = fn),
      setPermissionCheckHandler: (fn: Handler) => (recorded.permissionCheck = fn),
      protocol: { handle: (scheme: string, fn: (req: Request) => Promise<Response>) => recorded.protocols.set(scheme, fn) },
    },
  },
  BrowserWindow: FakeWindow,
};
