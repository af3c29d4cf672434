/**
 * Makes one node:fs function fail like the operating system would (EACCES, ENOSPC…), for the store's
 * real code: the tests run as root, where chmod stops nothing, and no small full disk can be mounted
 * without root tricks. The store imports node:fs by name, so the module's exports are re-synced.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { vi } from 'vitest';

type FsFunction = 'openSync' | 'writeSync' | 'fdatasyncSync' | 'linkSync' | 'renameSync' | 'mkdirSync';

const DESCRIPTIONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EBUSY: 'resource busy or locked',
  ENOENT: 'no such file or directory',
};

/** An error shaped as Node's own: `EACCES: permission denied, open '/x'`, with code, syscall and path. */
export function osError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`${code}: ${DESCRIPTIONS[code] ?? 'failed'}, ${syscall}${path ? ` '${path}'` : ''}`);
  return Object.assign(err, { code, syscall, ...(path ? { path } : {}) });
}

/** From now until the returned undo: `fn` throws `code` whenever `when(args)` holds, else works as usual. */
export function failFs(fn: FsFunction, code: string, when: (args: unknown[]) => boolean): () => void {
  const target = fs as unknown as Record<FsFunction, (...args: unknown[]) => unknown>;
  const original = target[fn];
  const spy = vi.spyOn(target, fn).mockImplementation((...args: unknown[]) => {
    if (when(args)) throw osError(code, fn.replace(/Sync$/, ''), typeof args[0] === 'string' ? args[0] : undefined);
    return original.apply(fs, args);
  });
  syncBuiltinESMExports();
  return () => {
    spy.mockRestore();
    syncBuiltinESMExports();
  };
}
