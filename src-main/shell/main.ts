/**
 * The Electron shell: opens the office database, one window, the IPC channel. It holds no domain logic;
 * everything goes through the core's dispatcher, exactly as web mode does.
 *
 * The core runs in a worker thread of this process (core/host), the same host web mode uses: the main
 * thread then only relays IPC calls, so a long report or a checkpoint no longer freezes the window. A
 * worker thread rather than Electron's utilityProcess: one host for both transports, tested without
 * electron, and the single-writer lock (which names this process) stays valid as it is.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { recoverableBackup, recoverFromBackup } from '../core/app/recover';
import { coreWorkerEntry, openCoreHost, type CoreHost } from '../core/host/core-host';
import { pushChangesToWindows, pushProgressToWindows } from './change-push';
import { registerApiChannel, unregisterApiChannel } from './ipc';
import { guardClose } from './close-guard';
import { installMenu } from './menu';
import { databasePath, resourcesDir } from './paths';
import { createMainWindow, hardenSession, registerAppScheme } from './window';

let core: CoreHost | null = null;
let mainWindow: BrowserWindow | null = null;
let stopPush: (() => void) | null = null;

// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();
// The renderer's own scheme must be declared before the app is ready.
registerAppScheme();

// One instance per user: the database has one writer; a second start just brings the window forward.
if (!app.requestSingleInstanceLock()) app.quit();
else start();

function start(): void {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app
    .whenReady()
    .then(() => openApp())
    .catch((err: unknown) => fail(err));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!core) return;
    // Quitting waits for the worker to finish its calls and checkpoint; then it quits again, core-less.
    event.preventDefault();
    void closeCore().finally(() => app.quit());
  });
}

async function openApp(restoreOffered = false): Promise<void> {
  try {
    core = await openCoreHost({ dbPath: databasePath(), resourcesDir: resourcesDir(), worker: coreWorkerEntry(__dirname) });
  } catch (err) {
    // Offered once: a restored backup that still cannot be opened goes to the error dialog.
    if (!restoreOffered && (await offerRestore(err))) return openApp(true);
    return fail(err);
  }
  hardenSession();
  const tokens = registerApiChannel(core);
  const stopChanges = pushChangesToWindows(core, tokens);
  const stopProgress = pushProgressToWindows(core, tokens);
  stopPush = () => (stopChanges(), stopProgress());
  installMenu(() => mainWindow);
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  guardClose(mainWindow, () => core, tokens);
  // Every acknowledged save is already on disk (journal), so a crashed page can simply be reloaded.
  mainWindow.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[shell] renderer gone: ${details.reason}`);
    if (details.reason !== 'clean-exit') mainWindow?.webContents.reload();
  });
}

/**
 * A damaged database with a backup beside it: offer to restore the newest one. The damaged file is kept
 * as a backup, so accepting loses nothing. Returns true when it was restored and opening should be retried.
 */
async function offerRestore(err: unknown): Promise<boolean> {
  const backup = recoverableBackup(err);
  if (!backup || !(err instanceof Error)) return false;
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Không mở được cơ sở dữ liệu',
    message: err.message,
    detail: 'Khôi phục bản sao lưu gần nhất? Tệp hiện tại được giữ lại thành một bản sao lưu, không bị xoá.',
    buttons: ['Khôi phục bản sao lưu gần nhất', 'Thoát'],
    defaultId: 0,
    cancelId: 1,
  });
  if (response !== 0) return false;
  // A failed restore throws on to the start-up error dialog.
  await recoverFromBackup(databasePath(), backup);
  return true;
}

/**
 * A database that cannot be opened (locked by another program, damaged, from a newer version): the
 * store's Vietnamese message names the file and the backup to restore; the file itself is untouched.
 */
function fail(err: unknown): void {
  const storeRefusal = err instanceof Error && err.name === 'StoreOpenError';
  const message = storeRefusal ? err.message : `Không khởi động được ứng dụng: ${err instanceof Error ? err.message : String(err)}`;
  console.error(`[shell] start failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  dialog.showErrorBox(storeRefusal ? 'Không mở được cơ sở dữ liệu' : 'Không khởi động được ứng dụng', message);
  app.exit(1);
}

/** Closing checkpoints the database (writes it whole) and releases the lock. */
async function closeCore(): Promise<void> {
  unregisterApiChannel();
  stopPush?.();
  stopPush = null;
  const closing = core;
  core = null;
  try {
    await closing?.close();
  } catch (err) {
    console.error(`[shell] closing the database failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
