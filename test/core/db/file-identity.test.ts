import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src-main/cli/run-cli';
import { migrations } from '../../../src-main/core/app/domains';
import { Engine } from '../../../src-main/core/db/engine';
import { APPLICATION_ID, readIdentity } from '../../../src-main/core/db/file-identity';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { readGeneration } from '../../../src-main/core/db/generation';
import { readJournal } from '../../../src-main/core/db/journal-read';
import { loadSqlJs } from '../../../src-main/core/db/sqljs';
import { StoreOpenError, type StoreOpenReason } from '../../../src-main/core/db/store-open-error';
import { RESOURCES_DIR } from '../../fixtures/core';
import { legacyJournal } from './journal-legacy';
import { notesV1, tempDbPath } from './store-fixture';

async function cliCheck(dbPath: string): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runCli(
    ['check', '--db', dbPath],
    { out: (l) => lines.push(l), err: (l) => lines.push(l) },
    { resourcesDir: RESOURCES_DIR },
  );
  return { code, text: lines.join('\n') };
}

/** Another program's SQLite file, made by running `sql` on an empty database. */
async function writeSqliteFile(path: string, sql: string): Promise<void> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.exec(sql);
  writeFileSync(path, db.export());
  db.close();
}

/** Opening with the app's real schema steps is refused; nothing changes and nothing appears beside it. */
async function expectRefusedUntouched(path: string, reason: StoreOpenReason): Promise<void> {
  const bytes = readFileSync(path);
  const folder = readdirSync(dirname(path)).sort();
  const err = await openFileStore(path, { migrations }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreOpenError);
  expect((err as StoreOpenError).reason).toBe(reason);
  expect((err as StoreOpenError).message).toContain(`"${path}"`);
  expect((err as StoreOpenError).message).toContain('giữ nguyên');
  const check = await cliCheck(path);
  expect(check.code).not.toBe(0);
  expect(check.text).toContain('CÓ VẤN ĐỀ');
  expect(readFileSync(path).equals(bytes)).toBe(true);
  expect(readdirSync(dirname(path)).sort()).toEqual(folder);
}

function identityOf(bytes: Buffer, SQL: Awaited<ReturnType<typeof loadSqlJs>>) {
  const engine = new Engine(new SQL.Database(bytes));
  try {
    const appId = engine.get<{ application_id: number }>('PRAGMA application_id')?.application_id;
    return { appId, identity: readIdentity(engine), generation: readGeneration(engine) };
  } finally {
    engine.db.close();
  }
}

describe("a SQLite file that is not this app's", () => {
  it('is refused when it has user_version 0 and tables of its own', async () => {
    const path = tempDbPath('contacts.db');
    await writeSqliteFile(path, "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('An');");
    await expectRefusedUntouched(path, 'foreign-file');
    const err = (await openFileStore(path, { migrations }).catch((e: unknown) => e)) as StoreOpenError;
    expect(err.message).toContain('không phải cơ sở dữ liệu của ứng dụng này');
  });

  it('is refused when it has its own `units` table (which once failed with an English migration message)', async () => {
    const path = tempDbPath('other.sqlite');
    await writeSqliteFile(
      path,
      "CREATE TABLE units (code TEXT, title TEXT); INSERT INTO units VALUES ('A', 'B'); PRAGMA user_version = 3;",
    );
    await expectRefusedUntouched(path, 'foreign-file');
  });

  it("is refused when another program's application_id is set", async () => {
    const path = tempDbPath();
    await writeSqliteFile(path, 'CREATE TABLE t (x); PRAGMA application_id = 1598903374; PRAGMA user_version = 1;');
    await expectRefusedUntouched(path, 'foreign-file');
  });

  it('is refused when it is an empty file, or an empty SQLite database', async () => {
    const path = tempDbPath();
    writeFileSync(path, Buffer.alloc(0));
    await expectRefusedUntouched(path, 'empty');
    await writeSqliteFile(path, 'PRAGMA page_size = 4096; VACUUM;');
    expect(readFileSync(path).length).toBeGreaterThan(0);
    await expectRefusedUntouched(path, 'foreign-file');
  });
});

