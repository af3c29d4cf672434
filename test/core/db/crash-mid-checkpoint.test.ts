import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { crashTestMigrations } from './crash-schema';
import { tempDbPath } from './store-fixture';

const ROOT = resolve(__dirname, '../../..');

/** Runs the crash writer and SIGKILLs it the moment a checkpoint worker's temporary file appears. */
function killWhileWorkerWrites(dbPath: string, label: string): Promise<{ acked: string[]; caught: boolean }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'crash-writer.ts'), dbPath, label], { cwd: ROOT });
    const acked: string[] = [];
    let buffered = '';
    let caught = false;
    const watch = setInterval(() => {
      const temp = readdirSync(dirname(dbPath)).some((f) => /\.tmp-\d+-bg$/.test(f));
      if (temp) caught = true;
      if (temp || acked.length > 20_000) child.kill('SIGKILL');
    }, 1);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.startsWith('ack ')) acked.push(line.slice(4));
    });
    child.on('error', fail);
    child.on('exit', () => {
      clearInterval(watch);
      done({ acked, caught });
    });
  });
}

describe('a crash while the checkpoint worker writes the file', () => {
  it('leaves a database that opens with every acknowledged write', async () => {
    const dbPath = tempDbPath();
    // A few MB of rows, so that writing the file takes long enough to be caught in the act.
    const seed = await openFileStore(dbPath, { migrations: crashTestMigrations });
    seed.write((tx) => {
      for (let i = 0; i < 8000; i++) {
        tx.run('INSERT INTO items (id, payload, n) VALUES (?, ?, ?)', [`seed-${i}`, new Uint8Array(500).fill(i % 256), i]);
      }
      tx.run('UPDATE counter SET total = total + 8000 WHERE id = 1');
    });
    seed.close();
    const acked = new Set<string>();
    let caught = 0;
    for (let round = 0; round < 3; round++) {
      const run = await killWhileWorkerWrites(dbPath, `k${round}`);
      run.acked.forEach((id) => acked.add(id));
      if (run.caught) caught++;
      const store = await openFileStore(dbPath, { migrations: crashTestMigrations });
      const ids = new Set(store.all<{ id: string }>("SELECT id FROM items WHERE id NOT LIKE 'seed-%'").map((r) => r.id));
      expect([...acked].filter((id) => !ids.has(id))).toEqual([]);
      expect(store.get<{ total: number }>('SELECT total FROM counter')?.total).toBe(ids.size + 8000);
      expect(store.get('PRAGMA integrity_check')).toEqual({ integrity_check: 'ok' });
      // The killed worker's temporary file was removed on open.
      expect(readdirSync(dirname(dbPath)).filter((f) => /\.tmp-\d+-bg$/.test(f))).toEqual([]);
      store.close();
    }
    expect(caught).toBeGreaterThan(0);
  }, 120_000);
});
