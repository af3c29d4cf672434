import { closeSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import type { EncodedPayload } from './journal-codec';
import { MAX_RECORD_BYTES, encodeHeader, recordHead } from './journal-format';

/** A transaction too large to journal: its record would be read back as damaged (journal-format.ts). */
export class TransactionTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`a transaction of ${bytes} bytes exceeds the journal's record limit of ${MAX_RECORD_BYTES} bytes`);
  }
}

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

  append(payload: EncodedPayload, maxRecordBytes = MAX_RECORD_BYTES): void {
    if (this.broken) throw this.broken;
    if (payload.length > maxRecordBytes) throw new TransactionTooLargeError(payload.length);
    const before = this.bytes;
    try {
      this.writeRecord(payload);
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

  /**
   * The record's head, then its payload: in one write when it is one chunk (most transactions), else
   * chunk by chunk, so a bulk import's payload is never copied whole. The head carries the full length
   * first: a crash part-way leaves a torn tail, as a short single write would.
   */
  private writeRecord(payload: EncodedPayload): void {
    const head = recordHead(payload.length, payload.crc);
    const [only, ...more] = payload.chunks;
    if (only && more.length === 0) return this.writeAll(Buffer.concat([head, only]));
    this.writeAll(head);
    for (const chunk of payload.chunks) this.writeAll(chunk);
  }

  private writeAll(buf: Buffer): void {
    let off = 0;
    // 'a+' appends at the end whatever the position; a short write continues where it stopped.
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
    this.bytes += buf.length;
  }
}
