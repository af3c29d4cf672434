import { handle } from '../api/define';
import { systemContract } from '../../contract/system/system.contract';
import { readSettings, writeSettings } from './settings.repo';

/** The office's names and place, for the settings page and for report and certificate headings. */
export const getSettings = handle(systemContract, 'system.settings.get', (ctx) => readSettings(ctx.db));

/** Changes the office's names and place (administrators only). */
export const updateSettings = handle(systemContract, 'system.settings.update', (ctx, input) => {
  writeSettings(ctx.db, input, ctx.now);
  return readSettings(ctx.db);
});
