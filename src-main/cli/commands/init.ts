import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { openCore } from '../../core/app/open-core';
import { migrations } from '../../core/app/domains';
import { openFileStore } from '../../core/db/file-store';
import { EXIT_OK, EXIT_USAGE, requireDbPath } from '../cli-context';
import type { CliCommand } from '../command';
import { officeFlags, setOfficeFrom } from './office';

/** Creates a new office database (or brings an existing one up to the current schema). */
export const initCommand: CliCommand = {
  name: 'init',
  usage: 'init --db FILE [--office-id MÃ --office-code MÃ_ĐƠN_VỊ --office-name "TÊN" --office-level xa|huyen|tinh [--office-parent MÃ]]',
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
    const office = officeFlags(args, 'office-');
    if (!office) return EXIT_OK;
    // office.set reads no fonts or layouts: the database's folder stands in for resources/.
    const core = await openCore({ dbPath, resourcesDir: dirname(dbPath) });
    try {
      return await setOfficeFrom(core, office, io);
    } finally {
      core.close();
    }
  },
};
