/**
 * The preload (sandboxed, CommonJS): the renderer gets `window.antq.call` and `window.antq.onChanges`,
 * never ipcRenderer itself. Everything the renderer may do is an API method the core validates and
 * role-checks; the one event it hears is the change feed, checked for shape before it is passed on.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiClient } from '../contract';
import { isChangesPage } from './changes-page';

// The channel names match src-main/shell/ipc.ts and shell/change-push.ts; the preload may import nothing else from the app.
const API_CHANNEL = 'api';
const CHANGES_CHANNEL = 'changes';

const client: ApiClient = {
  call: (name, input) => ipcRenderer.invoke(API_CHANNEL, name, input),
  onChanges: (listener) => {
    const relay = (_event: IpcRendererEvent, page: unknown) => {
      if (isChangesPage(page)) listener(page);
    };
    ipcRenderer.on(CHANGES_CHANNEL, relay);
    return () => void ipcRenderer.removeListener(CHANGES_CHANNEL, relay);
  },
};

contextBridge.exposeInMainWorld('antq', client);
