import { readFileSync, rmSync } from 'node:fs';
import type { SqlJsStatic } from 'sql.js';
import { commitBackup, hasBackupOn, listBackupFiles, resolveBackup, stageBackup, stageVerifiedBackup, type BackupPlace } from './backups';
import { backgroundTempPath, takeSnapshot, wholeDatabase, writeCheckpoint, writeSnapshotInBackground } from './checkpoint';
import { Engine } from './engine';
import { lastModified } from './file-access';
import { loadCheckedEngine } from './file-check';
import { markDatabase } from './file-identity';
import type { KeptTornTail } from './journal-torn-copy';
import type { JournalSet } from './journal-set';
import { applyMigrations, pendingMigrations, schemaVersion, latestVersion, type Migration } from './migrations';
import { BackupError } from './store-errors';
import { explainFailure, toStorageError } from './os-errors';
import { integrityCheckInWorker } from './verify-worker';
import { PayloadBuilder } from './journal-codec';
import { loadAcknowledged } from './reload';
import type { BackupInfo, BackupReason, ConnectionSetup, SqlParams, Store, StoreStatus, WriteOptions, WriteTx } from './types';
import { trackWrites, type WriteTracker } from './write-tracker';

/** A checkpoint at close that failed: the journal keeps everything, and the next open replays it. */
const CLOSE_FAILED = 'Chưa ghi được tệp cơ sở dữ liệu khi đóng; thay đổi đã lưu vẫn an toàn trong nhật ký ghi, áp dụng lại khi mở. ';
/** Everything a durable store is made of, once its file is open and checked. */
export interface DurableStoreParts {
  SQL: SqlJsStatic;
  engine: Engine;
  /** The engine's writes since the file on disk, when they can be observed (see write-tracker.ts). */
  tracker: WriteTracker | null;
  dbPath: string;
  journals: JournalSet;
  generation: number;
  /** The database's id (file-identity.ts); a restored copy is stamped with it, so its journal stays its own. */
  databaseId: string;
  /** Torn journal tails copied aside when this store was opened (journal-torn-copy.ts). */
  keptTornTails: readonly KeptTornTail[];
  place: BackupPlace;
  migrations: readonly Migration[];
  clock: () => Date;
  release: () => void;
  /** Checkpoint once the journal is larger than this. */
  journalLimitBytes: number;
  /** Checkpoint this long after the last write. */
  idleMs: number;
}

/**
 * The office database (cơ sở dữ liệu) on disk: sql.js in memory, each committed write appended to the
 * journal and fsync'd before it is acknowledged, the whole file rewritten only at checkpoints (in the
 * background when the journal is large or the app idle; synchronously on close and restore).
 */
export class DurableStore implements Store {
  private engine: Engine;
  private tracker: WriteTracker | null;
  private generation: number;
  private idleTimer: NodeJS.Timeout | null = null;
  private inWrite = false;
  private closed = false;
  private lastSavedAt: string | null = null;
  private lastCheckpointAt: string | null = null;
  private lastBackup: BackupInfo | null;
  private problem: string | null = null;
  /** `problem` is a refused write's (full disk…): cleared by the next write that reaches the journal. */
  private writeRefused = false;
  private pendingBackup: Promise<void> | null = null;
  /** The background checkpoint writing the file, if any. */
  private pendingCheckpoint: Promise<void> | null = null;
  /** Bumped by every checkpoint: a background one that was overtaken must not rename its older file in. */
  private checkpointEpoch = 0;
  /** Connection set-ups (audit capture…), run again on the connection a restore swaps in. */
  private readonly setups: ConnectionSetup[] = [];

  constructor(private readonly parts: DurableStoreParts) {
    this.engine = parts.engine;
    this.tracker = parts.tracker;
    this.generation = parts.generation;
    this.lastBackup = listBackupFiles(parts.place)[0] ?? null;
    // Until the first write, "saved" means when the file and journal last reached the disk.
    this.lastSavedAt = lastModified(parts.dbPath, parts.journals.mainPath);
  }

  all<T extends object>(sql: string, params?: SqlParams): T[] {
    return this.engine.all<T>(sql, params);
  }

  get<T extends object>(sql: string, params?: SqlParams): T | undefined {
    return this.engine.get<T>(sql, params);
  }

  write<T>(fn: (tx: WriteTx) => T, options: WriteOptions = {}): T {
    this.assertOpen();
    const { journals } = this.parts;
    let journaled = false;
    // A storage failure (full disk…) while journaling refuses the write, with the reason in status().
    const journal = (write: () => void) => {
      try {
        write();
      } catch (err) {
        throw this.refusedWrite(err);
      }
    };
    const payload = new PayloadBuilder((chunk) => journal(() => journals.spill(chunk)));
    const commit = () => {
      journal(() => journals.append(payload.finish()));
      journaled = true;
    };
    this.inWrite = true;
    try {
      // A bulk write goes without SQLite's rollback journal: what it would hold is on disk already.
      const result = this.engine.transaction(fn, commit, payload, { withoutRollback: options.bulk === true });
      if (journaled) this.afterDurableWrite();
      return result;
    } catch (err) {
      if (!journaled) journals.abandonSpill();
      if (this.engine.spoiled) this.reloadAcknowledged();
      throw err;
    } finally {
      this.inWrite = false;
    }
  }

