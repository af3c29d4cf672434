import { defaultDbPath } from './default-db-path';

/** Options of `node out/main/web.js`. */
export interface WebArgs {
  dbPath: string;
  port: number;
}

export const WEB_USAGE =
  'Cách dùng: npm run web -- [--db TỆP.sqlite] [--port SỐ]   (mặc định: cơ sở dữ liệu của ứng dụng máy tính, cổng bất kỳ còn trống)';

/** Parses `--db FILE --port N`; a problem comes back as a Vietnamese message. */
export function parseWebArgs(argv: readonly string[]): { ok: true; args: WebArgs } | { ok: false; message: string } {
  const args: WebArgs = { dbPath: defaultDbPath(), port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--help' || flag === '-h') return { ok: false, message: WEB_USAGE };
    if (flag !== '--db' && flag !== '--port') return { ok: false, message: `Tham số không hợp lệ: ${flag}\n${WEB_USAGE}` };
    if (value === undefined || value.startsWith('--')) return { ok: false, message: `Thiếu giá trị cho ${flag}.\n${WEB_USAGE}` };
    i++;
    if (flag === '--db') args.dbPath = value;
    else {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) return { ok: false, message: `Cổng không hợp lệ: ${value} (0–65535).` };
      args.port = port;
    }
  }
  return { ok: true, args };
}
