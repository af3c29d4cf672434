import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDbPath } from './store-fixture';

const ROOT = resolve(__dirname, '../../..');

describe('a closed database keeps no process alive', () => {
  it('lets a program end by itself once it closed its database (the checkpoint worker does not hold it)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'open-write-close.ts'), tempDbPath()], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.stdout).toBe('closed\n');
    // Killed by the timeout (SIGTERM) when something still held the event loop.
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
  });
});
