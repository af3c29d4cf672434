import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupPlaceFor, openFileStore } from '../../../src-main/core/db/file-store';
import { checkHealth } from '../../../src-main/core/db/health';
import { StoreOpenError } from '../../../src-main/core/db/store-open-error';
import { failFs } from './fs-faults';
import { notesV1, tempDbPath } from './store-fixture';

/** Node's own English, which must never reach the user. */
const RAW = /\b(EACCES|EPERM|EROFS|ENOSPC|EBUSY|ENOENT)\b|permission denied|no space left|read-only file system|no such file/i;

/** What each error must tell the clerk (besides naming the database). */
const EXPLAINED: [code: string, words: RegExp][] = [
  ['EACCES', /Không có quyền ghi vào thư mục/],
  ['EPERM', /Không có quyền ghi vào thư mục/],
  ['EROFS', /ổ đĩa chỉ đọc/],
  ['ENOSPC', /đã đầy.*giải phóng dung lượng/],
  ['EBUSY', /đang bị một chương trình khác giữ/],
  ['ENOENT', /Không tìm thấy/],
];

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

/** A database that was opened, written and closed, and the names beside it. */
async function existingDatabase(): Promise<{ path: string; before: string[] }> {
  const path = tempDbPath();
  const store = await openFileStore(path, { migrations: notesV1 });
  store.write((tx) => tx.run("INSERT INTO folders (id, name) VALUES ('f1', 'Hồ sơ')"));
  store.close();
  return { path, before: readdirSync(dirname(path)).sort() };
}

async function refusal(path: string): Promise<StoreOpenError> {
  const err = await openFileStore(path, { migrations: notesV1 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreOpenError);
  return err as StoreOpenError;
}

describe('operating system errors at open', () => {
  it.each(EXPLAINED)('%s on the lock is refused in Vietnamese, naming the database, with nothing created', async (code, words) => {
    const { path, before } = await existingDatabase();
    const bytes = readFileSync(path);
    undo = failFs('openSync', code, ([file]) => String(file).endsWith('.draft'));
    const err = await refusal(path);
    undo();
    expect(err.message).toContain(`"${path}"`);
    expect(err.message).toMatch(words);
    expect(err.message).not.toMatch(RAW);
    expect(readdirSync(dirname(path)).sort()).toEqual(before);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('an unwritable journal is refused naming the journal, and the lock is gone again', async () => {
    const { path, before } = await existingDatabase();
    undo = failFs('openSync', 'EACCES', ([file, flags]) => String(file).endsWith('.journal') && flags === 'a+');
    const err = await refusal(path);
    undo();
    expect(err.message).toContain(`Không có quyền ghi vào tệp "${path}.journal"`);
    expect(err.message).not.toMatch(RAW);
    expect(readdirSync(dirname(path)).sort()).toEqual(before);
  });
});

describe('a read-only database file', () => {
  it('is refused, never replaced: same bytes, same file, nothing beside it; check says so too', async () => {
    const { path, before } = await existingDatabase();
    chmodSync(path, 0o444);
    const bytes = readFileSync(path);
    const inode = statSync(path).ino;
    const err = await refusal(path);
    expect(err.reason).toBe('read-only');
    expect(err.message).toContain(`"${path}"`);
    expect(err.message).toMatch(/chỉ đọc.*bỏ thuộc tính chỉ đọc/);
    expect(statSync(path).ino).toBe(inode);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(readdirSync(dirname(path)).sort()).toEqual(before);
    const report = await checkHealth(path, notesV1, backupPlaceFor(path));
    expect(report.healthy).toBe(false);
    expect(report.lines.join('\n')).toMatch(/chỉ đọc/);
  });

  it('a read-only journal is refused the same way', async () => {
    const { path, before } = await existingDatabase();
    chmodSync(`${path}.journal`, 0o444);
    const err = await refusal(path);
    expect(err.reason).toBe('read-only');
    expect(err.message).toContain(`"${path}.journal"`);
    expect(readdirSync(dirname(path)).sort()).toEqual(before);
  });
});
