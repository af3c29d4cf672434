import { closeSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import type { RecordedStatement } from './engine';
import { encodeTransaction } from './journal-codec';
import { encodeHeader, frameRecord } from './journal-format';

/**
 * The open journal: appends one framed record per transaction and fsyncs it before returning, so a
 * write is acknowledged only once it survives a crash. The descriptor stays open: reopening per
 * write would cost more than the fsync.
 */
export class JournalWriter {
  private fd: number;
  private bytes: number;
  /** Set when a failed append could not be cut back: the file's tail is unknown, so no more writes. */
  private broken: Error | null = null;

  constructor(
    readonly path: string,
    /** The database this journal belongs to, named in every header it writes. */
    private readonly databaseId: string,
  ) {
    this.fd = openSync(path, 'a+');
    this.bytes = fstatSync(this.fd).size;
  }

  get size(): number {
    return this.bytes;
  }

  /** Cuts the file to `bytes` (dropping a torn tail found on open) and makes that durable. */
  truncateTo(bytes: number): void {
    ftruncateSync(this.fd, bytes);
    fsyncSync(this.fd);
    this.bytes = bytes;
  }

  /** Empties the journal and writes a header for the checkpoint of `generation`. */
  reset(generation: number): void {
    ftruncateSync(this.fd, 0);
    this.bytes = 0;
    this.writeAll(encodeHeader(generation, this.databaseId));
    fsyncSync(this.fd);
    this.broken = null;
  }

  append(statements: readonly RecordedStatement[]): void {
    if (this.broken) throw this.broken;
    const before = this.bytes;
    try {
      this.writeAll(frameRecord(encodeTransaction(statements)));
      // fdatasync: the data and the file size reach the disk; timestamps need not, and skipping them is cheaper.
      fdatasyncSync(this.fd);
    } catch (err) {
      // A half-written record must not stay in front of the next one (it would read as corruption).
      try {
        ftruncateSync(this.fd, before);
        this.bytes = before;
      } catch {
        this.broken = err as Error;
      }
      throw err;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  private writeAll(buf: Buffer): void {
    let off = 0;
    // 'a+' appends at the end whatever the position; a short write continues where it stopped.
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
    this.bytes += buf.length;
  }
}
