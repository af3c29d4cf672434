import { resolve } from 'node:path';
import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, formatBytes } from '../cli-context';
import type { CliCommand } from '../command';
import type { ApiInput } from '../../contract';
import { atomicWriteFile } from '../../core/db/atomic-write';
import { dateRefusalMessage, parseVnDate } from '../../shared/vn-date';

/** A --from/--to date as ISO, read by the one Vietnamese date parser (so 31/02 is refused); null when absent. */
function isoDate(text: string | null | undefined): { ok: true; iso: string | null } | { ok: false; message: string } {
  if (!text) return { ok: true, iso: null };
  const r = parseVnDate(text);
  return r.ok ? r : { ok: false, message: dateRefusalMessage(text, r.reason) };
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
    const dates = [isoDate(flagValue(args, 'from')), isoDate(flagValue(args, 'to'))];
    for (const d of dates) {
      if (!d.ok) {
        io.err(d.message);
        return EXIT_USAGE;
      }
    }
    const [from, to] = dates.map((d) => (d.ok ? d.iso : null));
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
