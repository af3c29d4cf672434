import { homedir } from 'node:os';
import { join } from 'node:path';

/** The database file's name in the desktop app's user-data folder. */
export const DB_FILE_NAME = 'antq-records.sqlite';

/**
 * Where the desktop app keeps the office database (Electron's `app.getPath('userData')` for an app named
 * antq-records), computed without electron so web mode opens the same office's data by default.
 */
export function defaultDbPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), 'antq-records', DB_FILE_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'antq-records', DB_FILE_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'antq-records', DB_FILE_NAME);
}
