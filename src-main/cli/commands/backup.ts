import { EXIT_FAILED, EXIT_OK, formatBytes } from '../cli-context';
import type { CliCommand } from '../command';
import { CLI_CALLER } from '../cli-caller';

/** Makes a verified backup now, through the same API method the settings page uses. */
export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --db FILE',
  summary: 'Tạo bản sao lưu ngay (đã kiểm tra toàn vẹn).',
  needs: 'core',
  async run(_args, io, core) {
    if (!core) return EXIT_FAILED;
    const r = await core.call('system.backups.create', {}, CLI_CALLER);
    if (!r.ok) {
      io.err(r.error.message);
      return EXIT_FAILED;
    }
    const made = r.data;
    io.out(`Đã tạo bản sao lưu "${made.name}" (${formatBytes(made.bytes)}).`);
    return EXIT_OK;
  },
};
