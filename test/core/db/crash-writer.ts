/**
 * Child process of the crash test: opens the database, then writes forever, printing `ack <id>` only
 * after each write() returned (i.e. was acknowledged as durable). The test kills it with SIGKILL.
 * Usage: node --import tsx crash-writer.ts DB_FILE RUN_LABEL
 */
import { openFileStore } from '../../../src-main/core/db/file-store';
import { crashTestMigrations } from './crash-schema';

async function main(): Promise<void> {
  const [dbPath, label] = process.argv.slice(2);
  if (!dbPath || !label) throw new Error('usage: crash-writer.ts DB_FILE RUN_LABEL');
  // A small journal limit makes checkpoints frequent, so kills also land inside them.
  const store = await openFileStore(dbPath, { migrations: crashTestMigrations, journalLimitBytes: 2048 });
  process.stdout.write('ready\n');
  for (let n = 0; ; n++) {
    const id = `${label}-${n}`;
    const payload = new Uint8Array(64 + (n % 200)).fill(n % 256);
    store.write((tx) => {
      tx.run('INSERT INTO items (id, payload, n) VALUES (?, ?, ?)', [id, payload, n]);
      tx.run('UPDATE counter SET total = total + 1 WHERE id = 1');
    });
    // Pipes are synchronous on Linux: once this returns the parent will read the line even if we die.
    process.stdout.write(`ack ${id}\n`);
    if (n % 50 === 49) await new Promise((r) => setImmediate(r));
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
