import { crc32 } from 'node:zlib';
import type { RecordedStatement } from '../../../src-main/core/db/engine';
import { encodeTransaction } from '../../../src-main/core/db/journal-codec';
import { frameRecord } from '../../../src-main/core/db/journal-format';

/** A journal as earlier versions wrote it: "ANTQJNL1" · u32 generation · u32 crc32, then records. */
export function legacyJournal(generation: number, transactions: RecordedStatement[][]): Buffer {
  const head = Buffer.alloc(16);
  head.write('ANTQJNL1', 0, 'ascii');
  head.writeUInt32LE(generation, 8);
  head.writeUInt32LE(crc32(head.subarray(0, 12)), 12);
  return Buffer.concat([head, ...transactions.map((t) => frameRecord(encodeTransaction(t)))]);
}
