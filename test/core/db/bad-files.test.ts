import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { StoreOpenError, type StoreOpenReason } from '../../../src-main/core/db/store-open-error';
import { notesV1, tempDbPath } from './store-fixture';

/** A healthy database of the notes schema with some rows, plus one backup of it; returns its bytes. */
async function healthyWithBackup(path: string): Promise<{ bytes: Buffer; backup: string }> {
  const store = await openFileStore(path, { migrations: notesV1 });
  store.write((tx) => {
    tx.run("INSERT INTO folders (id, name) VALUES ('f', 'Hồ sơ')");
    for (let i = 0; i < 300; i++) tx.run('INSERT INTO notes (id, folder_id, body) VALUES (?, ?, ?)', [`n${i}`, 'f', 'x'.repeat(200)]);
  });
  const backup = (await store.backup('manual')).file;
  store.close();
  return { bytes: readFileSync(path), backup };
}

async function expectRefused(path: string, reason: StoreOpenReason, backup: string): Promise<void> {
  const before = readFileSync(path);
  const err = await openFileStore(path, { migrations: notesV1 }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreOpenError);
  const refused = err as StoreOpenError;
  expect(refused.reason).toBe(reason);
  expect(refused.file).toBe(path);
  expect(refused.message).toContain(`Không mở được cơ sở dữ liệu "${path}"`);
  expect(refused.message).toContain('giữ nguyên');
  expect(refused.newestBackup).toBe(backup);
  expect(refused.message).toContain(backup);
  // Byte for byte as it was; no lock or journal left behind by the refusal.
  expect(readFileSync(path).equals(before)).toBe(true);
  expect(existsSync(`${path}.lock`)).toBe(false);
}

describe('opening a bad database file', () => {
  it('refuses a file cut short by a copy', async () => {
    const path = tempDbPath();
    const { bytes, backup } = await healthyWithBackup(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 4096 - 100));
    await expectRefused(path, 'truncated', backup);
  });

  it('refuses a file cut at a page boundary', async () => {
    const path = tempDbPath();
    const { bytes, backup } = await healthyWithBackup(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 4096 * 2));
    await expectRefused(path, 'truncated', backup);
  });

  it('refuses garbage and files that are not SQLite', async () => {
    const path = tempDbPath();
    const { backup } = await healthyWithBackup(path);
    writeFileSync(path, Buffer.from('Báo cáo tháng 11\nđây không phải cơ sở dữ liệu\n', 'utf8'));
    await expectRefused(path, 'not-sqlite', backup);
    writeFileSync(path, Buffer.alloc(8192, 0xab));
    await expectRefused(path, 'not-sqlite', backup);
  });

  it('refuses an empty file', async () => {
    const path = tempDbPath();
    const { backup } = await healthyWithBackup(path);
    writeFileSync(path, Buffer.alloc(0));
    await expectRefused(path, 'empty', backup);
  });

  it('refuses a file whose pages are damaged (integrity check fails)', async () => {
    const path = tempDbPath();
    const { bytes, backup } = await healthyWithBackup(path);
    const damaged = Buffer.from(bytes);
    // Scribble over the b-tree headers of some pages, keeping the file header and the length.
    for (let page = 2; page < 6; page++) damaged.fill(0x5a, 4096 * page, 4096 * page + 12);
    writeFileSync(path, damaged);
    await expectRefused(path, 'damaged', backup);
  });

  it('refuses a database made by a newer version of the app', async () => {
    const path = tempDbPath();
    const { bytes, backup } = await healthyWithBackup(path);
    const SQL = await loadSqlJs();
    const db = new SQL.Database(bytes);
    db.run('PRAGMA user_version = 999');
    writeFileSync(path, db.export());
    db.close();
    await expectRefused(path, 'too-new', backup);
    const err = (await openFileStore(path, { migrations: notesV1 }).catch((e: unknown) => e)) as StoreOpenError;
    expect(err.message).toContain('phiên bản mới hơn');
  });

  it('says so when there is no backup to offer', async () => {
    const path = tempDbPath();
    writeFileSync(path, Buffer.from('garbage'));
    const err = (await openFileStore(path, { migrations: notesV1 }).catch((e: unknown) => e)) as StoreOpenError;
    expect(err.newestBackup).toBeNull();
    expect(err.message).toContain('Không tìm thấy bản sao lưu');
  });
});
