import { readFileSync, rmSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { decodeTransaction, encodePayload } from '../../../src-main/core/db/journal-codec';
import { readJournal } from '../../../src-main/core/db/journal-read';
import { JournalWriter, TransactionTooLargeError } from '../../../src-main/core/db/journal-writer';
import { notesV1, tempDbPath } from './store-fixture';

const INSERT = 'INSERT INTO notes (id, body, data) VALUES (?, ?, ?)';

/** Statements whose JSON passes several chunks: a bulk import's transaction. */
function bulk(count: number): [string, [string, string, Uint8Array]][] {
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);
  return Array.from({ length: count }, (_, i) => [INSERT, [`n${i}`, `Nguyễn Thị Ánh Tuyết ${i} ${'x'.repeat(200)}`, bytes]]);
}

describe('a transaction journaled chunk by chunk', () => {
  it('is the very payload the whole encoding gave, whatever the chunk boundaries', () => {
    const statements = bulk(12_000);
    const { chunks } = encodePayload(statements);
    expect(chunks.length).toBeGreaterThan(2);
    const payload = Buffer.concat(chunks);
    const whole = JSON.stringify(statements.map(([sql, p]) => [sql, { a: [p[0], p[1], [Buffer.from(p[2]).toString('base64')]] }]));
    expect(payload.equals(Buffer.from(whole, 'utf8'))).toBe(true);
    expect(decodeTransaction(payload)).toEqual(statements);
    expect(Buffer.concat(encodePayload([]).chunks).toString()).toBe('[]');
  });

  it('replays after a crash, every statement in order', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    store.write((tx) => {
      for (const [sql, params] of bulk(12_000)) tx.run(sql, params);
    });
    const journal = readJournal(`${path}.journal`);
    expect(journal.transactions).toHaveLength(1);
    expect(journal.transactions[0]).toEqual(bulk(12_000));
    // The process dies: no checkpoint, the lock left behind as a dead process leaves it.
    rmSync(`${path}.lock`);
    const reopened = await openFileStore(path, { migrations: notesV1 });
    expect(reopened.get<{ n: number }>('SELECT COUNT(*) AS n FROM notes')?.n).toBe(12_000);
    expect(reopened.get<{ body: string }>('SELECT body FROM notes WHERE id = ?', ['n11999'])?.body).toMatch(/^Nguyễn Thị Ánh Tuyết 11999 /);
    reopened.close();
  });

  it('is refused whole, the journal unchanged, when its record would pass the size a reader accepts', () => {
    const path = `${tempDbPath()}.journal`;
    const writer = new JournalWriter(path, '0b6f3a52-8a47-4a53-9d0e-3f3f5a9b1c2d');
    writer.reset(1);
    writer.append(encodePayload(bulk(2)));
    const before = readFileSync(path);
    expect(() => writer.append(encodePayload(bulk(12_000)), 1_000_000)).toThrow(TransactionTooLargeError);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).size).toBe(writer.size);
    writer.close();
    expect(readJournal(path).transactions).toHaveLength(1);
  });
});
