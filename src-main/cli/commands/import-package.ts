import type { ImportPreview } from '../../contract/exchange/exchange.contract';
import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../cli-context';
import type { CliCommand, CliIo } from '../command';
import { readInputFile } from '../named-files';

const MATCH_WORDS = { code: 'khớp theo mã', name: 'khớp theo tên', created: 'sẽ tạo mới' } as const;

function printPreview(p: ImportPreview, io: CliIo): void {
  const m = p.manifest;
  io.out(`Gói số ${m.sequence} của ${p.senderName} (${m.sender.id}), tạo lúc ${m.createdAt}${m.full ? ', đầy đủ' : ''}.`);
  if (p.alreadyApplied) {
    io.out('Gói này đã được nhận trước đây: không có gì thay đổi.');
    return;
  }
  for (const k of p.kinds) io.out(`  ${k.label}: ${k.new} mới, ${k.changed} thay đổi, ${k.deleted} xoá`);
  for (const r of p.references) {
    const what = r.what === 'unit' ? 'Đơn vị' : 'Mục danh mục';
    const where = r.match === 'created' && r.under ? ` (thuộc ${r.under})` : '';
    io.out(`  ${what} ${r.code ?? '(không mã)'} "${r.name}": ${MATCH_WORDS[r.match]}${where}`);
  }
}

/** Verifies and applies a package (all or nothing); --dry-run prints the preview and changes nothing. */
export const importPackageCommand: CliCommand = {
  name: 'import-package',
  usage: 'import-package --db FILE --file GÓI.antq [--dry-run]',
  summary: 'Kiểm tra chữ ký và nhận gói dữ liệu của cơ quan cấp dưới (--dry-run: chỉ xem trước).',
  needs: 'core',
  async run(args, io, core) {
    if (!core) return EXIT_FAILED;
    const file = flagValue(args, 'file');
    if (!file) {
      io.err('Thiếu --file TỆP_GÓI.');
      return EXIT_USAGE;
    }
    const bytes = readInputFile(file, io, 'tệp gói');
    if (!bytes) return EXIT_FAILED;
    const dryRun = args.flags['dry-run'] === true;
    const r = await core.call('exchange.importPackage', { contentBase64: bytes.toString('base64'), dryRun }, CLI_CALLER);
    if (!r.ok) {
      io.err(r.error.message);
      return EXIT_FAILED;
    }
    printPreview(r.data, io);
    if (r.data.applied) io.out('Đã nhận gói.');
    else if (dryRun) io.out('Chạy thử: chưa thay đổi gì.');
    return EXIT_OK;
  },
};
