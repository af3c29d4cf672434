import { app } from 'electron';
import { join, resolve } from 'node:path';
import { APP_ORIGIN } from './app-protocol';
import type { RendererEntry } from './trusted-origin';

/** The office database file (tệp cơ sở dữ liệu) of the desktop app: one per user account on this machine. */
export function databasePath(): string {
  return join(app.getPath('userData'), 'antq-records.sqlite');
}

/** Fonts and layouts: beside the app when packaged, the project's `resources/` when run from out/. */
export function resourcesDir(): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources') : resolve(__dirname, '../../resources');
}

/**
 * The built renderer's page, served from `app://antq/` (not file://, which would trust every local file);
 * electron-vite's dev server replaces it during `npm start`.
 */
export function rendererEntry(): RendererEntry {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  return !app.isPackaged && devUrl ? { url: devUrl } : { app: APP_ORIGIN };
}

/** The folder the app:// protocol serves: the built renderer, nothing else. */
export function rendererDir(): string {
  return join(__dirname, '../renderer');
}

export function preloadPath(): string {
  return join(__dirname, '../preload/index.cjs');
}
