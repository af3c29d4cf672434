/**
 * The preload (sandboxed, CommonJS): the renderer gets `window.antq.call`, `window.antq.onChanges` and
 * `window.antq.onProgress`, never ipcRenderer itself. Everything the renderer may do is an API method the
 * core validates and role-checks; the events it hears (the change feed, its own calls' progress) are
 * checked for shape before they are passed on.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiClient } from '../contract';
import { isCallProgress, isChangesPage } from './changes-page';

// The channel names match src-main/shell/ipc.ts and shell/change-push.ts; the preload may import nothing else from the app.
const API_CHANNEL = 'api';
const CHANGES_CHANNEL = 'changes';
const PROGRESS_CHANNEL = 'progress';

const client: ApiClient = {
  call: (name, input) => ipcRenderer.invoke(API_CHANNEL, name, input),
  onChanges: (listener) => {
    const relay = (_event: IpcRendererEvent, page: unknown) => {
      if (isChangesPage(page)) listener(page);
    };
    ipcRenderer.on(CHANGES_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(CHANGES_CHANNEL, relay);
  },
  onProgress: (listener) => {
    const relay = (_event: IpcRendererEvent, progress: unknown) => {
      if (isCallProgress(progress)) listener(progress);
    };
    ipcRenderer.on(PROGRESS_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(PROGRESS_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('antq', client);
