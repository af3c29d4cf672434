import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { inspectLock } from '../../../src-main/core/db/lock-takeover';
import { StoreOpenError } from '../../../src-main/core/db/store-open-error';
import { notesV1, tempDbPath } from './store-fixture';

const ROOT = resolve(__dirname, '../../..');

function startHolder(path: string): Promise<ChildProcess> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'lock-holder.ts'), path], { cwd: ROOT });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) done(child);
    });
    child.on('exit', (code) => fail(new Error(`lock holder exited (${code})`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => child.once('exit', () => done()));
}

describe('single writer', () => {
  it('refuses a second process with a message naming the holder, and takes over once it died', async () => {
    const path = tempDbPath();
    const holder = await startHolder(path);
    try {
      const err = await openFileStore(path, { migrations: notesV1 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreOpenError);
      expect((err as StoreOpenError).reason).toBe('locked');
      expect((err as StoreOpenError).message).toContain(`chương trình số ${holder.pid}`);
      expect((err as StoreOpenError).message).toContain(hostname());
      expect((err as StoreOpenError).message).toContain(path);
    } finally {
      const gone = exited(holder);
      holder.kill('SIGKILL');
      await gone;
    }
    // The holder died without removing its lock: same machine, dead process → stale, taken over.
    expect(existsSync(`${path}.lock`)).toBe(true);
    const store = await openFileStore(path, { migrations: notesV1 });
    expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    store.close();
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('refuses a second open in the same process', async () => {
    const path = tempDbPath();
    const store = await openFileStore(path, { migrations: notesV1 });
    await expect(openFileStore(path, { migrations: notesV1 })).rejects.toThrow(/đang được/);
    store.close();
  });

  it('refuses a lock held from another machine (a shared folder), even when that pid is not running here', async () => {
    const path = tempDbPath();
    writeFileSync(`${path}.lock`, JSON.stringify({ pid: 999999, host: 'may-tinh-phong-khac', since: '2026-11-28T01:00:00.000Z' }));
    const err = (await openFileStore(path, { migrations: notesV1 }).catch((e: unknown) => e)) as StoreOpenError;
    expect(err.reason).toBe('locked');
    expect(err.message).toContain('may-tinh-phong-khac');
  });

  it("never leaves an empty lock behind: the lock is linked into place whole, and a dead writer's draft is swept", async () => {
    const path = tempDbPath();
    const dead = spawn(process.execPath, ['-e', '0']);
    await exited(dead);
    // What a writer killed between writing its lock's content and linking it leaves: a draft, no lock.
    const draft = `${path}.lock.${dead.pid}.draft`;
    writeFileSync(draft, JSON.stringify({ pid: dead.pid, host: hostname(), since: '2026-12-01T00:00:00.000Z' }));
    const store = await openFileStore(path, { migrations: notesV1 });
    try {
      expect(existsSync(draft)).toBe(false);
      expect(readdirSync(dirname(path)).filter((n) => n.endsWith('.draft'))).toEqual([]);
      expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      store.close();
    }
  });

  it('takes over at once an empty lock left by a power cut (its owner cannot be running)', async () => {
    const path = tempDbPath();
    // A power cut after the lock's name reached the disk but before its content did: an empty file, written just now.
    writeFileSync(`${path}.lock`, '');
    const store = await openFileStore(path, { migrations: notesV1 });
    try {
      expect(JSON.parse(readFileSync(`${path}.lock`, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    } finally {
      store.close();
    }
    // Garbage (a lock damaged on disk) names no owner that could be running either.
    writeFileSync(`${path}.lock`, '\u0000\u0000{"pi');
    (await openFileStore(path, { migrations: notesV1 })).close();
  });

  it('steps over a take-over claim left by a starter that died mid-way, and sweeps it', async () => {
    const path = tempDbPath();
    const dead = spawn(process.execPath, ['-e', '0']);
    await exited(dead);
    const stale = JSON.stringify({ pid: dead.pid, host: hostname(), since: '2026-12-01T00:00:00.000Z' });
    writeFileSync(`${path}.lock`, stale);
    // What a starter killed after claiming this stale lock but before removing it leaves: its claim.
    const seen = inspectLock(`${path}.lock`);
    writeFileSync(`${path}.lock.takeover-${seen?.identity}-0`, stale);
    const claimOf = (name: string) => name.startsWith('office.sqlite.lock.takeover-');
    const store = await openFileStore(path, { migrations: notesV1 });
    try {
      expect(readdirSync(dirname(path)).filter(claimOf)).toEqual([]);
    } finally {
      store.close();
    }
  });
});
