import { extname } from 'node:path';
import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../cli-context';
import type { CliCommand } from '../command';
import { readInputFile } from '../named-files';

/** Issues printed at most; the rest are counted. */
const SHOWN_ISSUES = 50;

/** Imports a unit list (CSV/XLSX) through units.import: all rows or none, problems listed by row. */
export const importUnitsCommand: CliCommand = {
  name: 'import-units',
  usage: 'import-units --db FILE --file UNITS.csv|.xlsx [--format csv|xlsx]',
  summary: 'Nhập danh sách đơn vị từ tệp CSV/XLSX (tất cả hoặc không; báo lỗi từng dòng).',
  needs: 'core',
  async run(args, io, core) {
    if (!core) return EXIT_FAILED;
    const file = flagValue(args, 'file');
    if (!file) {
      io.err('Thiếu tệp danh sách đơn vị: hãy thêm --file ĐƯỜNG_DẪN_TỆP (.csv hoặc .xlsx).');
      return EXIT_USAGE;
    }
    const format = flagValue(args, 'format') ?? extname(file).slice(1).toLowerCase();
    if (format !== 'csv' && format !== 'xlsx') {
      io.err('Không rõ định dạng tệp: dùng tệp .csv hoặc .xlsx, hoặc thêm --format csv|xlsx.');
      return EXIT_USAGE;
    }
    const bytes = readInputFile(file, io);
    if (!bytes) return EXIT_FAILED;
    const r = await core.call('units.import', { format, contentBase64: bytes.toString('base64') }, CLI_CALLER);
    if (!r.ok) {
      io.err(r.error.message);
      const issues = r.error.issues ?? [];
      for (const issue of issues.slice(1, SHOWN_ISSUES)) io.err(issue.message);
      if (issues.length > SHOWN_ISSUES) io.err(`… và ${issues.length - SHOWN_ISSUES} lỗi khác.`);
      return EXIT_FAILED;
    }
    io.out(`Đã nhập ${r.data.created} đơn vị.`);
    return EXIT_OK;
  },
};
