/**
 * Durability cost per acknowledged write: the journal design (append + fsync) against the naive way
 * (export the whole database and rewrite the file on every edit), on 100,000 and 1,000,000 records, in
 * the same run. Target at 1M: journal p50 < 2 ms and ≥ 50× faster than naive. Also checkpoint time and
 * open + replay time; and for a background checkpoint at 1M, the pause of the write that starts it
 * (target ≤ 100 ms) and the longest event-loop stall of the core until it is durable, writes still coming.
 * Run alone: `npm run bench -- db-durability` (DB_BENCH_SIZES=100000 for a quick run).
 */
import { closeSync, copyFileSync, fdatasyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { atomicWriteFile } from '../../src-main/core/db/atomic-write';
import { backupName } from '../../src-main/core/db/backup-names';
import { takeSnapshot } from '../../src-main/core/db/checkpoint';
import { Engine } from '../../src-main/core/db/engine';
import { openFileStore } from '../../src-main/core/db/file-store';
import { loadSqlJs } from '../../src-main/core/db/sqljs';
import type { Store } from '../../src-main/core/db/types';
import { trackWrites } from '../../src-main/core/db/write-tracker';
import type { BenchResult, BenchSuite } from '../run';
import { INSERT_RECORD, benchMigrations, buildRecordsFile, median, percentile, recordParams } from './db-records.fixture';

const SIZES = (process.env.DB_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
const JOURNAL_WRITES = 300;
const NAIVE_WRITES = { small: 20, large: 8 };
const REPLAY_WRITES = 1000;

const label = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};

/** Naive: each edit exports the whole database and rewrites the file atomically. */
async function naiveLatencies(path: string, edits: number): Promise<number[]> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database(readFileSync(path));
  const out: number[] = [];
  for (let i = 0; i < edits; i++) {
    out.push(
      time(() => {
        db.run(INSERT_RECORD, recordParams(i, 'naive'));
        atomicWriteFile(`${path}.naive`, db.export());
      }),
    );
  }
  db.close();
  rmSync(`${path}.naive`, { force: true });
  return out;
}

/**
 * Journal writes interleaved with the floor (appending 200 bytes to a plain file and fdatasync'ing it),
 * so both see the same disk contention: other processes' dirty data slows every fsync on this machine.
 */
function journalAndFloor(store: Store, dir: string, writes: number): { journal: number[]; floor: number[] } {
  const fd = openSync(join(dir, 'floor.bin'), 'a');
  const bytes = Buffer.alloc(200, 7);
  const journal: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < writes; i++) {
    journal.push(time(() => store.write((tx) => tx.run(INSERT_RECORD, recordParams(i, 'journal')))));
    floor.push(time(() => (writeSync(fd, bytes), fdatasyncSync(fd))));
  }
  closeSync(fd);
  return { journal, floor };
}

function journalLatencies(store: Store, writes: number, prefix: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < writes; i++) out.push(time(() => store.write((tx) => tx.run(INSERT_RECORD, recordParams(i, prefix)))));
  return out;
}

interface CopyFigures {
  openMs: number;
  integrityMs: number;
  /** How long the write that starts a background checkpoint holds the main thread (the snapshot). */
  backgroundPauseMs: number;
  /** Until that checkpoint's file is durable, while the app keeps serving. */
  backgroundTotalMs: number;
  /** The longest the core's event loop was held from that write until the file was durable, writes still coming. */
  longestStallMs: number;
}

/**
 * Starts a background checkpoint with one write and keeps writing every few milliseconds until it is
 * durable; the event-loop delay histogram's maximum is the longest the core stopped answering.
 */
