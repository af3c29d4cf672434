import { basename } from 'node:path';
import { IMPORT_KINDS, type ImportKind, type ImportPreview } from '../../contract/imports/imports.contract';
import { formatVnNumber } from '../../shared/vn-number';
import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../cli-context';
import type { CliCommand, CliIo } from '../command';
import { readInputFile } from '../named-files';

/** Problems printed at most; the rest are counted. */
const SHOWN_PROBLEMS = 50;

function isKind(kind: string | null): kind is ImportKind {
  return (IMPORT_KINDS as readonly string[]).includes(kind ?? '');
}

/** The preview as lines: the header row, which column feeds which field, the problems. */
function printPreview(io: CliIo, p: ImportPreview): void {
  if (p.headerRow !== null) io.out(`Dòng tiêu đề: ${p.headerRow}; ${formatVnNumber(p.rows)} dòng dữ liệu.`);
  for (const f of p.fields) if (f.letter !== null) io.out(`  cột ${f.letter} → ${f.label}`);
  const unused = p.columns.filter((c) => c.field === null && c.header !== '').map((c) => `${c.letter} (${c.header})`);
  if (unused.length > 0) io.out(`  bỏ qua: ${unused.join(', ')}`);
  for (const problem of p.problems.slice(0, SHOWN_PROBLEMS)) io.err(problem.message);
  if (p.problemCount > SHOWN_PROBLEMS) io.err(`… và ${formatVnNumber(p.problemCount - SHOWN_PROBLEMS)} lỗi khác.`);
}

/** Imports an Excel sheet of any record kind through imports.preview/apply: all rows or none. */
export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import --db FILE --kind models|sessions|outcomes|registrations|recipients --file F.xlsx [--decision ID] [--dry-run]',
  summary: 'Nhập mô hình, tuyên truyền, kết quả, đăng ký hoặc người được khen từ tệp Excel (tất cả hoặc không; --dry-run chỉ kiểm tra).',
  needs: 'core',
  async run(args, io, core) {
    if (!core) return EXIT_FAILED;
    const kind = flagValue(args, 'kind');
    const file = flagValue(args, 'file');
    if (!isKind(kind) || !file) {
      io.err(`Thiếu hoặc sai tham số: cần --kind (${IMPORT_KINDS.join(', ')}) và --file TỆP.xlsx.`);
      return EXIT_USAGE;
    }
    const bytes = readInputFile(file, io);
    if (!bytes) return EXIT_FAILED;
    const decisionId = flagValue(args, 'decision') ?? undefined;
    const input = { kind, fileBase64: bytes.toString('base64'), fileName: basename(file), ...(decisionId ? { decisionId } : {}) };
    const preview = await core.call('imports.preview', input, CLI_CALLER);
    if (!preview.ok) {
      io.err(preview.error.message);
      return EXIT_FAILED;
    }
    printPreview(io, preview.data);
    if (!preview.data.ready) {
      io.err(`Có ${formatVnNumber(preview.data.problemCount)} lỗi; chưa lưu dòng nào.`);
      return EXIT_FAILED;
    }
    if (args.flags['dry-run'] === true) {
      io.out(`Kiểm tra xong: ${formatVnNumber(preview.data.rows)} dòng hợp lệ; chưa lưu gì (--dry-run).`);
      return EXIT_OK;
    }
    const applied = await core.call('imports.apply', input, CLI_CALLER);
    if (!applied.ok) {
      io.err(applied.error.message);
      return EXIT_FAILED;
    }
    io.out(`Đã nhập ${formatVnNumber(applied.data.created)} dòng (mã lần nhập ${applied.data.id}).`);
    return EXIT_OK;
  },
};
