import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../cli-context';
import type { CliCommand } from '../command';
import { writeOutputFile } from '../named-files';
import type { ApiInput } from '../../contract';
import type { PeriodInput } from '../../shared/period.schema';
import { dateRefusalMessage, parseVnDate } from '../../shared/vn-date';

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A --from/--to date as ISO, read by the one Vietnamese date parser (so 31/02 is refused); null when absent. */
function isoDate(text: string | null | undefined): Parsed<string | null> {
  if (!text) return { ok: true, value: null };
  const r = parseVnDate(text);
  return r.ok ? { ok: true, value: r.iso } : { ok: false, message: dateRefusalMessage(text, r.reason) };
}

/** The period from --year, or from --from and --to; null when neither is complete. */
function periodOf(
  year: string | null | undefined,
  from: string | null | undefined,
  to: string | null | undefined,
): Parsed<PeriodInput | null> {
  if (year) {
    const y = Number(year);
    if (!/^\d{4}$/.test(year) || y < 1990 || y > 2100)
      return { ok: false, message: `Năm "${year}" không hợp lệ: nhập năm dạng 2017 (1990–2100).` };
    return { ok: true, value: { kind: 'year', year: y } };
  }
  const dates = [isoDate(from), isoDate(to)];
  for (const d of dates) if (!d.ok) return d;
  const [f, t] = dates.map((d) => (d.ok ? d.value : null));
  return { ok: true, value: f && t ? { kind: 'range', from: f, to: t } : null };
}

const METHODS = { xlsx: 'reports.exportXlsx', pdf: 'reports.exportPdf', docx: 'reports.exportDocx' } as const;

function kindOf(out: string | null | undefined): keyof typeof METHODS | null {
  const ext = /\.(xlsx|pdf|docx)$/i.exec(out ?? '')?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'pdf' || ext === 'docx' ? ext : null;
}

/**
 * Writes the report for a year or a date range (the province, or one unit with --unit) as the Ministry
 * workbook, the PDF or the Word document, chosen by the file's extension, with the report's saved
 * header and signature. The file is written atomically.
 */
export const reportCommand: CliCommand = {
  name: 'report',
  usage: 'report --db FILE (--year YYYY | --from DATE --to DATE) [--unit ID] --out FILE.xlsx|FILE.pdf|FILE.docx',
  summary: 'Xuất báo cáo phong trào của một năm hoặc một khoảng thời gian ra tệp Excel, PDF hoặc Word.',
  needs: 'core',
  async run(args, io, core) {
    const period = periodOf(flagValue(args, 'year'), flagValue(args, 'from'), flagValue(args, 'to'));
    if (!period.ok) {
      io.err(period.message);
      return EXIT_USAGE;
    }
    const out = flagValue(args, 'out');
    const unitId = flagValue(args, 'unit');
    const kind = kindOf(out);
    if (!period.value || !out || !kind) {
      io.err(`Cách dùng: ${this.usage}  (ngày dạng YYYY-MM-DD hoặc dd/mm/yyyy)`);
      return EXIT_USAGE;
    }
    if (!core) return EXIT_FAILED;
    const input: ApiInput<'reports.exportXlsx'> = { period: period.value, ...(unitId ? { unitId } : {}) };
    const r = await core.call(METHODS[kind], input, CLI_CALLER);
    if (!r.ok) {
      io.err(r.error.message);
      return EXIT_FAILED;
    }
    writeOutputFile(out, r.data.base64, `báo cáo ${kind.toUpperCase()}`, io);
    return EXIT_OK;
  },
};
