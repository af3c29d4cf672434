import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { journalPathFor, nextJournalPathFor } from './journal-read';
import { toStorageError } from './os-errors';
import { StoreOpenError } from './store-open-error';

/**
 * Whether the app may change `path`. access(W_OK) answers for an ordinary user; root (and Windows
 * administrators) pass it even for a file marked read-only, so the mode's write bit counts too: a
 * read-only file is the user's statement that it must not change.
 */
export function isReadOnlyFile(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return true;
  }
  return (statSync(path).mode & 0o200) === 0;
}

/** The database file or one of its journals that exists and is read-only, if any. */
export function readOnlyPart(dbPath: string): string | null {
  for (const file of [dbPath, journalPathFor(dbPath), nextJournalPathFor(dbPath)]) {
    if (existsSync(file) && isReadOnlyFile(file)) return file;
  }
  return null;
}

/** Vietnamese: the read-only `file` of database `dbPath`, and how to open it anyway. */
export function readOnlyMessage(dbPath: string, file: string): string {
  return (
    `Không mở được cơ sở dữ liệu "${dbPath}": tệp "${file}" đang ở chế độ chỉ đọc, nên ứng dụng không thể lưu thay đổi vào đó. ` +
    'Tệp được giữ nguyên, không bị sửa đổi. Hãy bỏ thuộc tính chỉ đọc của tệp (chuột phải vào tệp → Properties → bỏ chọn "Read-only") ' +
    'hoặc chép tệp sang thư mục khác rồi mở bản chép.'
  );
}

/**
 * Refuses, before anything is created beside it, a database whose file or journal is read-only: the
 * store replaces the file by rename at every checkpoint, which a read-only flag does not prevent.
 */
export function refuseReadOnly(dbPath: string): void {
  const file = readOnlyPart(dbPath);
  if (file) throw new StoreOpenError('read-only', file, readOnlyMessage(dbPath, file));
}

/** An OS error while opening `dbPath` (the lock, a journal, the folder) as a Vietnamese refusal; else `err`. */
export function openFailure(err: unknown, dbPath: string): unknown {
  if (err instanceof StoreOpenError) return err;
  const storage = toStorageError(err, dbPath, `Không mở được cơ sở dữ liệu "${dbPath}": `);
  return storage ? new StoreOpenError('file-access', storage.file, storage.message) : err;
}

/** When the newest of `paths` last changed on disk, or null when none exists. */
export function lastModified(...paths: string[]): string | null {
  const times = paths.filter((p) => existsSync(p)).map((p) => statSync(p).mtimeMs);
  return times.length > 0 ? new Date(Math.max(...times)).toISOString() : null;
}
