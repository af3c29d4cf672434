import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { notesV1, notesV2, tempDbPath } from './store-fixture';

async function userVersionOf(bytes: Uint8Array): Promise<number> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(bytes);
  const v = Number(db.exec('PRAGMA user_version')[0]?.values[0]?.[0]);
  db.close();
  return v;
}

describe('migrations on an existing file', () => {
  it('backs the file up before migrating, then checkpoints the migrated schema', async () => {
    const path = tempDbPath();
    const v1 = await openFileStore(path, { migrations: notesV1 });
    v1.write((tx) => tx.run('INSERT INTO notes (id, body) VALUES (?, ?)', ['kept', 'trước khi nâng cấp']));
    v1.close();

    const v2 = await openFileStore(path, { migrations: notesV2 });
    const migrationBackups = v2.listBackups().filter((b) => b.reason === 'migration');
    expect(migrationBackups).toHaveLength(1);
    const backup = readFileSync(migrationBackups[0]?.file ?? '');
    expect(await userVersionOf(backup)).toBe(1);
    expect(await userVersionOf(readFileSync(path))).toBe(2);
    expect(v2.status().schemaVersion).toBe(2);
    expect(v2.get('SELECT body FROM notes WHERE id = ?', ['kept'])).toEqual({ body: 'trước khi nâng cấp' });
    v2.close();
  });

  it('makes no migration backup for a brand-new file or when nothing is pending', async () => {
    const path = tempDbPath();
    (await openFileStore(path, { migrations: notesV2 })).close();
    const again = await openFileStore(path, { migrations: notesV2 });
    expect(again.listBackups().filter((b) => b.reason === 'migration')).toEqual([]);
    again.close();
  });
});
