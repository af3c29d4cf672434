import { basename } from 'node:path';
import { z } from 'zod';
import { defineMethod } from '../api/define';

const StatusOut = z.object({
  path: z.string().nullable(),
  /** The file name alone, for the status bar. */
  fileName: z.string().nullable(),
  schemaVersion: z.number().int(),
  journalBytes: z.number().int(),
  lastSavedAt: z.string().nullable(),
  lastCheckpointAt: z.string().nullable(),
  lastBackup: z.object({ file: z.string(), at: z.string() }).nullable(),
  /** False for the in-memory database of tests: no backups, no file. */
  backupsAvailable: z.boolean(),
  /** Vietnamese text of a background failure to show in the status bar, or null. */
  problem: z.string().nullable(),
});

/** The database file, its saved state and the last backup: what the status bar shows. */
export const systemStatus = defineMethod({
  name: 'system.status',
  role: 'viewer',
  summary: 'Trạng thái cơ sở dữ liệu (tệp, đã lưu, bản sao lưu gần nhất).',
  input: z.object({}),
  output: StatusOut,
  handler: (ctx) => {
    const s = ctx.env.store.status();
    return {
      ...s,
      fileName: s.path ? basename(s.path) : null,
      lastCheckpointAt: s.lastCheckpointAt ?? null,
      backupsAvailable: s.path !== null,
      problem: s.problem ?? null,
    };
  },
});
