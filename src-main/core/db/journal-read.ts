import { existsSync, readFileSync } from 'node:fs';
import type { RecordedStatement } from './engine';
import { decodeTransaction } from './journal-codec';
import { HEADER_BYTES, decodeHeader, scanRecord } from './journal-format';

/** What a journal file holds, read without changing it. */
export interface JournalContents {
  /** The header's generation; null when the file is missing, empty or its header was torn. */
  generation: number | null;
  /** Committed transactions, oldest first. */
  transactions: RecordedStatement[][];
  /** Bytes up to the end of the last good record (where a torn tail is cut). */
  goodBytes: number;
  fileBytes: number;
  /** A last record that was only partly written (a crash mid-append): never acknowledged, dropped. */
  tornTail: boolean;
  /** Damage before the last record: acknowledged transactions would be lost, so opening must stop. */
  corrupt: boolean;
}

export function journalPathFor(dbPath: string): string {
  // '.journal' with a dot: SQLite tools would take '-journal' for their own rollback journal.
  return `${dbPath}.journal`;
}

/** The journal that takes new writes while a background checkpoint writes the file (see journal-set.ts). */
export function nextJournalPathFor(dbPath: string): string {
  return `${dbPath}.journal.next`;
}

export function readJournal(path: string): JournalContents {
  const buf = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  const empty = { generation: null, transactions: [], goodBytes: 0, fileBytes: buf.length, corrupt: false };
  if (buf.length === 0) return { ...empty, tornTail: false };
  const generation = decodeHeader(buf);
  // A header that is not whole while nothing follows it is a reset cut short: nothing to replay.
  if (generation === null) return buf.length <= HEADER_BYTES ? { ...empty, tornTail: true } : { ...empty, tornTail: false, corrupt: true };
  const transactions: RecordedStatement[][] = [];
  let pos = HEADER_BYTES;
  for (;;) {
    const step = scanRecord(buf, pos);
    if (step.kind === 'end') return { ...empty, generation, transactions, goodBytes: pos, tornTail: false };
    if (step.kind === 'torn') return { ...empty, generation, transactions, goodBytes: pos, tornTail: true };
    if (step.kind === 'corrupt') return { ...empty, generation, transactions, goodBytes: pos, tornTail: false, corrupt: true };
    try {
      transactions.push(decodeTransaction(step.payload));
    } catch {
      // The checksum matched but the payload does not decode: written wrong, not torn.
      return { ...empty, generation, transactions, goodBytes: pos, tornTail: false, corrupt: true };
    }
    pos = step.end;
  }
}
