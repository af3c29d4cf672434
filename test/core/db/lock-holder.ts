/** Child process of the lock test: opens the database, prints `ready`, and keeps it open until killed. */
import { openFileStore } from '../../../src-main/core/db/file-store';
import { notesV1 } from './store-fixture';

openFileStore(process.argv[2] ?? '', { migrations: notesV1 }).then(
  () => {
    process.stdout.write('ready\n');
    setInterval(() => undefined, 60_000);
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