  checkpoint(): void {
    this.assertOpen();
    this.clearIdleTimer();
    this.checkpointEpoch++;
    const { dbPath, journals } = this.parts;
    writeCheckpoint({ engine: this.engine, tracker: this.tracker, dbPath, journals, generation: this.generation + 1 });
    this.generation += 1;
    this.engine.fitPageCache();
    this.lastCheckpointAt = this.parts.clock().toISOString();
    this.lastSavedAt = this.lastCheckpointAt;
    this.problem = null;
  }

  /**
   * The copy is taken at once (so it is exactly the state at this call); its integrity_check runs in a
   * worker thread: seconds at a million records, during which the app keeps answering.
   */
  async backup(reason: BackupReason): Promise<BackupInfo> {
    this.assertOpen();
    const now = this.parts.clock();
    // stageVerifiedBackup writes the bytes before its first await: a view of the live file is safe.
    const staged = await stageVerifiedBackup(this.parts.place, reason, now, wholeDatabase(this.engine, this.tracker));
    const info = commitBackup(this.parts.place, staged, now);
    this.lastBackup = info;
    return info;
  }

  listBackups(): BackupInfo[] {
    return listBackupFiles(this.parts.place);
  }

  async restore(name: string): Promise<BackupInfo> {
    this.assertOpen();
    if (this.inWrite) throw new Error('restore() called inside write(): the swap must wait for the transaction to end');
    const source = resolveBackup(this.parts.place, name, this.parts.clock());
    const refuse = (detail: string) =>
      new BackupError(
        `Không khôi phục được từ "${source.name}": bản sao lưu không dùng được (${detail}). Cơ sở dữ liệu hiện tại không bị thay đổi.`,
      );
    // The full check runs in a worker (seconds at a million records); loading then needs only the quick one.
    const report = await integrityCheckInWorker(source.file).catch((err: unknown) => String(err));
    if (report !== 'ok') throw refuse(report.slice(0, 200));
    const loaded = loadCheckedEngine(this.parts.SQL, readFileSync(source.file), latestVersion(this.parts.migrations), 'quick_check');
    if (loaded.problem) throw refuse(loaded.problem.detail);
    let kept: BackupInfo;
    try {
      kept = await this.backup('before-restore');
      this.assertOpen();
    } catch (err) {
      loaded.engine.close();
      throw err;
    }
    this.tracker?.stop();
    const replaced = this.engine;
    this.engine = loaded.engine;
    try {
      this.tracker = trackWrites(this.parts.SQL, this.engine.db, false);
      // A backup made before files were marked, or of another copy, becomes this database.
      markDatabase(this.engine, this.parts.databaseId);
      // A backup from an older version of the app is brought up to the current schema.
      applyMigrations(this.engine, pendingMigrations(this.parts.migrations, schemaVersion(this.engine)));
      // With the replaced database still open: what must outlive a restore (the audit trail) is carried over.
      for (const setup of this.setups) setup(this.engine, replaced);
    } finally {
      replaced.close();
    }
    this.checkpoint();
    return kept;
  }

  onConnection(setup: ConnectionSetup): void {
    this.assertOpen();
    setup(this.engine, null);
    this.setups.push(setup);
  }

  status(): StoreStatus {
    return {
      path: this.parts.dbPath,
      schemaVersion: schemaVersion(this.engine),
      journalBytes: this.parts.journals.pendingBytes,
      lastSavedAt: this.lastSavedAt,
      lastBackup: this.lastBackup ? { file: this.lastBackup.file, at: this.lastBackup.at } : null,
      lastCheckpointAt: this.lastCheckpointAt,
      problem: this.problem,
      keptTornTails: this.parts.keptTornTails.map((t) => ({ ...t })),
    };
  }

  close(): void {
    if (this.closed) return;
    this.clearIdleTimer();
    try {
      if (this.parts.journals.pendingBytes > 0 || this.parts.journals.rotated) this.checkpoint();
    } catch (err) {
      throw toStorageError(err, this.parts.dbPath, CLOSE_FAILED) ?? err;
    } finally {
      this.closed = true;
      this.parts.journals.close();
      this.tracker?.stop();
      this.engine.close();
      this.parts.release();
    }
  }

