import { crc32 } from 'node:zlib';

/**
 * Journal file layout (nhật ký ghi): a 32-byte header, then records.
 *   header: "ANTQJNL2" · 16-byte database id · u32 generation · u32 crc32(first 28 bytes)
 *   record: u32 payload length · u32 crc32(payload) · payload
 * The database id (stored in the file, see file-identity.ts) ties a journal to its database: a journal
 * copied from another database is refused instead of replayed into this one. The generation ties it to
 * the checkpoint it extends: a checkpoint stores generation N+1 in the database file before it replaces
 * it, so a journal still carrying N after a crash between the rename and the journal reset is recognised
 * as already contained in the file, and is not replayed twice.
 * Earlier versions wrote a 16-byte header without the id ("ANTQJNL1" · u32 generation · u32 crc32): such
 * a journal is still read, replayed once over a file that has no id yet, and then rewritten.
 */
export const MAGIC = Buffer.from('ANTQJNL2', 'ascii');
export const LEGACY_MAGIC = Buffer.from('ANTQJNL1', 'ascii');
export const HEADER_BYTES = 32;
export const LEGACY_HEADER_BYTES = 16;
export const RECORD_HEAD_BYTES = 8;
/** A record larger than this is a corrupt length field, not a real transaction. */
export const MAX_RECORD_BYTES = 512 * 1024 * 1024;

/** A decoded header; `databaseId` is null for the legacy format, which had none. */
export interface JournalHeader {
  generation: number;
  databaseId: string | null;
  bytes: number;
}

export function encodeHeader(generation: number, databaseId: string): Buffer {
  const buf = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(buf, 0);
  uuidBytes(databaseId).copy(buf, 8);
  buf.writeUInt32LE(generation >>> 0, 24);
  buf.writeUInt32LE(crc32(buf.subarray(0, 28)), 28);
  return buf;
}

/** The header at the start of a journal, in either format, or null when it is not intact. */
export function decodeHeader(buf: Buffer): JournalHeader | null {
  if (buf.length >= HEADER_BYTES && buf.subarray(0, 8).equals(MAGIC)) {
    if (buf.readUInt32LE(28) !== crc32(buf.subarray(0, 28))) return null;
    return { generation: buf.readUInt32LE(24), databaseId: uuidText(buf.subarray(8, 24)), bytes: HEADER_BYTES };
  }
  if (buf.length >= LEGACY_HEADER_BYTES && buf.subarray(0, 8).equals(LEGACY_MAGIC)) {
    if (buf.readUInt32LE(12) !== crc32(buf.subarray(0, 12))) return null;
    return { generation: buf.readUInt32LE(8), databaseId: null, bytes: LEGACY_HEADER_BYTES };
  }
  return null;
}

function uuidBytes(id: string): Buffer {
  const hex = id.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex)) throw new Error(`not a database id: ${id}`);
  return Buffer.from(hex, 'hex');
}

function uuidText(bytes: Buffer): string {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function frameRecord(payload: Buffer): Buffer {
  return Buffer.concat([recordHead(payload.length, crc32(payload)), payload]);
}

/** The head of a record whose payload has `length` bytes and checksum `crc`. */
export function recordHead(length: number, crc: number): Buffer {
  const head = Buffer.alloc(RECORD_HEAD_BYTES);
  head.writeUInt32LE(length, 0);
  head.writeUInt32LE(crc >>> 0, 4);
  return head;
}

/**
 * One step of scanning: a good payload; a record running past the end of the file (a torn append, or a
 * damaged length: see journal-tail.ts); a record that fails its checks; or the end.
 */
export type ScanStep = { kind: 'record'; payload: Buffer; end: number } | { kind: 'incomplete' } | { kind: 'corrupt' } | { kind: 'end' };

/**
 * Reads the record starting at `pos`. A whole record whose checksum fails is corrupt even at the end of
 * the file: an append cut short by a crash is shorter than its length says, never full with wrong bytes.
 */
export function scanRecord(buf: Buffer, pos: number): ScanStep {
  if (pos === buf.length) return { kind: 'end' };
  if (pos + RECORD_HEAD_BYTES > buf.length) return { kind: 'incomplete' };
  const length = buf.readUInt32LE(pos);
  const end = pos + RECORD_HEAD_BYTES + length;
  if (length === 0 || length > MAX_RECORD_BYTES) return { kind: 'corrupt' };
  if (end > buf.length) return { kind: 'incomplete' };
  const payload = buf.subarray(pos + RECORD_HEAD_BYTES, end);
  if (crc32(payload) !== buf.readUInt32LE(pos + 4)) return { kind: 'corrupt' };
  return { kind: 'record', payload, end };
}
