import { z } from 'zod';
import { defineMethod } from '../api/define';

const StatusOut = z.object({
  path: z.string().nullable(),
  schemaVersion: z.number().int(),
  journalBytes: z.number().int(),
  lastSavedAt: z.string().nullable(),
  lastBackup: z.object({ file: z.string(), at: z.string() }).nullable(),
});

/** The database file, its saved state and the last backup: what the status bar shows. */
export const systemStatus = defineMethod({
  name: 'system.status',
  role: 'viewer',
  summary: 'Trạng thái cơ sở dữ liệu (tệp, đã lưu, bản sao lưu gần nhất).',
  input: z.object({}),
  output: StatusOut,
  handler: (ctx) => ctx.env.store.status(),
});
