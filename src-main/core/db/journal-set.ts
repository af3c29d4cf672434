import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDir, renameWithRetry } from './atomic-write';
import type { EncodedPayload } from './journal-codec';
import { HEADER_BYTES } from './journal-format';
import { JournalWriter } from './journal-writer';

/**
 * The journal of a database, and its hand-off during a background checkpoint. While the whole file is
 * being written (seconds at a million records), new writes go to `<db>.journal.next`, a journal of the
 * next generation; once the new file is durable, `next` is renamed over the old journal. After a crash
 * at any point, the old journal (generation G) and `next` (G+1) are replayed in order over a file of
 * generation G, or only `next` over a file of generation G+1.
 */
export class JournalSet {
  private current: JournalWriter;
  /** The main journal while a background checkpoint is writing the file; null otherwise. */
  private older: JournalWriter | null = null;

  constructor(
    readonly mainPath: string,
    readonly nextPath: string,
    /** The database's id, named in every journal header (see journal-format.ts). */
    private readonly databaseId: string,
  ) {
    this.current = new JournalWriter(mainPath, databaseId);
  }

  /** Bytes of journaled transactions not yet in a durable checkpoint. */
  get pendingBytes(): number {
    const records = (w: JournalWriter) => Math.max(0, w.size - HEADER_BYTES);
    return records(this.current) + (this.older ? records(this.older) : 0);
  }

  /** Size of the journal being appended to (the checkpoint threshold). */
  get size(): number {
    return this.current.size;
  }

  /** True while writes go to `next` (a background checkpoint in flight, or one that failed). */
  get rotated(): boolean {
    return this.older !== null;
  }

  append(payload: EncodedPayload): void {
    this.current.append(payload);
  }

  /** Writes a chunk of a running transaction's record (journal-writer.ts `spill`). */
  spill(chunk: Buffer): void {
    this.current.spill(chunk);
  }

  /** Drops what was spilled of a transaction that rolled back. */
  abandonSpill(): void {
    this.current.abandonSpill();
  }

  truncateTo(bytes: number): void {
    this.current.truncateTo(bytes);
  }

  /** Starts `next` for `generation`; its existence is made durable before any write is acknowledged in it. */
  rotate(generation: number): void {
    const next = new JournalWriter(this.nextPath, this.databaseId);
    next.reset(generation);
    fsyncDir(dirname(this.nextPath));
    this.older = this.current;
    this.current = next;
  }

  /** The checkpoint holding the older journal's transactions is durable: `next` becomes the journal. */
  promote(): void {
    if (!this.older) return;
    renameWithRetry(this.nextPath, this.mainPath);
    fsyncDir(dirname(this.mainPath));
    this.older.close();
    this.older = null;
  }

  /** After a synchronous checkpoint holding everything: one empty journal of `generation`, no `next`. */
  resetAll(generation: number): void {
    if (this.older) {
      this.current.close();
      this.current = this.older;
      this.older = null;
    }
    this.current.reset(generation);
    rmSync(this.nextPath, { force: true });
    fsyncDir(dirname(this.mainPath));
  }

  close(): void {
    this.current.close();
    this.older?.close();
  }
}
