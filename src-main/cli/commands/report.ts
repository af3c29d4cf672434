import { resolve } from 'node:path';
import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, formatBytes } from '../cli-context';
import type { CliCommand } from '../command';
import type { ApiInput } from '../../contract';
import { atomicWriteFile } from '../../core/db/atomic-write';

/** 'YYYY-MM-DD' or 'dd/mm/yyyy' → ISO; anything else → null (the core then checks it is a real day). */
function isoDate(text: string | null | undefined): string | null {
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : null;
}

/**
 * Writes the report for a date range (the province, or one unit with --unit) as the Ministry workbook
 * or the PDF, chosen by the file's extension. The file is written atomically.
 */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: 'report --db FILE --from DATE --to DATE [--unit ID] --out FILE.xlsx|FILE.pdf',
  summary: 'Xuất báo cáo phong trào của một khoảng thời gian ra tệp Excel hoặc PDF.',
  needs: 'core',
  async run(args, io, core) {
    const from = isoDate(flagValue(args, 'from'));
    const to = isoDate(flagValue(args, 'to'));
    const out = flagValue(args, 'out');
    const unitId = flagValue(args, 'unit');
    const kind = out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : out?.toLowerCase().endsWith('.pdf') ? 'pdf' : null;
    if (!from || !to || !out || !kind) {
      io.err(`Cách dùng: ${this.usage}  (ngày dạng YYYY-MM-DD hoặc dd/mm/yyyy)`);
      return EXIT_USAGE;
    }
    if (!core) return EXIT_FAILED;
    const input: ApiInput<'reports.exportXlsx'> = { period: { kind: 'range', from, to }, ...(unitId ? { unitId } : {}) };
    const r = await core.call(kind === 'xlsx' ? 'reports.exportXlsx' : 'reports.exportPdf', input, CLI_CALLER);
    if (!r.ok) {
      io.err(r.error.message);
      return EXIT_FAILED;
    }
    const bytes = Buffer.from(r.data.base64, 'base64');
    const path = resolve(out);
    atomicWriteFile(path, bytes);
    io.out(`Đã ghi báo cáo ${kind.toUpperCase()} (${formatBytes(bytes.length)}) vào ${path}`);
    return EXIT_OK;
  },
};
