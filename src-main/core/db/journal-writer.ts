import { closeSync, fdatasyncSync, fstatSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';
import type { EncodedPayload } from './journal-codec';
import { MAX_RECORD_BYTES, RECORD_HEAD_BYTES, encodeHeader, recordHead } from './journal-format';

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
  /** Where the record being spilled (see `spill`) starts; null when none is. */
  private spillStart: number | null = null;

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

  /**
   * Appends a transaction's record and makes it durable. A record begun by `spill()` (a transaction too
   * large to hold: PayloadBuilder) gets its last chunks, then, once they are on disk, its real head.
   */
  append(payload: EncodedPayload, maxRecordBytes = MAX_RECORD_BYTES): void {
    if (this.broken) throw this.broken;
    const start = this.spillStart ?? this.bytes;
    try {
      if (payload.length > maxRecordBytes) throw new TransactionTooLargeError(payload.length);
      if (this.spillStart === null) this.writeRecord(payload);
      else this.endSpill(payload);
      // fdatasync: the data and the file size reach the disk; timestamps need not, and skipping them is cheaper.
      fdatasyncSync(this.fd);
    } catch (err) {
      this.cutBackTo(start);
      throw err;
    }
  }

  /**
   * A chunk of the record of a transaction still running, written now so that it is not held in memory
   * (a bulk import's statements: tens of MB). The first one starts the record with a provisional head
   * whose length runs past the end of the file, so a crash before `append` leaves a torn tail, which is
   * never acknowledged and is dropped at the next open (journal-tail.ts), as a crash in any append does.
   */
  spill(chunk: Buffer): void {
    if (this.broken) throw this.broken;
    if (this.spillStart === null) {
      this.spillStart = this.bytes;
      this.writeAll(recordHead(MAX_RECORD_BYTES, 0));
    }
    this.writeAll(chunk);
    const length = this.bytes - this.spillStart - RECORD_HEAD_BYTES;
    if (length > MAX_RECORD_BYTES) throw new TransactionTooLargeError(length);
  }

  /** The transaction whose record was being spilled was rolled back: its bytes go. */
  abandonSpill(): void {
    if (this.spillStart !== null) this.cutBackTo(this.spillStart);
  }

  close(): void {
    closeSync(this.fd);
  }

  /**
   * The spilled record's last chunks, then its real head over the provisional one: only after the payload
   * is on disk, so the head never vouches for bytes that a power cut could still take.
   */
  private endSpill(payload: EncodedPayload): void {
    const start = this.spillStart ?? this.bytes;
    for (const chunk of payload.chunks) this.writeAll(chunk);
    if (this.bytes - start - RECORD_HEAD_BYTES !== payload.length) throw new Error('spilled journal record has the wrong length');
    fdatasyncSync(this.fd);
    // The descriptor appends wherever it writes ('a+'): the head goes in through one of its own.
    const at = openSync(this.path, 'r+');
    try {
      writeSync(at, recordHead(payload.length, payload.crc), 0, RECORD_HEAD_BYTES, start);
    } finally {
      closeSync(at);
    }
    this.spillStart = null;
  }

  /** A half-written record must not stay in front of the next one (it would read as corruption). */
  private cutBackTo(bytes: number): void {
    this.spillStart = null;
    try {
      ftruncateSync(this.fd, bytes);
      this.bytes = bytes;
    } catch (err) {
      this.broken = err as Error;
    }
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
