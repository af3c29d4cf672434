import { crc32 } from 'node:zlib';
import { RECORD_HEAD_BYTES } from './journal-format';

/**
 * Decides whether a record running past the end of the journal (at `pos`) can be an append that a crash
 * cut short. The writer appends each record in one write and acknowledges it only after fsync, so such
 * an append was never acknowledged and may be dropped. A damaged length field looks the same at first
 * sight, but hides acknowledged data, so the tail counts as torn only when:
 *  - the bytes present are not the whole payload under a damaged length (their checksum does not match
 *    the record's own: a torn payload matches it only by a 1-in-4-billion chance), and
 *  - nothing readable follows: no whole record with a matching checksum starts anywhere inside the tail
 *    (which is what a middle record's length pointing past the end looks like).
 * Anything else is damage, and opening is refused.
 */
export function isTornAppend(buf: Buffer, pos: number): boolean {
  if (buf.length - pos < RECORD_HEAD_BYTES) return true;
  const present = buf.subarray(pos + RECORD_HEAD_BYTES);
  if (crc32(present) === buf.readUInt32LE(pos + 4)) return false;
  return !hasRecordAfter(buf, pos + 1);
}

/**
 * True when a whole record with a matching checksum starts at or after `from`. Payloads are JSON text,
 * whose bytes read as lengths far beyond the file, so only real record heads cost a checksum.
 */
function hasRecordAfter(buf: Buffer, from: number): boolean {
  for (let p = from; p + RECORD_HEAD_BYTES < buf.length; p++) {
    const length = buf.readUInt32LE(p);
    const end = p + RECORD_HEAD_BYTES + length;
    if (length === 0 || end > buf.length) continue;
    if (crc32(buf.subarray(p + RECORD_HEAD_BYTES, end)) === buf.readUInt32LE(p + 4)) return true;
  }
  return false;
}
