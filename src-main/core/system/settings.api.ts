import { defineMethod } from '../api/define';
import { z } from 'zod';
import { OfficeSettings, OfficeSettingsInput } from './settings';
import { readSettings, writeSettings } from './settings.repo';

/** The office's names and place, for the settings page and for report and certificate headings. */
export const getSettings = defineMethod({
  name: 'system.settings.get',
  role: 'viewer',
  summary: 'Xem cấu hình đơn vị (tên đơn vị, cơ quan cấp trên, tỉnh, địa danh).',
  input: z.object({}),
  output: OfficeSettings,
  handler: (ctx) => readSettings(ctx.db),
});

/** Changes the office's names and place (administrators only). */
export const updateSettings = defineMethod({
  name: 'system.settings.update',
  role: 'admin',
  summary: 'Cập nhật cấu hình đơn vị.',
  input: OfficeSettingsInput,
  output: OfficeSettings,
  handler: (ctx, input) => {
    writeSettings(ctx.db, input, ctx.now);
    return readSettings(ctx.db);
  },
});
