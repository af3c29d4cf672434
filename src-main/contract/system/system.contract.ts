import { z } from 'zod';
import { requiredText } from '../../shared/input.schema';
import { defineContract } from '../method-spec';
import { OfficeSettings, OfficeSettingsInput } from './settings';

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
  /**
   * Torn journal tails dropped when the database was opened (a crash mid-write, never acknowledged), each
   * first copied to a file beside the journal: the status bar says so.
   */
  keptTornTails: z.array(z.object({ fileName: z.string().max(1024), bytes: z.number().int() })).max(2),
});

/** One backup copy (bản sao lưu) as the API shows it. */
export const BackupOut = z.object({
  name: z.string(),
  at: z.string(),
  reason: z.enum(['daily', 'migration', 'manual', 'before-restore', 'damaged']),
  bytes: z.number().int(),
});

/** The system domain: the database's state, the office settings, backups. */
export const systemContract = defineContract({
  'system.status': {
    role: 'viewer',
    summary: 'Trạng thái cơ sở dữ liệu (tệp, đã lưu, bản sao lưu gần nhất).',
    input: z.object({}),
    output: StatusOut,
  },
  'system.settings.get': {
    role: 'viewer',
    summary: 'Xem cấu hình đơn vị (tên đơn vị, cơ quan cấp trên, tỉnh, địa danh).',
    input: z.object({}),
    output: OfficeSettings,
  },
  'system.settings.update': { role: 'admin', summary: 'Cập nhật cấu hình đơn vị.', input: OfficeSettingsInput, output: OfficeSettings },
  'system.backups.list': {
    role: 'viewer',
    summary: 'Danh sách bản sao lưu, mới nhất trước.',
    input: z.object({}),
    output: z.object({ backups: z.array(BackupOut) }),
  },
  'system.backups.create': { role: 'admin', summary: 'Tạo bản sao lưu ngay.', input: z.object({}), output: BackupOut },
  'system.backups.restore': {
    role: 'admin',
    summary: 'Khôi phục từ một bản sao lưu (dữ liệu hiện tại được giữ lại thành một bản sao lưu để hoàn tác).',
    input: z.object({ name: requiredText('Tên bản sao lưu', 255, 'Hãy chọn bản sao lưu.') }),
    output: z.object({ restored: z.string(), undoBackup: BackupOut }),
  },
});
