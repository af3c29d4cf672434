import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { flagValue } from '../args';
import { CLI_CALLER } from '../cli-caller';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, formatBytes } from '../cli-context';
import type { CliCommand, CliIo } from '../command';
import type { ApiOutput } from '../../contract';
import type { Core } from '../../core/app/open-core';

type Preflight = ApiOutput<'certificates.preflight'>;

/** Local calendar date as 'YYYY-MM-DD' (the printed-on date the office sees). */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function preflight(core: Core, io: CliIo, decisionId: string, mode: 'full' | 'overlay'): Promise<Preflight | null> {
  const r = await core.call('certificates.preflight', { decisionId, mode }, CLI_CALLER);
  if (!r.ok) {
    io.err(r.error.message);
    return null;
  }
  return r.data;
}

/**
 * Records ngày in for every recipient of the decision: the clerk's word that the sheets came out right.
 * Writing the PDF never does it (the printer may jam, the phôi may be fed crooked).
 */
async function confirmPrinted(core: Core, io: CliIo, decisionId: string): Promise<number> {
  const marked = await core.call('certificates.markPrinted', { decisionId, printedOn: today() }, CLI_CALLER);
  if (!marked.ok) {
    io.err(`Chưa ghi được ngày in: ${marked.error.message}`);
    return EXIT_FAILED;
  }
  io.out(`Đã ghi ngày in ${today()} cho ${marked.data.marked} người.`);
  return EXIT_OK;
}

/**
 * Prints every certificate of a decision into one PDF, one page each. Texts that cannot fit are
 * reported first (by count, never by name: the CLI prints no personal data) and stop the print unless
 * --allow-overflow is given. The file is written atomically. Once the sheets are printed and checked,
 * `--confirm-printed` (without --out) records the printed-on date.
 */
export const certificatesCommand: CliCommand = {
  name: 'certificates',
  usage: 'certificates --db FILE --decision ID (--out FILE.pdf [--overlay] [--allow-overflow] | --confirm-printed)',
  summary: 'In bằng/giấy khen của một quyết định ra một tệp PDF (--overlay: chỉ in phần thay đổi lên phôi).',
  needs: 'core',
  async run(args, io, core) {
    const decisionId = flagValue(args, 'decision');
    const out = flagValue(args, 'out');
    if (decisionId && !out && args.flags['confirm-printed'] === true) return core ? confirmPrinted(core, io, decisionId) : EXIT_FAILED;
    if (!decisionId || !out || !out.toLowerCase().endsWith('.pdf')) {
      io.err(`Cách dùng: ${this.usage}`);
      return EXIT_USAGE;
    }
    if (!core) return EXIT_FAILED;
    const mode = args.flags.overlay === true ? 'overlay' : 'full';
    const allowOverflow = args.flags['allow-overflow'] === true;
    const check = await preflight(core, io, decisionId, mode);
    if (!check) return EXIT_FAILED;
    if (check.problems.length > 0) {
      const fields = check.problems.reduce((n, p) => n + p.problems.length, 0);
      io.err(
        `${check.problems.length} người có ${fields} nội dung không vừa ô in ở cỡ chữ nhỏ nhất; xem trong ứng dụng (Khen thưởng › Kiểm tra trước khi in).`,
      );
      if (!allowOverflow) return EXIT_FAILED;
    }
    const r = await core.call('certificates.render', { decisionId, mode, allowOverflow }, CLI_CALLER);
    if (!r.ok) {
      io.err(r.error.message);
      return EXIT_FAILED;
    }
    const pdf = Buffer.from(r.data.base64, 'base64');
    const target = resolve(out);
    const temp = `${target}.tmp-${process.pid}`;
    writeFileSync(temp, pdf);
    renameSync(temp, target);
    io.out(
      `Đã in ${check.pages} trang (${check.layoutName}, ${mode === 'overlay' ? 'in trên phôi' : 'in đầy đủ'}) vào ${target} (${formatBytes(pdf.length)}). ` +
        'In ra giấy, xem lại rồi chạy lại lệnh với --confirm-printed để ghi ngày in.',
    );
    return EXIT_OK;
  },
};
