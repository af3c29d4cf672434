import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { tempDbPath } from './store-fixture';

// Windows antivirus and indexer hold new files briefly: rename fails with EPERM/EACCES/EBUSY a few times.
const failures = vi.hoisted(() => ({ left: 0, code: 'EPERM' }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return {
    ...fs,
    renameSync: (from: string, to: string) => {
      if (failures.left > 0) {
        failures.left--;
        throw Object.assign(new Error(`${failures.code}: busy`), { code: failures.code });
      }
      fs.renameSync(from, to);
    },
  };
});

const { atomicWriteFile } = await import('../../../src-main/core/db/atomic-write');

describe('atomic file replacement', () => {
  it('retries a rename refused for a moment (EPERM, EACCES, EBUSY)', () => {
    const path = tempDbPath('file.bin');
    writeFileSync(path, 'old');
    for (const code of ['EPERM', 'EACCES', 'EBUSY']) {
      Object.assign(failures, { left: 3, code });
      atomicWriteFile(path, Buffer.from(`new ${code}`));
      expect(readFileSync(path, 'utf8')).toBe(`new ${code}`);
    }
  });

  it('gives up after a few attempts, leaving the old file and no temporary file', () => {
    const path = tempDbPath('file.bin');
    writeFileSync(path, 'old');
    Object.assign(failures, { left: 100, code: 'EBUSY' });
    expect(() => atomicWriteFile(path, Buffer.from('new'))).toThrow(/EBUSY/);
    failures.left = 0;
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(existsSync(`${path}.tmp-${process.pid}`)).toBe(false);
  });

  it('does not retry other errors', () => {
    const path = tempDbPath('file.bin');
    Object.assign(failures, { left: 1, code: 'ENOSPC' });
    expect(() => atomicWriteFile(path, Buffer.from('x'))).toThrow(/ENOSPC/);
    failures.left = 0;
  });
});
