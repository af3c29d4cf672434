/**
 * Child process of the lock race test: for each race folder, waits for its start time, then tries to take
 * that folder's (stale) lock and prints `open <i>` or `refused <i>`. Locks won are kept until exit, so a
 * second `open` of the same race is a double open. Runs until killed. Start times come on stdin: `<t0> <slotMs>`.
 * Usage: node --import tsx lock-racer.ts BASE_DIR RACES
 */
import { join } from 'node:path';
import { acquireLock } from '../../../src-main/core/db/lock';
import { StoreOpenError } from '../../../src-main/core/db/store-open-error';

function sleepUntil(t: number): void {
  const ms = t - Date.now();
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function race(dbPath: string): string {
  try {
    acquireLock(dbPath, new Date());
    return 'open';
  } catch (err) {
    return err instanceof StoreOpenError && err.reason === 'locked' ? 'refused' : `error ${String(err).replace(/\n/g, ' ')}`;
  }
}

const [base = '', races = '0'] = process.argv.slice(2);
process.stdin.once('data', (chunk: Buffer) => {
  const [t0 = 0, slot = 0] = chunk.toString('utf8').trim().split(' ').map(Number);
  for (let i = 0; i < Number(races); i++) {
    sleepUntil(t0 + i * slot);
    process.stdout.write(`${race(join(base, `race-${i}`, 'office.sqlite'))} ${i}\n`);
  }
  // Stay alive, holding every lock won, until the test has heard from all racers and ends this process:
  // a racer that exited would leave stale locks a late racer could rightly take over.
  process.stdout.write('done\n');
  setInterval(() => undefined, 60_000);
});
process.stdout.write('ready\n');
