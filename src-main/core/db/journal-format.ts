import { crc32 } from 'node:zlib';

/**
 * Journal file layout (nhật ký ghi): a 16-byte header, then records.
 *   header: "ANTQJNL1" · u32 generation · u32 crc32(first 12 bytes)
 *   record: u32 payload length · u32 crc32(payload) · payload
 * The generation ties a journal to the checkpoint it extends: a checkpoint stores generation N+1 in the
 * database file before it replaces it, so a journal still carrying N after a crash between the rename
 * and the journal reset is recognised as already contained in the file, and is not replayed twice.
 */
export const MAGIC = Buffer.from('ANTQJNL1', 'ascii');
export const HEADER_BYTES = 16;
export const RECORD_HEAD_BYTES = 8;
/** A record larger than this is a corrupt length field, not a real transaction. */
export const MAX_RECORD_BYTES = 512 * 1024 * 1024;

export function encodeHeader(generation: number): Buffer {
  const buf = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(buf, 0);
  buf.writeUInt32LE(generation >>> 0, 8);
  buf.writeUInt32LE(crc32(buf.subarray(0, 12)), 12);
  return buf;
}

/** The generation in a header, or null when the header is not intact. */
export function decodeHeader(buf: Buffer): number | null {
  if (buf.length < HEADER_BYTES || !buf.subarray(0, 8).equals(MAGIC)) return null;
  if (buf.readUInt32LE(12) !== crc32(buf.subarray(0, 12))) return null;
  return buf.readUInt32LE(8);
}

export function frameRecord(payload: Buffer): Buffer {
  const head = Buffer.alloc(RECORD_HEAD_BYTES);
  head.writeUInt32LE(payload.length, 0);
  head.writeUInt32LE(crc32(payload), 4);
  return Buffer.concat([head, payload]);
}

/** One step of scanning: a good payload, a bad record that reaches the end of the file, or a bad one before it. */
export type ScanStep = { kind: 'record'; payload: Buffer; end: number } | { kind: 'torn' } | { kind: 'corrupt' } | { kind: 'end' };

/** Reads the record starting at `pos`; a failed check on the last record of the file is a torn write. */
export function scanRecord(buf: Buffer, pos: number): ScanStep {
  if (pos === buf.length) return { kind: 'end' };
  if (pos + RECORD_HEAD_BYTES > buf.length) return { kind: 'torn' };
  const length = buf.readUInt32LE(pos);
  const end = pos + RECORD_HEAD_BYTES + length;
  if (length > MAX_RECORD_BYTES) return { kind: 'corrupt' };
  if (end > buf.length) return { kind: 'torn' };
  const payload = buf.subarray(pos + RECORD_HEAD_BYTES, end);
  if (crc32(payload) !== buf.readUInt32LE(pos + 4)) return end === buf.length ? { kind: 'torn' } : { kind: 'corrupt' };
  return { kind: 'record', payload, end };
}