  /**
   * Starts the day's automatic backup when none was made today (called at open and after idle
   * checkpoints): the copy is written now, its integrity_check runs in a worker thread (seconds at a
   * million records), and it is listed once verified. A failure is reported in status(), never thrown.
   */
  startDailyBackup(): void {
    const { place, clock } = this.parts;
    if (this.pendingBackup || this.closed || hasBackupOn(place, clock())) return;
    const now = clock();
    let staged: ReturnType<typeof stageBackup>;
    try {
      staged = stageBackup(place, 'daily', now, wholeDatabase(this.engine, this.tracker));
    } catch (err) {
      this.problem = `Chưa tạo được bản sao lưu tự động: ${explainFailure(err, place.dir)}`;
      return;
    }
    this.pendingBackup = integrityCheckInWorker(staged.temp)
      .then((report) => {
        if (report !== 'ok') throw new Error(`bản sao không đạt kiểm tra toàn vẹn (${report.slice(0, 120)})`);
        this.lastBackup = commitBackup(place, staged, now);
      })
      .catch((err: unknown) => {
        rmSync(staged.temp, { force: true });
        this.problem = `Chưa tạo được bản sao lưu tự động: ${explainFailure(err, place.dir)}`;
      })
      .finally(() => {
        this.pendingBackup = null;
      });
  }

  async settled(): Promise<void> {
    await this.pendingCheckpoint;
    await this.pendingBackup;
  }

  private afterDurableWrite(): void {
    this.lastSavedAt = this.parts.clock().toISOString();
    if (this.writeRefused) [this.problem, this.writeRefused] = [null, false];
    if (this.parts.journals.size > this.parts.journalLimitBytes) this.backgroundCheckpoint();
    else this.scheduleIdleCheckpoint();
  }

  /**
   * A checkpoint nobody waits for (journal limit, idle): the snapshot is taken now, the file is written
   * without blocking the event loop while new writes go to the next journal. The writes are already
   * durable in the journal, so a failure is only reported, and the next checkpoint retries.
   */
  private backgroundCheckpoint(): void {
    if (this.closed) return;
    // One at a time; what is written meanwhile is checkpointed when idle again.
    if (this.pendingCheckpoint) return this.scheduleIdleCheckpoint();
    try {
      // A failed background checkpoint left two journals: fold them synchronously.
      if (this.parts.journals.rotated) return void (this.checkpoint(), this.startDailyBackup());
      const epoch = ++this.checkpointEpoch;
      const generation = this.generation + 1;
      const snapshot = takeSnapshot(this.engine, this.tracker, generation, backgroundTempPath(this.parts.dbPath));
      this.parts.journals.rotate(generation);
      this.generation = generation;
      this.engine.fitPageCache();
      this.pendingCheckpoint = writeSnapshotInBackground(this.parts.dbPath, snapshot, () => epoch === this.checkpointEpoch && !this.closed)
        .then((done) => {
          if (!done) return;
          this.parts.journals.promote();
          this.lastCheckpointAt = this.parts.clock().toISOString();
          this.problem = null;
          this.startDailyBackup();
        })
        .catch((err: unknown) => this.reportCheckpointFailure(err))
        .finally(() => {
          this.pendingCheckpoint = null;
        });
    } catch (err) {
      this.reportCheckpointFailure(err);
    }
  }

  /**
   * A bulk write failed after it wrote, without SQLite's rollback journal to undo it: the database is
   * loaded again as acknowledged (reload.ts). The old engine goes first, so the database is never held
   * twice. Should the file not load, the store closes and says so: nothing acknowledged is lost, the next
   * open replays the journal.
   */
  private reloadAcknowledged(): void {
    this.tracker?.stop();
    this.tracker = null;
    this.engine.close();
    try {
      ({ engine: this.engine, tracker: this.tracker } = loadAcknowledged(this.parts));
    } catch (err) {
      this.closed = true;
      this.clearIdleTimer();
      this.parts.journals.close();
      this.parts.release();
      throw err;
    }
    for (const setup of this.setups) setup(this.engine, null);
  }

  /** The journal could not be written: the write is rolled back, and the status bar says why. */
  private refusedWrite(err: unknown): unknown {
    const storage = toStorageError(err, this.parts.journals.mainPath, 'Chưa lưu được thay đổi vừa rồi. ');
    if (storage) [this.problem, this.writeRefused] = [storage.message, true];
    return storage ?? err;
  }

  private reportCheckpointFailure(err: unknown): void {
    // The file on disk is still the older one: the tracked writes no longer lead from it.
    this.tracker?.forget();
    this.problem = `Chưa ghi được toàn bộ tệp cơ sở dữ liệu (dữ liệu vẫn an toàn trong nhật ký ghi): ${explainFailure(err, this.parts.dbPath)}`;
    if (!this.closed) this.scheduleIdleCheckpoint();
  }

  private scheduleIdleCheckpoint(): void {
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.closed && !this.inWrite) this.backgroundCheckpoint();
    }, this.parts.idleMs);
    // An idle timer must not keep a CLI or test process alive.
    this.idleTimer.unref();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the database is closed');
  }
}
