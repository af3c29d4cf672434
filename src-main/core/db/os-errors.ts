import { existsSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The operating system's file errors in words a clerk can act on. Node's own text ("EACCES: permission
 * denied, open '…'") is English and names no remedy; these name the file and say what to do.
 */
export type OsErrorCode = 'EACCES' | 'EPERM' | 'EROFS' | 'ENOSPC' | 'EBUSY' | 'ENOENT';

const EXPLAINED = new Set<string>(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EBUSY', 'ENOENT']);

/** A quota exceeded is a full disk to the user. */
const ALIASES: Record<string, OsErrorCode> = { EDQUOT: 'ENOSPC' };

/** The explained OS error code of `err`, if it is one. */
export function osErrorCode(err: unknown): OsErrorCode | null {
  const code = err instanceof Error ? (err as NodeJS.ErrnoException).code : undefined;
  if (!code) return null;
  if (EXPLAINED.has(code)) return code as OsErrorCode;
  return ALIASES[code] ?? null;
}

/** The file the error names (Node sets `path` for calls made with a path), else `fallback`. */
export function osErrorFile(err: unknown, fallback: string): string {
  const path = err instanceof Error ? (err as NodeJS.ErrnoException).path : undefined;
  return typeof path === 'string' && path.length > 0 ? path : fallback;
}

/** Vietnamese: what went wrong with `file` and what to do about it. */
export function describeOsError(code: OsErrorCode, file: string): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return (
        `Không có quyền ghi vào ${placeOf(file)}. Hãy cấp quyền ghi cho thư mục chứa cơ sở dữ liệu (hoặc bỏ thuộc tính chỉ đọc của tệp), ` +
        'hoặc chép cơ sở dữ liệu sang thư mục ghi được, rồi thử lại.'
      );
    case 'EROFS':
      return `${capitalise(placeOf(file))} nằm trên ổ đĩa chỉ đọc (đĩa CD, USB bị khoá ghi, ổ mạng chỉ đọc). Hãy chép cơ sở dữ liệu sang ổ đĩa ghi được rồi mở lại.`;
    case 'ENOSPC':
      return (
        `Ổ đĩa chứa "${file}" đã đầy. Những gì đã báo "Đã lưu" không bị mất, nhưng chưa ghi thêm được gì. ` +
        'Hãy giải phóng dung lượng (xoá hoặc chuyển bớt tệp không cần) rồi thử lại.'
      );
    case 'EBUSY':
      return (
        `Tệp "${file}" đang bị một chương trình khác giữ (phần mềm diệt virus, sao lưu hay đồng bộ đám mây). ` +
        'Hãy đợi một lát hoặc tạm dừng chương trình đó rồi thử lại.'
      );
    case 'ENOENT':
      return `Không tìm thấy "${file}": thư mục có thể đã bị xoá, đổi tên, hoặc ổ USB/ổ mạng đã bị ngắt. Hãy kiểm tra đường dẫn rồi thử lại.`;
  }
}

/** A file that could not be created is named by its folder: that is what the user can fix. */
function placeOf(file: string): string {
  return existsSync(file) ? `tệp "${file}"` : `thư mục "${dirname(file)}"`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A file operation of the store that the operating system refused, explained in Vietnamese (`message`);
 * `osCode` tells the API which error to answer (ENOSPC: DISK_FULL). The original error is the cause.
 */
export class StorageError extends Error {
  constructor(
    readonly osCode: OsErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }

  get diskFull(): boolean {
    return this.osCode === 'ENOSPC';
  }
}

/** `err` as a StorageError when it is an explained OS error (`file` when the error names none), else null. */
export function toStorageError(err: unknown, file: string, lead = ''): StorageError | null {
  if (err instanceof StorageError) return err;
  const code = osErrorCode(err);
  if (!code) return null;
  const named = osErrorFile(err, file);
  return new StorageError(code, named, `${lead}${describeOsError(code, named)}`, { cause: err });
}

/** Vietnamese for the status bar: an explained OS error as such, anything else by its own message. */
export function explainFailure(err: unknown, file: string): string {
  return toStorageError(err, file)?.message ?? (err instanceof Error ? err.message : String(err));
}
