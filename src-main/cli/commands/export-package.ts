import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, formatBytes } from '../cli-context';
import type { CliCommand } from '../command';

/** Makes a signed package for another office (or the Ministry) and writes it to --out. */
export const exportPackageCommand: CliCommand = {
  name: 'export-package',
  usage: 'export-package --db FILE --to MÃ_CƠ_QUAN --out GÓI.antq [--all] [--year NĂM (gói gửi Bộ: --to MINISTRY)]',
  summary: 'Tạo gói dữ liệu đã ký gửi cơ quan cấp trên (thay đổi từ gói trước, hoặc tất cả với --all).',
  needs: 'core',
  async run(args, io, core) {
    if (!core) return EXIT_FAILED;
    const to = flagValue(args, 'to');
    const out = flagValue(args, 'out');
    if (!to || !out) {
      io.err('Thiếu --to MÃ_CƠ_QUAN hoặc --out TỆP_GÓI.');
      return EXIT_USAGE;
    }
    const year = flagValue(args, 'year');
    const input = { to, all: args.flags['all'] === true, ...(year ? { year: Number(year) } : {}) };
    const r = await core.call('exchange.exportPackage', input, CLI_CALLER);
    if (!r.ok) {
      io.err(r.error.message);
      return EXIT_FAILED;
    }
    const bytes = Buffer.from(r.data.contentBase64, 'base64');
    writeFileSync(resolve(out), bytes);
    const m = r.data.manifest;
    const counts = Object.entries(m.counts)
      .map(([k, n]) => `${k}: ${n}`)
      .join(', ');
    io.out(`Đã tạo gói số ${m.sequence} gửi ${m.receiver}${m.full ? ' (đầy đủ)' : ''}: ${counts} (${formatBytes(bytes.length)}) → ${out}`);
    return EXIT_OK;
  },
};
