import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFileStore } from '../../../src-main/core/db/file-store';
import { notesV1, tempDbPath } from './store-fixture';

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => (child.exitCode !== null ? done() : child.once('exit', () => done())));
}

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await exited(child);
  return child.pid ?? 0;
}

/** Every kind of file this app writes beside a database and a crash can leave, for process `pid`. */
function leftoversOf(path: string, pid: number): string[] {
  return [
    `${path}.tmp-${pid}-bg`, // background checkpoint
    `${path}.tmp-${pid}`, // synchronous checkpoint (atomic-write.ts)
    `${path}.retired-${pid}-3`, // old file between the rename and its deletion
    `${path}.lock.${pid}.draft`, // lock content before it is linked into place
    join(dirname(path), 'backups', `office-20261201-000000000-daily.sqlite.tmp-${pid}`), // backup being verified
  ];
}

const running: ChildProcess[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) {
    child.kill('SIGKILL');
    await exited(child);
  }
});

describe('leftovers of crashed processes', () => {
  it("removes a dead process's leftovers of every kind at open, and keeps those of a process still running", async () => {
    const path = tempDbPath();
    (await openFileStore(path, { migrations: notesV1 })).close();
    mkdirSync(join(dirname(path), 'backups'), { recursive: true });
    const dead = await deadPid();
    // A live process of this machine (say a store closing whose background checkpoint still writes).
    const live = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    running.push(live);
    const deadFiles = leftoversOf(path, dead);
    const liveFiles = leftoversOf(path, live.pid ?? 0);
    for (const file of [...deadFiles, ...liveFiles]) writeFileSync(file, JSON.stringify({ pid: dead, host: hostname() }));
    const store = await openFileStore(path, { migrations: notesV1 });
    try {
      expect(deadFiles.filter((f) => existsSync(f))).toEqual([]);
      expect(liveFiles.filter((f) => !existsSync(f))).toEqual([]);
    } finally {
      store.close();
    }
    // Nothing else of ours remains beside the database once the live process's own files are accounted for.
    const beside = readdirSync(dirname(path)).filter((n) => !liveFiles.some((f) => f.endsWith(`/${n}`)));
    expect(beside.sort()).toEqual(['backups', 'office.sqlite', 'office.sqlite.journal']);
  });
});
