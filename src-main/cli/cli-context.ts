import { resolve } from 'node:path';
import { formatByteSize } from '../shared/byte-size';
import { flagValue } from './args';
import type { CliArgs, CliIo } from './command';

/** Exit codes: 0 success, 1 the work failed or the database is not healthy, 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The --db file as an absolute path, or null after telling the administrator it is missing. */
export function requireDbPath(args: CliArgs, io: CliIo): string | null {
  const db = flagValue(args, 'db');
  if (!db) {
    io.err('Thiếu tệp cơ sở dữ liệu: hãy thêm --db ĐƯỜNG_DẪN_TỆP.');
    return null;
  }
  return resolve(db);
}

/** Bytes as the administrator reads them: "1,2 MB" (Vietnamese decimal comma). */
export function formatBytes(bytes: number): string {
  return formatByteSize(bytes);
}

/** Local date and time as dd/mm/yyyy HH:MM:SS. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
