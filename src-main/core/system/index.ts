import { methodMap } from '../api/define';
import { defineContractDomain } from '../api/domain';
import { systemContract } from '../../contract/system/system.contract';
import { createBackup, listBackups, restoreBackup } from './backups.api';
import { getSettings, updateSettings } from './settings.api';
import { systemStatus } from './system.api';
import { settingsMigration } from './system.schema';

/** The system domain: the database's state, the office settings, backups. */
export const systemDomain = defineContractDomain({
  name: 'system',
  contract: systemContract,
  methods: methodMap(systemStatus, getSettings, updateSettings, listBackups, createBackup, restoreBackup),
  migrations: [settingsMigration],
});

export { datedLine } from './dated-line';
export { readSettings } from './settings.repo';
export { OfficeSettings } from '../../contract/system/settings';
