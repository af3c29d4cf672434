import { methodMap } from '../api/define';
import type { Migration } from '../db/migrations';
import { createBackup, listBackups, restoreBackup } from './backups.api';
import { getSettings, updateSettings } from './settings.api';
import { systemStatus } from './system.api';
import { settingsMigration } from './system.schema';

/** API methods of this domain. */
export const systemMethods = methodMap(systemStatus, getSettings, updateSettings, listBackups, createBackup, restoreBackup);

/** Schema steps of this domain. */
export const systemMigrations: Migration[] = [settingsMigration];

export { datedLine } from './dated-line';
export { readSettings } from './settings.repo';
export { OfficeSettings } from './settings';