describe("the app's own files", () => {
  it('are marked when created: application_id and an identity row', async () => {
    const path = tempDbPath();
    (await openFileStore(path, { migrations: notesV1 })).close();
    const found = identityOf(readFileSync(path), await loadSqlJs());
    expect(found.appId).toBe(APPLICATION_ID);
    expect(found.identity.kind).toBe('ours');
    const journal = readJournal(`${path}.journal`);
    expect(found.identity.kind === 'ours' && journal.databaseId === found.identity.databaseId).toBe(true);
  });

  it('made by an earlier version (no marks, old journal format) open, replay their journal once, and get marked', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => tx.run("INSERT INTO notes (id, body) VALUES ('kept', 'x')"));
    store.close();
    const SQL = await loadSqlJs();
    // Undo the marks, as a file of an earlier version, with a journal of that version holding one write.
    const db = new SQL.Database(readFileSync(path));
    db.exec('PRAGMA application_id = 0; DROP TABLE antq_store_identity;');
    writeFileSync(path, db.export());
    db.close();
    const generation = identityOf(readFileSync(path), SQL).generation;
    const journal = legacyJournal(generation, [[["INSERT INTO notes (id, body) VALUES ('journaled', 'y')", null]]]);
    writeFileSync(`${path}.journal`, journal);
    expect(identityOf(readFileSync(path), SQL).identity.kind).toBe('legacy');
    expect((await cliCheck(path)).code).toBe(0);

    const reopened = await openFileStore(path, { migrations: notesV1 });
    expect(reopened.all<{ id: string }>('SELECT id FROM notes ORDER BY id').map((r) => r.id)).toEqual(['journaled', 'kept']);
    reopened.write((tx) => tx.run("INSERT INTO notes (id) VALUES ('after')"));
    rmSync(`${path}.lock`); // a crash: the new write lives only in the journal
    const found = identityOf(readFileSync(path), SQL);
    expect(found.appId).toBe(APPLICATION_ID);
    expect(found.identity.kind).toBe('ours');
    const rewritten = readJournal(`${path}.journal`);
    expect(rewritten.legacyFormat).toBe(false);
    expect(found.identity.kind === 'ours' && rewritten.databaseId === found.identity.databaseId).toBe(true);

    const again = await openFileStore(path, { migrations: notesV1 });
    expect(again.all<{ id: string }>('SELECT id FROM notes ORDER BY id').map((r) => r.id)).toEqual(['after', 'journaled', 'kept']);
    again.close();
  });

  it('restored from a backup made before files were marked become this database, and their journal stays theirs', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => tx.run("INSERT INTO notes (id) VALUES ('in-backup')"));
    const backup = await store.backup('manual');
    const SQL = await loadSqlJs();
    const db = new SQL.Database(readFileSync(backup.file));
    db.exec('PRAGMA application_id = 0; DROP TABLE antq_store_identity;');
    writeFileSync(backup.file, db.export());
    db.close();
    store.write((tx) => tx.run("INSERT INTO notes (id) VALUES ('undone')"));
    await store.restore(backup.file);
    store.write((tx) => tx.run("INSERT INTO notes (id) VALUES ('after-restore')"));
    rmSync(`${path}.lock`); // a crash: the last write lives only in the journal
    const again = await openFileStore(path, { migrations: notesV1 });
    expect(again.all<{ id: string }>('SELECT id FROM notes ORDER BY id').map((r) => r.id)).toEqual(['after-restore', 'in-backup']);
    again.close();
  });

  it("refuse another program's file offered as a backup to restore", async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => tx.run("INSERT INTO notes (id) VALUES ('kept')"));
    const foreign = tempDbPath('contacts.db');
    await writeSqliteFile(foreign, 'CREATE TABLE contacts (id INTEGER PRIMARY KEY); PRAGMA user_version = 1;');
    await expect(store.restore(foreign)).rejects.toThrow(/không phải cơ sở dữ liệu của ứng dụng này|không dùng được/);
    expect(store.all('SELECT id FROM notes')).toEqual([{ id: 'kept' }]);
    store.close();
  });
});