async function checkpointUnderWrites(store: Store): Promise<Omit<CopyFigures, 'openMs' | 'integrityMs'>> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const started = performance.now();
  const backgroundPauseMs = time(() => store.write((tx) => tx.run(INSERT_RECORD, recordParams(0, 'background'))));
  let writing = true;
  const writer = (async () => {
    for (let i = 1; writing; i++) {
      store.write((tx) => tx.run(INSERT_RECORD, recordParams(i, 'during')));
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  await store.settled();
  const backgroundTotalMs = performance.now() - started;
  writing = false;
  await writer;
  delay.disable();
  return { backgroundPauseMs, backgroundTotalMs, longestStallMs: delay.max / 1e6 };
}

/**
 * Copies the file and its journal (1,000 unreplayed writes) and times opening the copy; then, on the
 * copy, one write past a tiny journal limit starts a background checkpoint.
 */
async function measureCopy(store: Store, path: string, dir: string): Promise<CopyFigures> {
  journalLatencies(store, REPLAY_WRITES, 'replay');
  const copyDir = join(dir, 'copy');
  mkdirSync(join(copyDir, 'backups'), { recursive: true });
  const copy = join(copyDir, 'office.sqlite');
  copyFileSync(path, copy);
  copyFileSync(`${path}.journal`, `${copy}.journal`);
  // A backup made today already exists, so the timed open is open + replay, without the daily backup.
  copyFileSync(path, join(copyDir, 'backups', backupName('office', new Date(), 'manual', 0)));
  const t = performance.now();
  const opened = await openFileStore(copy, { migrations: benchMigrations, journalLimitBytes: 1 });
  const openMs = performance.now() - t;
  const integrityMs = time(() => opened.get('PRAGMA integrity_check'));
  const background = await checkpointUnderWrites(opened);
  opened.close();
  return { openMs, integrityMs, ...background };
}

/**
 * The snapshot a background checkpoint takes on the core's thread, both ways, on the same database in
 * the same run: the changed pages after `REPLAY_WRITES` writes, and the whole-database export that
 * every background checkpoint took before (still the fallback).
 */
async function snapshotFigures(path: string): Promise<{ changesMs: number; wholeMs: number; changedMb: number }> {
  const SQL = await loadSqlJs();
  const engine = new Engine(new SQL.Database(readFileSync(path)));
  const tracker = trackWrites(SQL, engine.db, true);
  try {
    const write = (i: number) =>
      engine.transaction(
        (tx) => tx.run(INSERT_RECORD, recordParams(i, 'snap')),
        () => undefined,
      );
    for (let i = 0; i < REPLAY_WRITES; i++) write(i);
    let changedMb = 0;
    const changesMs = time(() => {
      const snapshot = takeSnapshot(engine, tracker, 1);
      if (snapshot.kind === 'changes') changedMb = snapshot.writes.data.byteLength / 1024 / 1024;
    });
    const wholeMs = time(() => takeSnapshot(engine, null, 2));
    return { changesMs, wholeMs, changedMb };
  } finally {
    tracker?.stop();
    engine.db.close();
  }
}

async function measureSize(count: number): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'antq-bench-db-'));
  const path = join(dir, 'office.sqlite');
  const n = label(count);
  try {
    const buildMs = await timed(() => buildRecordsFile(path, count));
    const naive = await naiveLatencies(path, count >= 1_000_000 ? NAIVE_WRITES.large : NAIVE_WRITES.small);
    const store = await openFileStore(path, { migrations: benchMigrations, idleMs: 3_600_000 });
    journalLatencies(store, 20, 'warm');
    const { journal, floor } = journalAndFloor(store, dir, JOURNAL_WRITES);
    const checkpoints = [0, 1, 2].map(
      () => (store.write((tx) => tx.run('UPDATE records SET amount = amount + 1 WHERE rowid = 1')), time(() => store.checkpoint())),
    );
    const { openMs, integrityMs, backgroundPauseMs, backgroundTotalMs, longestStallMs } = await measureCopy(store, path, dir);
    store.close();
    const snap = await snapshotFigures(path);
    const jp50 = median(journal);
    const np50 = median(naive);
    return [
      { name: `db ${n}: build (one transaction + export + write)`, value: buildMs, unit: 'ms' },
      { name: `db ${n}: journal write p50`, value: jp50, unit: 'ms' },
      { name: `db ${n}: journal write p99`, value: percentile(journal, 99), unit: 'ms' },
      { name: `db ${n}: fsync floor p50 (append 200 B + fdatasync)`, value: median(floor), unit: 'ms' },
      { name: `db ${n}: journal write p50 over fsync floor`, value: jp50 / median(floor), unit: '×' },
      { name: `db ${n}: naive write p50`, value: np50, unit: 'ms' },
      { name: `db ${n}: naive write p99`, value: percentile(naive, 99), unit: 'ms' },
      { name: `db ${n}: journal faster than naive (p50 ratio)`, value: np50 / jp50, unit: '×' },
      { name: `db ${n}: checkpoint (synchronous: close, restore)`, value: median(checkpoints), unit: 'ms' },
      { name: `db ${n}: background checkpoint, main-thread pause`, value: backgroundPauseMs, unit: 'ms' },
      { name: `db ${n}: background checkpoint, until durable`, value: backgroundTotalMs, unit: 'ms' },
      { name: `db ${n}: longest core stall during a checkpoint`, value: longestStallMs, unit: 'ms' },
      { name: `db ${n}: checkpoint snapshot of changed pages (${REPLAY_WRITES} writes)`, value: snap.changesMs, unit: 'ms' },
      { name: `db ${n}: changed pages handed to the checkpoint worker`, value: snap.changedMb, unit: 'MB' },
      { name: `db ${n}: checkpoint snapshot by whole export (before; still the fallback)`, value: snap.wholeMs, unit: 'ms' },
      { name: `db ${n}: open + replay ${REPLAY_WRITES} journaled writes`, value: openMs, unit: 'ms' },
      { name: `db ${n}: integrity_check (backups, cli check)`, value: integrityMs, unit: 'ms' },
      { name: `db ${n}: file size`, value: readFileSync(path).length / 1024 / 1024, unit: 'MB' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const suite: BenchSuite = {
  name: 'db-durability',
  async run() {
    const results: BenchResult[] = [];
    for (const count of SIZES) {
      const rows = await measureSize(count);
      for (const r of rows) console.log(`  ${r.name}: ${r.value.toFixed(r.value < 10 ? 3 : 1)} ${r.unit}`);
      results.push(...rows);
    }
    return results;
  },
};

export default suite;
