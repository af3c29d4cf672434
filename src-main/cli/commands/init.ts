import { existsSync } from 'node:fs';
import { migrations } from '../../core/app/domains';
import { openFileStore } from '../../core/db/file-store';
import { EXIT_OK, EXIT_USAGE, requireDbPath } from '../cli-context';
import type { CliCommand } from '../command';

/** Creates a new office database (or brings an existing one up to the current schema). */
export const initCommand: CliCommand = {
  name: 'init',
  usage: 'init --db FILE',
  summary: 'Tạo cơ sở dữ liệu mới (hoặc nâng cấp lược đồ của tệp đã có).',
  needs: 'raw',
  async run(args, io) {
    const dbPath = requireDbPath(args, io);
    if (!dbPath) return EXIT_USAGE;
    const existed = existsSync(dbPath);
    const store = await openFileStore(dbPath, { migrations });
    const version = store.status().schemaVersion;
    store.close();
    io.out(
      existed
        ? `Cơ sở dữ liệu "${dbPath}" đã có; phiên bản lược đồ ${version}.`
        : `Đã tạo cơ sở dữ liệu "${dbPath}" (phiên bản lược đồ ${version}).`,
    );
    return EXIT_OK;
  },
};
