/**
 * The preload (sandboxed, CommonJS): the renderer gets exactly one function, `window.antq.call`, never
 * ipcRenderer itself. Everything the renderer may do is an API method the core validates and role-checks.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiClient } from '../contract';

// The channel name matches src-main/shell/ipc.ts; the preload may import nothing else from the app.
const API_CHANNEL = 'api';

const client: ApiClient = {
  call: (name, input) => ipcRenderer.invoke(API_CHANNEL, name, input),
};

contextBridge.exposeInMainWorld('antq', client);
