/**
 * Child process of the exit test: opens the database, saves, checkpoints in the background, closes, and
 * then does nothing: the process must end by itself, as a CLI command does.
 */
import { openFileStore } from '../../../src-main/core/db/file-store';
import { notesV1 } from './store-fixture';

async function main(): Promise<void> {
  const store = await openFileStore(process.argv[2] ?? '', { migrations: notesV1 });
  store.write((tx) => tx.run("INSERT INTO notes (body) VALUES ('một ghi chú')"));
  await store.settled();
  store.close();
  process.stdout.write('closed\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
